// Process and package helpers shared by postgres.mjs, redis.mjs and chromium.mjs.
// node: built-ins only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Raised when a service can be neither found nor brought up; the message says what to install. */
export class ServiceUnavailableError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Absolute path of an executable on PATH (or of an absolute candidate), or null. */
export function which(name) {
  const candidates = name.includes('/')
    ? [name]
    : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name));
  for (const file of candidates) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* not this one */
    }
  }
  return null;
}

/**
 * Runs a command to completion and resolves { code, output } (stdout and stderr interleaved).
 * Never rejects on a non-zero exit; rejects only when the command cannot be started.
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Like run(), but rejects with the command's output when it exits non-zero. */
export async function runOrThrow(command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${[command, ...args].join(' ')} exited with ${result.code}:\n${lastLines(result.output, 40)}`);
  }
  return result.output;
}

export function lastLines(text, n) {
  const lines = String(text).trimEnd().split('\n');
  return lines.slice(-n).join('\n');
}

export function readTail(file, n) {
  try {
    return lastLines(fs.readFileSync(file, 'utf8'), n);
  } catch {
    return '';
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** apt-get is usable: root on a Debian/Ubuntu machine. */
export const canApt = () => isRoot() && which('apt-get') !== null;

let aptUpdated = null;
/**
 * `apt-get update` (once per process) then `apt-get install -y <packages>`. Output goes to a
 * quiet log and is shown only when the install fails. Waits for a dpkg lock held by another run.
 */
export async function aptInstall(packages, log = console.log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
  if (!aptUpdated) {
    log('apt-get update …');
    aptUpdated = runOrThrow('apt-get', [...lockWait, '-q', 'update'], { env }).catch((err) => {
      aptUpdated = null;
      throw err;
    });
  }
  await aptUpdated;
  log(`apt-get install -y ${packages.join(' ')} (about a minute) …`);
  const started = Date.now();
  await runOrThrow('apt-get', [...lockWait, '-q', 'install', '-y', ...packages], { env });
  log(`installed ${packages.join(' ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Recursively removes a directory, ignoring errors (cleanup must not mask the real failure). */
export function removeDir(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    /* best effort */
  }
}
