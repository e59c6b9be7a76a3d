// Three tiers (architecture-guide): unit + property (pure, fast), int (real PostgreSQL/Redis,
// HTTP against the app), browser (real Chromium against a running app).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@cm/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@cm/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@cm/db$': '<rootDir>/libs/db/src/index.ts',
  '^@cm/spreadsheet$': '<rootDir>/libs/spreadsheet/src/index.ts',
  '^@cm/jobs$': '<rootDir>/libs/jobs/src/index.ts',
  '^@cm/question-formats$': '<rootDir>/libs/question-formats/src/index.ts',
};
// A few runtime dependencies ship ESM only; Node 20 can require() them, jest's loader cannot,
// so swc transforms them like our own sources.
const ESM_DEPS = ['content-disposition'];
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_DEPS.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,infra}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/e2e/', '\\.int-spec\\.ts$', '\\.e2e-spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'int',
      setupFilesAfterEnv: ['<rootDir>/infra/test/jest-setup-int.cjs'],
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/{apps,libs}/**/*.e2e-spec.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      setupFilesAfterEnv: ['<rootDir>/infra/test/jest-setup-int.cjs'],
      testMatch: ['<rootDir>/apps/web/e2e/**/*.spec.ts'],
    },
  ],
};
