// Integration and browser tests talk to real servers: allow them more than jest's 5 s default
// (`testTimeout` is a global option and is ignored inside `projects`).
jest.setTimeout(Number(process.env.CM_TEST_TIMEOUT_MS ?? 60000));
