// Finds or brings up a PostgreSQL server for the tests, in this order:
//   1. DATABASE_URL, when given (a server + database on which we may create sibling databases);
//   2. a server already listening on 127.0.0.1:5432 (user postgres, trust auth, db postgres);
//   3. a throwaway cluster from the installed binaries (/usr/lib/postgresql/*/bin) in a
//      temporary directory on a free port, stopped and deleted by stop();
//   4. as root on Debian/Ubuntu: `apt-get install -y postgresql`, then 3;
//   otherwise a ServiceUnavailableError that says what to install.
// CM_TEST_FORCE_THROWAWAY=1 skips step 2 (to exercise the throwaway path on a machine that
// already runs PostgreSQL). node: built-ins plus the project's `pg`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, isListening } from './free-port.mjs';
import {
  ServiceUnavailableError, aptInstall, canApt, isRoot, readTail, removeDir, run, runOrThrow, which,
} from './system.mjs';

const INSTALL_HINT = 'install PostgreSQL 15+: apt-get install postgresql (or set DATABASE_URL)';
const MIN_VERSION_NUM = 150000;

/** The URL with its password hidden, for printing. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparsable url>';
  }
}

/** The same server as serverUrl, database `name` (keeps user, password and query options). */
export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

async function withClient(url, fn, timeoutMs = 5000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {}); // a server that goes away must not crash the harness
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Connects and reads the server version; resolves { ok, versionNum, version } or { ok: false, error }. */
export async function probe(url, timeoutMs = 3000) {
  try {
    return await withClient(
      url,
      async (client) => {
        const { rows } = await client.query(
          "select current_setting('server_version_num')::int as num, current_setting('server_version') as v",
        );
        return { ok: true, versionNum: rows[0].num, version: rows[0].v };
      },
      timeoutMs,
    );
  } catch (error) {
    return { ok: false, error };
  }
}

/** Creates an empty UTF-8 database `name` (fails if it exists: each run names its own). */
export async function createDatabase(adminUrl, name) {
  await withClient(adminUrl, (client) =>
    client.query(`create database ${quoteIdent(name)} template template0 encoding 'UTF8'`),
  );
  return databaseUrl(adminUrl, name);
}

/**
 * Drops database `name` and every database named `<name>_…` (the extra ones tests create),
 * forcing off open connections. Touches nothing else. Resolves the names it dropped.
 */
export async function dropDatabaseFamily(adminUrl, name) {
  return withClient(adminUrl, async (client) => {
    const like = `${name.replace(/[\\%_]/g, (c) => `\\${c}`)}\\_%`;
    const { rows } = await client.query(
      'select datname from pg_database where datname = $1 or datname like $2 order by datname',
      [name, like],
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${quoteIdent(datname)} with (force)`);
    }
    return rows.map((r) => r.datname);
  });
}

/** The directory holding initdb and pg_ctl: newest /usr/lib/postgresql/<v>/bin, else PATH. */
export function findPostgresBinDir() {
  const root = '/usr/lib/postgresql';
  let versions = [];
  try {
    versions = fs.readdirSync(root).filter((v) => /^\d+(\.\d+)?$/.test(v));
  } catch {
    /* no Debian layout */
  }
  versions.sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, 'bin');
    if (which(path.join(bin, 'initdb')) && which(path.join(bin, 'pg_ctl'))) return bin;
  }
  const initdb = which('initdb');
  if (initdb && which(path.join(path.dirname(initdb), 'pg_ctl'))) return path.dirname(initdb);
  return null;
}

async function postgresUserIds() {
  const uid = await run('id', ['-u', 'postgres']);
  const gid = await run('id', ['-g', 'postgres']);
  if (uid.code !== 0 || gid.code !== 0) return null;
  return { uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) };
}

/** Starts a throwaway cluster; resolves a handle whose stop() stops it and deletes its files. */
async function startThrowaway(binDir, log) {
  const root = isRoot();
  // As root the directory must be reachable by the postgres user: /tmp is, $TMPDIR may not be.
  const dir = fs.mkdtempSync(path.join(root ? '/tmp' : os.tmpdir(), 'cm-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  let asServerUser = (cmd, args) => [cmd, args];
  if (root) {
    const ids = await postgresUserIds();
    if (!ids || !which('runuser')) {
      removeDir(dir);
      throw new ServiceUnavailableError(
        `PostgreSQL refuses to run as root and there is no 'postgres' user (or no runuser): ${INSTALL_HINT}`,
      );
    }
    fs.chownSync(dir, ids.uid, ids.gid);
    fs.chmodSync(dir, 0o700);
    asServerUser = (cmd, args) => ['runuser', ['-u', 'postgres', '--', cmd, ...args]];
  }
  const exec = (tool, args) => runOrThrow(...asServerUser(path.join(binDir, tool), args), { cwd: dir });
  const pgCtl = (args) => run(...asServerUser(path.join(binDir, 'pg_ctl'), args), { cwd: dir });
  try {
    log(`throwaway cluster: initdb in ${dataDir} (${binDir})`);
    await exec('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    let port = 0;
    let lastOutput = '';
    for (let attempt = 1; attempt <= 3 && !port; attempt++) {
      const candidate = await freePort();
      const opts = `-p ${candidate} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off`;
      const started = await pgCtl(['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', opts, 'start']);
      if (started.code === 0) port = candidate;
      else lastOutput = `${started.output}\n${readTail(logFile, 20)}`;
    }
    if (!port) throw new Error(`pg_ctl start failed:\n${lastOutput}`);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const info = await probe(url, 10000);
    if (!info.ok) throw new Error(`throwaway PostgreSQL does not accept connections: ${info.error.message}`);
    log(`throwaway PostgreSQL ${info.version} on 127.0.0.1:${port}`);
    let stopped = false;
    return {
      source: 'throwaway',
      url,
      adminUrl: url,
      version: info.version,
      dir,
      async stop() {
        if (stopped) return;
        stopped = true;
        const fast = await pgCtl(['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
        if (fast.code !== 0) await pgCtl(['-D', dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop']);
        removeDir(dir);
        log(`throwaway PostgreSQL on 127.0.0.1:${port} stopped and removed`);
      },
    };
  } catch (error) {
    await pgCtl(['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    removeDir(dir);
    throw error;
  }
}

const noStop = async () => {};

/**
 * Resolves a handle { source, url, adminUrl, version, stop() }: `url` names the server (and, when
 * DATABASE_URL was given, the caller's database, which is never written to); `adminUrl` is the
 * same server's `postgres` database, the place to create and drop test databases.
 */
export async function ensurePostgres({
  env = process.env,
  log = (m) => console.log(`[postgres] ${m}`),
  skipProbe = env.CM_TEST_FORCE_THROWAWAY === '1',
} = {}) {
  // 1. Given by the caller.
  if (env.DATABASE_URL) {
    const given = env.DATABASE_URL;
    const info = await probe(given, 10000);
    if (!info.ok) {
      throw new ServiceUnavailableError(`DATABASE_URL (${redact(given)}) does not accept connections: ${info.error.message}`);
    }
    if (info.versionNum < MIN_VERSION_NUM) log(`warning: DATABASE_URL runs PostgreSQL ${info.version}; 15+ is expected`);
    const postgresDb = databaseUrl(given, 'postgres');
    const adminUrl = (await probe(postgresDb)).ok ? postgresDb : given;
    log(`using DATABASE_URL ${redact(given)} (PostgreSQL ${info.version}); test databases are created beside it`);
    return { source: 'env', url: given, adminUrl, version: info.version, stop: noStop };
  }
  // 2. A server already listening on the standard port.
  if (skipProbe) {
    log('CM_TEST_FORCE_THROWAWAY=1: not probing 127.0.0.1:5432');
  } else if (await isListening(5432)) {
    const url = 'postgres://postgres@127.0.0.1:5432/postgres';
    const info = await probe(url);
    if (info.ok && info.versionNum >= MIN_VERSION_NUM) {
      log(`using the server on 127.0.0.1:5432 (PostgreSQL ${info.version})`);
      return { source: 'local', url, adminUrl: url, version: info.version, stop: noStop };
    }
    log(
      info.ok
        ? `127.0.0.1:5432 runs PostgreSQL ${info.version} (< 15): starting a throwaway cluster instead`
        : `127.0.0.1:5432 refused user postgres without a password (${info.error.message}): starting a throwaway cluster instead`,
    );
  }
  // 3./4. Throwaway cluster from the installed binaries, installing them first if we may.
  let binDir = findPostgresBinDir();
  if (!binDir && canApt()) {
    log('no PostgreSQL binaries found');
    await aptInstall(['postgresql'], log);
    binDir = findPostgresBinDir();
  }
  if (!binDir) {
    throw new ServiceUnavailableError(`PostgreSQL not found (no server on 127.0.0.1:5432, no initdb): ${INSTALL_HINT}`);
  }
  return startThrowaway(binDir, log);
}
