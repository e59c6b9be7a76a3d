// Finds or brings up a Redis server for the tests, in this order:
//   1. REDIS_URL, when given;
//   2. a server already listening on 127.0.0.1:6379;
//   3. a throwaway `redis-server` child process (no persistence) on a free port, in a temporary
//      directory, stopped and deleted by stop();
//   4. as root on Debian/Ubuntu: `apt-get install -y redis-server`, then 3;
//   otherwise a ServiceUnavailableError that says what to install.
// CM_TEST_FORCE_THROWAWAY=1 skips step 2. node: built-ins plus the project's `ioredis`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, isListening } from './free-port.mjs';
import { ServiceUnavailableError, aptInstall, canApt, readTail, removeDir, sleep, which } from './system.mjs';

const INSTALL_HINT = 'install Redis 7: apt-get install redis-server (or set REDIS_URL)';

function client(url, timeoutMs) {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Reported through the awaited calls instead; kept because ioredis then only says "Connection is closed".
  redis.on('error', (error) => (redis.lastError = error));
  return redis;
}

/** PINGs the server; resolves { ok, version } or { ok: false, error }. */
export async function probe(url, timeoutMs = 3000) {
  const redis = client(url, timeoutMs);
  try {
    await redis.connect();
    await redis.ping();
    const info = await redis.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    return { ok: true, version };
  } catch (error) {
    return { ok: false, error: redis.lastError ?? error };
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key that starts with `prefix` (SCAN + UNLINK); resolves how many. */
export async function deleteKeys(url, prefix) {
  if (!prefix) throw new Error('deleteKeys needs a non-empty prefix');
  const redis = client(url, 5000);
  try {
    await redis.connect();
    const pattern = `${prefix.replace(/[*?[\]\\]/g, (c) => `\\${c}`)}*`;
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

export function findRedisServer() {
  return which('redis-server') ?? which('/usr/bin/redis-server') ?? which('/usr/local/bin/redis-server') ?? which('/usr/sbin/redis-server');
}

async function startThrowaway(binary, log) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cm-redis-'));
  const logFile = path.join(dir, 'redis.log');
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const out = fs.openSync(logFile, 'a');
    const child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir],
      { cwd: dir, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    let exited = false;
    const exit = new Promise((resolve) => {
      child.once('exit', () => {
        exited = true;
        resolve();
      });
      child.once('error', (error) => {
        lastError = error.message;
        exited = true;
        resolve();
      });
    });
    const url = `redis://127.0.0.1:${port}`;
    let info = { ok: false };
    for (let i = 0; i < 100 && !exited && !info.ok; i++) {
      await sleep(100);
      info = await probe(url, 1000);
    }
    if (info.ok) {
      log(`throwaway Redis ${info.version} on 127.0.0.1:${port} (pid ${child.pid})`);
      let stopped = false;
      return {
        source: 'throwaway',
        url,
        version: info.version,
        dir,
        async stop() {
          if (stopped) return;
          stopped = true;
          if (!exited) {
            child.kill('SIGTERM');
            const killed = await Promise.race([exit.then(() => true), sleep(10000).then(() => false)]);
            if (!killed) {
              child.kill('SIGKILL');
              await exit;
            }
          }
          removeDir(dir);
          log(`throwaway Redis on 127.0.0.1:${port} stopped and removed`);
        },
      };
    }
    if (!exited) {
      child.kill('SIGKILL');
      await exit;
    }
    lastError = readTail(logFile, 20) || lastError;
  }
  removeDir(dir);
  throw new Error(`redis-server did not start:\n${lastError}`);
}

const noStop = async () => {};

/** Resolves a handle { source, url, version, stop() }. */
export async function ensureRedis({
  env = process.env,
  log = (m) => console.log(`[redis] ${m}`),
  skipProbe = env.CM_TEST_FORCE_THROWAWAY === '1',
} = {}) {
  if (env.REDIS_URL) {
    const info = await probe(env.REDIS_URL, 10000);
    if (!info.ok) throw new ServiceUnavailableError(`REDIS_URL does not answer PING: ${info.error.message}`);
    log(`using REDIS_URL (Redis ${info.version})`);
    return { source: 'env', url: env.REDIS_URL, version: info.version, stop: noStop };
  }
  if (skipProbe) {
    log('CM_TEST_FORCE_THROWAWAY=1: not probing 127.0.0.1:6379');
  } else if (await isListening(6379)) {
    const url = 'redis://127.0.0.1:6379';
    const info = await probe(url);
    if (info.ok) {
      log(`using the server on 127.0.0.1:6379 (Redis ${info.version})`);
      return { source: 'local', url, version: info.version, stop: noStop };
    }
    log(`127.0.0.1:6379 does not answer PING (${info.error.message}): starting a throwaway server instead`);
  }
  let binary = findRedisServer();
  if (!binary && canApt()) {
    log('no redis-server found');
    await aptInstall(['redis-server'], log);
    binary = findRedisServer();
  }
  if (!binary) throw new ServiceUnavailableError(`Redis not found (no server on 127.0.0.1:6379, no redis-server): ${INSTALL_HINT}`);
  return startThrowaway(binary, log);
}
