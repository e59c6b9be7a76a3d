#!/usr/bin/env node
// `npm run bench:<name>`: runs the benchmark bench/<name>.bench.ts against real services.
//
//   node infra/scripts/run-bench.mjs <name>
//
// 1. builds the server (buildServer) and the benchmarks (buildBench: bench/**.ts -> dist/bench,
//    same swc settings and @cm/* aliases), so the benchmark runs the compiled server code;
// 2. brings up PostgreSQL and Redis exactly as the test harness does (DATABASE_URL / REDIS_URL,
//    else servers on 127.0.0.1:5432 / 6379, else throwaway servers; infra/services/*.mjs);
// 3. creates a fresh database cm_bench_<runid> and uses the Redis prefix cmbench-<runid>;
// 4. runs `node dist/bench/<name>.bench.js` with DATABASE_URL, REDIS_URL, QUEUE_PREFIX and
//    BENCH_RUN_ID, its output streamed through;
// 5. always drops the database (and cm_bench_<runid>_*), deletes the Redis keys of the prefix and
//    stops any throwaway server, also on failure, timeout or Ctrl-C.
// The exit code is the benchmark's (a missed goal is a report, not an error: the benchmark exits
// 0 then). Benchmarks are not part of `npm test`.
//
// BENCH_TIMEOUT_S (default 2700) bounds the benchmark process; it is stopped when it runs longer.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBench, buildServer } from './build.mjs';
import { createDatabase, dropDatabaseFamily, ensurePostgres, redact } from '../services/postgres.mjs';
import { deleteKeys, ensureRedis } from '../services/redis.mjs';
import { ServiceUnavailableError, sleep } from '../services/system.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(ROOT);

const name = process.argv[2];
if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name) || process.argv.length > 3) {
  console.error('usage: node infra/scripts/run-bench.mjs <name>   (runs bench/<name>.bench.ts)');
  process.exit(2);
}
if (!fs.existsSync(path.join(ROOT, 'bench', `${name}.bench.ts`))) {
  const known = fs.existsSync(path.join(ROOT, 'bench'))
    ? fs.readdirSync(path.join(ROOT, 'bench')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.slice(0, -'.bench.ts'.length))
    : [];
  console.error(`no benchmark bench/${name}.bench.ts${known.length ? ` (known: ${known.join(', ')})` : ''}`);
  process.exit(2);
}

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 2700) * 1000;
const STOP_GRACE_MS = 15_000;
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14); // yyyymmddhhmmss (UTC)
const runId = `${stamp}${crypto.randomBytes(3).toString('hex')}`;
const dbName = `cm_bench_${runId}`;
const queuePrefix = `cmbench-${runId}`;

const state = { postgres: null, redis: null, servicesPending: null, databaseOp: null, child: null, interrupted: false };
const log = (line = '') => console.log(line);

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Runs the benchmark in its own process group with inherited output; resolves its exit code. */
function runBenchmark(env) {
  const script = path.join('dist', 'bench', `${name}.bench.js`);
  log(`$ node ${script}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', script], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    state.child = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`benchmark still running after ${TIMEOUT_MS / 1000} s (BENCH_TIMEOUT_S): stopping it`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS).unref();
    }, TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      console.error(`cannot start the benchmark: ${error.message}`);
      resolve(127);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      state.child = null;
      if (timedOut) resolve(124);
      else resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

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
    if (state.child) {
      const child = state.child;
      killGroup(child, 'SIGTERM');
      const deadline = Date.now() + STOP_GRACE_MS;
      while (state.child && Date.now() < deadline) await sleep(200);
      if (state.child) killGroup(child, 'SIGKILL');
    }
    if (state.servicesPending) await Promise.race([state.servicesPending, sleep(30_000)]);
    if (state.databaseOp) await state.databaseOp.catch(() => {});
    if (state.postgres && state.databaseOp) {
      await step('drop the benchmark database', async () => {
        const dropped = await dropDatabaseFamily(state.postgres.adminUrl, dbName);
        if (dropped.length) log(`[bench] dropped ${dropped.join(', ')}`);
      });
    }
    if (state.redis) {
      await step('delete Redis keys', async () => {
        const n = await deleteKeys(state.redis.url, queuePrefix);
        log(`[bench] deleted ${n} Redis keys under ${queuePrefix}`);
      });
    }
    if (state.redis) await step('stop Redis', () => state.redis.stop());
    if (state.postgres) await step('stop PostgreSQL', () => state.postgres.stop());
  })();
  return cleanupPromise;
}

async function finish(code) {
  await cleanup();
  process.exit(code);
}

function onSignal(signal) {
  if (state.interrupted) {
    console.error(`${signal} again: exiting without finishing cleanup`);
    process.exit(130);
  }
  state.interrupted = true;
  log(`\n${signal}: stopping the benchmark and cleaning up …`);
  void finish(signal === 'SIGINT' ? 130 : 143);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal(signal));

async function main() {
  log(`cm bench ${name} run ${runId}: node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const t = Date.now();
  const built = [buildServer() && 'server', buildBench() && 'bench'].filter(Boolean);
  log(built.length ? `[bench] built ${built.join(' + ')} in ${((Date.now() - t) / 1000).toFixed(1)} s` : '[bench] build is up to date');
  if (state.interrupted) return;

  // Side by side, as the test harness does; each handle is kept as soon as it exists.
  const pgP = ensurePostgres().then((h) => (state.postgres = h));
  const redisP = ensureRedis().then((h) => (state.redis = h));
  state.servicesPending = Promise.allSettled([pgP, redisP]);
  const results = await state.servicesPending;
  state.servicesPending = null;
  if (state.interrupted) return;
  const errors = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
  if (errors.length) {
    for (const e of errors) console.error(e instanceof ServiceUnavailableError ? e.message : (e.stack ?? String(e)));
    return finish(1);
  }
  state.databaseOp = createDatabase(state.postgres.adminUrl, dbName);
  const url = await state.databaseOp;
  log(`[bench] DATABASE_URL=${redact(url)}`);
  log(`[bench] REDIS_URL=${redact(state.redis.url)}  QUEUE_PREFIX=${queuePrefix}`);
  if (state.interrupted) return;

  const env = { ...process.env, DATABASE_URL: url, REDIS_URL: state.redis.url, QUEUE_PREFIX: queuePrefix, BENCH_RUN_ID: runId };
  const code = await runBenchmark(env);
  if (state.interrupted) return;
  log(`[bench] ${name} exited with code ${code}`);
  await finish(code);
}

main().catch(async (error) => {
  console.error(error.stack ?? String(error));
  await finish(1);
});
