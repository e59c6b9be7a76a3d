#!/usr/bin/env node
// `npm test`: lint, type check, unit + property tests, integration tests against real PostgreSQL
// and Redis, and browser tests against the running app in Chromium. Stops at the first failing
// stage, always cleans up (stops the app and any throwaway servers, drops the databases this run
// created, deletes this run's Redis keys), and ends with the line `tests: <P> passed, <F> failed`.
//
//   node infra/test/run-tests.mjs        all stages (npm test)
//   node infra/test/run-tests.mjs unit   unit + property tests only (no services)
//   node infra/test/run-tests.mjs lint | typecheck   that stage only
//   node infra/test/run-tests.mjs int    services + integration tests (npm run test:int)
//   node infra/test/run-tests.mjs e2e    services + build + app + browser tests (npm run test:e2e)
//
// Services come from DATABASE_URL / REDIS_URL when given, else from servers on 127.0.0.1:5432 /
// 6379, else from throwaway servers started here (see infra/services/*.mjs and
// docs/adr/0002-test-harness-brings-up-services.md). CM_TEST_FORCE_THROWAWAY=1 skips the probe.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../services/free-port.mjs';
import { ensurePostgres, createDatabase, dropDatabaseFamily, redact } from '../services/postgres.mjs';
import { ensureRedis, deleteKeys } from '../services/redis.mjs';
import { ensureChromium } from '../services/chromium.mjs';
import { ServiceUnavailableError, readTail, sleep } from '../services/system.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(ROOT);

const MODES = {
  all: ['lint', 'typecheck', 'unit', 'services', 'int', 'browser'],
  lint: ['lint'],
  typecheck: ['typecheck'],
  unit: ['unit'],
  int: ['services', 'int'],
  e2e: ['services', 'browser'],
};
const mode = process.argv[2] ?? 'all';
if (!MODES[mode] || process.argv.length > 3) {
  console.error(`usage: node infra/test/run-tests.mjs [${Object.keys(MODES).join('|')}]`);
  process.exit(2);
}

const READY_TIMEOUT_MS = 90_000;
const APP_STOP_GRACE_MS = 15_000;
const APP_LOG_LINES = 80;
const JEST_EXIT_GRACE_MS = 20_000;
// Jest reads `testTimeout` only from the global config, never from a project: the runner passes
// it on the CLI and as CM_TEST_TIMEOUT_MS (read by infra/test/jest-setup-int.cjs, which wins).
const INT_TEST_TIMEOUT_MS = 60_000;
const BROWSER_TEST_TIMEOUT_MS = 120_000;

// ---- run identity and shared state ---------------------------------------------------------

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14); // yyyymmddhhmmss (UTC)
const runId = `${stamp}${crypto.randomBytes(3).toString('hex')}`; // lowercase: [0-9a-f]
const dbName = `cm_test_${runId}`;
const queuePrefix = `cmtest-${runId}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `cm-test-${runId}-`));

const state = {
  postgres: null, // handle from ensurePostgres
  redis: null, // handle from ensureRedis
  servicesPending: null, // the ensure…() promises while they run (a signal may arrive meanwhile)
  createdDatabases: false,
  databaseOp: null, // the last createDatabase() promise
  serviceEnv: {}, // exported to the int and browser stages
  app: null, // { child, exited } of `node infra/scripts/start.mjs`
  children: new Set(), // running stage commands (each leads its own process group)
  totals: { passed: 0, failed: 0 },
  results: [], // { name, status: 'passed'|'FAILED'|'skipped', ms, note }
  interrupted: false,
};

// ---- output --------------------------------------------------------------------------------

const log = (line = '') => console.log(line);
const fmtMs = (ms) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`);

// ---- child processes -------------------------------------------------------------------------

/**
 * Runs a command with inherited output in its own process group (so a signal can stop its whole
 * tree) and resolves its exit code.
 */
function runCommand(command, args, { env = process.env, capture = null, onSpawn = null } = {}) {
  log(`$ ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const stdio = capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
    const child = spawn(command, args, { cwd: ROOT, env, stdio, detached: true });
    if (capture) {
      // Passed through as it comes, and kept for the caller to inspect.
      child.stdout.on('data', (chunk) => (capture.push(String(chunk)), process.stdout.write(chunk)));
      child.stderr.on('data', (chunk) => (capture.push(String(chunk)), process.stderr.write(chunk)));
    }
    state.children.add(child);
    onSpawn?.(child);
    child.once('error', (error) => {
      console.error(`cannot start ${command}: ${error.message}`);
      state.children.delete(child);
      resolve(127);
    });
    child.once('close', (code, signal) => {
      state.children.delete(child);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** NODE_OPTIONS for jest: PGlite (embedded mode) needs the VM modules flag under jest. */
function jestNodeOptions(base) {
  const opts = (base ?? '').split(/\s+/).filter(Boolean);
  for (const flag of ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning']) {
    if (!opts.includes(flag)) opts.push(flag);
  }
  return opts.join(' ');
}

/** Runs one jest project, adds its counts to the totals, resolves the exit code. */
async function jest(project, extraArgs, env = process.env) {
  const outputFile = path.join(tmp, `jest-${project}.json`);
  let watchdog = null;
  let hung = false;
  const code = await runCommand(
    'npx',
    ['--no-install', 'jest', '-c', 'jest.config.js', '--selectProjects', project, '--ci', ...extraArgs,
      '--passWithNoTests', '--json', `--outputFile=${outputFile}`],
    {
      env: { ...env, NODE_OPTIONS: jestNodeOptions(env.NODE_OPTIONS) },
      // Jest kept alive by open handles (an unclosed app, pool or Redis connection) would hang
      // CI: once its report is written, it gets JEST_EXIT_GRACE_MS to exit, then is stopped.
      onSpawn: (child) => {
        let reportSeenAt = 0;
        watchdog = setInterval(() => {
          if (!reportSeenAt && fs.existsSync(outputFile)) reportSeenAt = Date.now();
          if (reportSeenAt && Date.now() - reportSeenAt > JEST_EXIT_GRACE_MS) {
            if (!hung) {
              hung = true;
              log(`jest did not exit ${JEST_EXIT_GRACE_MS / 1000} s after writing its report (open handles? try --detectOpenHandles): stopping it`);
              killGroup(child, 'SIGTERM');
              setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
            }
          }
        }, 1000);
      },
    },
  );
  clearInterval(watchdog);
  let report = null;
  try {
    report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    /* jest died before writing its report */
  }
  if (!report) return { code: code || 1, note: 'no jest report (jest failed to start?)' };
  // A suite that fails to run (syntax error, failing import) has no failed *tests*: count it as
  // one failure so the closing line never says 0 failed when something failed.
  const passed = report.numPassedTests ?? 0;
  const failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  state.totals.passed += passed;
  state.totals.failed += failed;
  const pending = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  let note = `${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}${hung ? ', jest stopped: open handles' : ''}`;
  if ((report.numTotalTests ?? 0) === 0 && (report.numRuntimeErrorTestSuites ?? 0) === 0) {
    note = `no ${project} tests found`;
    log(`warning: ${note}`);
  }
  // A jest stopped by the watchdog is judged by its report alone.
  const exitCode = hung ? (report.success ? 0 : 1) : code;
  return { code: exitCode !== 0 || failed > 0 ? exitCode || 1 : 0, note };
}

// ---- stages --------------------------------------------------------------------------------

function randomPassword(length = 16) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    const bytes = crypto.randomBytes(length);
    const pw = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    if (/[A-Z]/.test(pw) && /[a-z]/.test(pw) && /\d/.test(pw)) return pw;
  }
}

async function stageLint() {
  // @nx/enforce-module-boundaries reads Nx's cached project graph (.nx/workspace-data); without
  // it (a fresh clone) the rule prints a warning to stdout and silently checks nothing. Computing
  // the graph first makes the rule run; seeing that warning anyway fails the stage.
  const graph = await runCommand('npx', ['--no-install', 'nx', 'show', 'projects'], {
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (graph !== 0) return { code: graph, note: 'nx could not compute the project graph' };
  const output = [];
  const code = await runCommand('npx', ['--no-install', 'eslint', '.', '--max-warnings', '0'], { capture: output });
  if (code === 0 && output.join('').includes('No cached ProjectGraph')) {
    return { code: 1, note: '@nx/enforce-module-boundaries was skipped (no Nx project graph)' };
  }
  return { code };
}

async function stageTypecheck() {
  // Both projects are checked even when the first fails, so one run shows every type error.
  const server = await runCommand('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
  if (state.interrupted) return { code: server };
  const web = await runCommand('npx', ['--no-install', 'tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']);
  const failed = [server !== 0 && 'tsconfig.json', web !== 0 && 'apps/web/tsconfig.json'].filter(Boolean);
  return { code: failed.length ? 1 : 0, note: failed.length ? `errors in ${failed.join(', ')}` : '' };
}

async function stageUnit() {
  return jest('unit', []);
}

/** Creates a database of this run; cleanup waits for a creation in flight before dropping. */
function createTestDatabase(name) {
  state.createdDatabases = true; // cleanup drops cm_test_<runid> and cm_test_<runid>_*
  state.databaseOp = createDatabase(state.postgres.adminUrl, name);
  return state.databaseOp;
}

async function stageServices() {
  // PostgreSQL and Redis come up side by side; each handle is kept as soon as it exists so that
  // cleanup stops it even when the other one fails.
  const pgP = ensurePostgres().then((h) => (state.postgres = h));
  const redisP = ensureRedis().then((h) => (state.redis = h));
  state.servicesPending = Promise.allSettled([pgP, redisP]);
  const [pgR, redisR] = await state.servicesPending;
  state.servicesPending = null;
  if (state.interrupted) return { code: 1 };
  const errors = [pgR, redisR].filter((r) => r.status === 'rejected').map((r) => r.reason);
  if (errors.length) {
    for (const e of errors) console.error(e instanceof ServiceUnavailableError ? e.message : (e.stack ?? String(e)));
    return { code: 1, note: errors.map((e) => e.message.split('\n')[0]).join('; ') };
  }
  const { postgres, redis } = state;
  const url = await createTestDatabase(dbName);
  state.serviceEnv = {
    DATABASE_URL: url,
    TEST_PG_ADMIN_URL: postgres.adminUrl,
    TEST_RUN_ID: runId,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: queuePrefix,
    DATA_DIR: path.join(tmp, 'data'),
  };
  log(`DATABASE_URL=${redact(url)}`);
  log(`TEST_PG_ADMIN_URL=${redact(postgres.adminUrl)}  TEST_RUN_ID=${runId}`);
  log(`REDIS_URL=${redact(redis.url)}  QUEUE_PREFIX=${queuePrefix}`);
  return { code: 0, note: `postgres: ${postgres.source}, redis: ${redis.source}` };
}

async function stageInt() {
  const env = {
    ...process.env,
    ...state.serviceEnv,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    CM_TEST_TIMEOUT_MS: String(INT_TEST_TIMEOUT_MS),
  };
  return jest('int', ['-w', '2', `--testTimeout=${INT_TEST_TIMEOUT_MS}`], env);
}

async function waitReady(url, app) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (app.exited) return `the app exited (${app.exited}) before it was ready`;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return null;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    if (state.interrupted) return 'interrupted';
    await sleep(500);
  }
  return `GET ${url} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last})`;
}

async function stopApp() {
  const app = state.app;
  if (!app || app.stopped) return;
  app.stopped = true;
  const { pid } = app.child;
  if (!groupAlive(pid)) return;
  killGroup(app.child, 'SIGTERM');
  const deadline = Date.now() + APP_STOP_GRACE_MS;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(200);
  if (groupAlive(pid)) {
    log(`the app did not stop within ${APP_STOP_GRACE_MS / 1000} s of SIGTERM: SIGKILL`);
    killGroup(app.child, 'SIGKILL');
    while (groupAlive(pid)) await sleep(100);
  }
  log('app stopped');
}

async function stageBrowser() {
  for (const script of ['infra/scripts/build.mjs', 'infra/scripts/start.mjs']) {
    if (!fs.existsSync(path.join(ROOT, script))) return { code: 1, note: `${script} is missing` };
  }
  if ((await runCommand('node', ['infra/scripts/build.mjs'])) !== 0) return { code: 1, note: 'build failed' };
  if (state.interrupted) return { code: 1 };
  const appDbUrl = await createTestDatabase(`${dbName}_app`);
  log(`app database ${redact(appDbUrl)}`);
  const demoPassword = randomPassword();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(tmp, 'app.log');
  const appEnv = {
    ...process.env,
    ...state.serviceEnv,
    DATABASE_URL: appDbUrl,
    DEMO_PASSWORD: demoPassword,
    DATA_DIR: path.join(tmp, 'app-data'),
    PORT: String(port),
  };
  const fail = (note) => {
    const tail = readTail(logFile, APP_LOG_LINES);
    if (tail) log(`--- last ${APP_LOG_LINES} lines of ${logFile}\n${tail}\n---`);
    return { code: 1, note };
  };

  if ((await runCommand('node', ['infra/scripts/start.mjs', 'migrate'], { env: appEnv })) !== 0) return { code: 1, note: 'migrate failed' };
  if ((await runCommand('node', ['infra/scripts/start.mjs', 'seed', '--demo'], { env: appEnv })) !== 0) return { code: 1, note: 'seed --demo failed' };
  if (state.interrupted) return { code: 1 };

  log(`$ PORT=${port} node infra/scripts/start.mjs   (output: ${logFile})`);
  const out = fs.openSync(logFile, 'a');
  const child = spawn('node', ['infra/scripts/start.mjs'], { cwd: ROOT, env: appEnv, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const app = { child, exited: null, stopped: false };
  state.app = app;
  child.once('exit', (code, signal) => (app.exited = signal ?? `code ${code}`));
  child.once('error', (error) => (app.exited = error.message));

  try {
    const notReady = await waitReady(`${baseUrl}/health/ready`, app);
    if (notReady) return fail(notReady);
    log(`app ready at ${baseUrl}`);
    const chromium = await ensureChromium();
    const result = await jest('browser', ['-i', `--testTimeout=${BROWSER_TEST_TIMEOUT_MS}`], {
      ...appEnv,
      BASE_URL: baseUrl,
      CHROMIUM_PATH: chromium.path,
      CM_TEST_TIMEOUT_MS: String(BROWSER_TEST_TIMEOUT_MS),
    });
    if (result.code !== 0) return { ...fail(result.note), note: result.note };
    if (app.exited) return fail(`the app exited (${app.exited}) during the browser tests`);
    return result;
  } finally {
    await stopApp();
  }
}

const STAGES = {
  lint: { title: 'lint (eslint, --max-warnings 0)', run: stageLint },
  typecheck: { title: 'typecheck (tsc --noEmit: server and web)', run: stageTypecheck },
  unit: { title: 'unit and property tests (jest --selectProjects unit)', run: stageUnit },
  services: { title: 'services (PostgreSQL, Redis, fresh database)', run: stageServices },
  int: { title: 'integration tests on real PostgreSQL and Redis (jest --selectProjects int)', run: stageInt },
  browser: { title: 'browser tests (build, migrate, seed, start the app, jest --selectProjects browser)', run: stageBrowser },
};

// ---- cleanup and summary -------------------------------------------------------------------

let cleanupPromise = null;
function cleanup() {
  cleanupPromise ??= (async () => {
    const step = async (what, fn) => {
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${what} failed: ${error.message}`);
      }
    };
    for (const child of state.children) killGroup(child, 'SIGTERM');
    await step('stop the app', stopApp);
    if (state.servicesPending) {
      // A signal arrived while services were coming up: wait (bounded) so they can be stopped.
      await Promise.race([state.servicesPending, sleep(30_000)]);
    }
    if (state.databaseOp) await state.databaseOp.catch(() => {});
    if (state.postgres && state.createdDatabases) {
      await step('drop test databases', async () => {
        const dropped = await dropDatabaseFamily(state.postgres.adminUrl, dbName);
        if (dropped.length) log(`dropped ${dropped.join(', ')}`);
      });
    }
    if (state.redis) {
      await step('delete Redis keys', async () => {
        const n = await deleteKeys(state.redis.url, queuePrefix);
        if (n) log(`deleted ${n} Redis keys under ${queuePrefix}`);
      });
    }
    if (state.redis) await step('stop Redis', () => state.redis.stop());
    if (state.postgres) await step('stop PostgreSQL', () => state.postgres.stop());
    const failed = state.results.some((r) => r.status === 'FAILED') || state.interrupted;
    if (failed && fs.existsSync(path.join(tmp, 'app.log'))) log(`logs kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  })();
  return cleanupPromise;
}

function printSummary() {
  log('');
  log('=== summary');
  for (const r of state.results) {
    log(`  ${r.name.padEnd(10)} ${r.status.padEnd(8)} ${r.ms == null ? '' : fmtMs(r.ms).padStart(10)}${r.note ? `   ${r.note}` : ''}`);
  }
  // The last line, read by CI: exactly this form.
  log(`tests: ${state.totals.passed} passed, ${state.totals.failed} failed`);
}

async function finish(exitCode) {
  await cleanup();
  printSummary();
  process.exit(exitCode);
}

function onSignal(signal) {
  if (state.interrupted) {
    console.error(`${signal} again: exiting without finishing cleanup`);
    process.exit(130);
  }
  state.interrupted = true;
  log(`\n${signal}: stopping and cleaning up …`);
  const current = state.results.find((r) => r.status === 'running');
  if (current) Object.assign(current, { status: 'FAILED', note: `interrupted by ${signal}` });
  for (const r of state.results) if (r.status === 'pending') r.status = 'skipped';
  void finish(signal === 'SIGINT' ? 130 : 143);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal(signal));

// ---- main ----------------------------------------------------------------------------------

async function main() {
  const names = MODES[mode];
  state.results = names.map((name) => ({ name, status: 'pending', ms: null, note: '' }));
  log(`cm test run ${runId} (${mode}): node ${process.version}, ${os.cpus().length} cpus, temp ${tmp}`);
  let failed = false;
  for (const [i, name] of names.entries()) {
    const result = state.results[i];
    if (failed) {
      result.status = 'skipped';
      continue;
    }
    log('');
    log(`=== [${i + 1}/${names.length}] ${STAGES[name].title}`);
    result.status = 'running';
    const started = Date.now();
    let outcome;
    try {
      outcome = await STAGES[name].run();
    } catch (error) {
      console.error(error instanceof ServiceUnavailableError ? error.message : (error.stack ?? String(error)));
      outcome = { code: 1, note: error.message.split('\n')[0] };
    }
    if (state.interrupted) return new Promise(() => {}); // the signal handler finishes the run
    result.ms = Date.now() - started;
    result.status = outcome.code === 0 ? 'passed' : 'FAILED';
    result.note = outcome.note ?? '';
    log(`--- ${name} ${result.status} in ${fmtMs(result.ms)}${result.note ? ` (${result.note})` : ''}`);
    failed = outcome.code !== 0;
  }
  await finish(failed ? 1 : 0);
}

main().catch(async (error) => {
  console.error(error.stack ?? String(error));
  await finish(1);
});
