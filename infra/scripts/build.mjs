#!/usr/bin/env node
// Builds what `npm start` needs: the server (api, worker, libs) compiled by swc into dist/,
// and the web app built by Vite into dist/web. Skips a part whose sources did not change.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const SERVER_DIRS = ['apps/api/src', 'apps/worker/src', 'libs'];
const WEB_DIRS = ['apps/web', 'libs/contracts/src', 'libs/domain/src'];
const ALIASES = { domain: 'libs/domain', contracts: 'libs/contracts', db: 'libs/db', spreadsheet: 'libs/spreadsheet', jobs: 'libs/jobs', 'question-formats': 'libs/question-formats' };

function fingerprint(dirs, skip = () => false) {
  const h = createHash('sha1');
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      const base = path.basename(p);
      if (base === 'node_modules' || base === 'dist' || base === 'e2e') return;
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (!skip(p)) {
      h.update(`${path.relative(root, p)}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  h.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  return h.digest('hex');
}

function upToDate(stampName, fp) {
  const f = path.join(dist, stampName);
  return fs.existsSync(f) && fs.readFileSync(f, 'utf8') === fp;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build failed: ${path.basename(cmd)} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

export function buildServer({ force = false } = {}) {
  const fp = fingerprint(SERVER_DIRS, (p) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(p));
  if (!force && upToDate('.server-stamp', fp)) return false;
  const swcrc = {
    module: { type: 'commonjs' },
    sourceMaps: true,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      baseUrl: root,
      paths: Object.fromEntries(Object.entries(ALIASES).map(([k, v]) => [`@cm/${k}`, [`${v}/src/index.ts`]])),
    },
  };
  const cfg = path.join(os.tmpdir(), `cm-swcrc-${process.pid}.json`);
  fs.writeFileSync(cfg, JSON.stringify(swcrc));
  fs.rmSync(path.join(dist, 'apps'), { recursive: true, force: true });
  fs.rmSync(path.join(dist, 'libs'), { recursive: true, force: true });
  run(bin('swc'), [...SERVER_DIRS, '-d', 'dist', '--config-file', cfg, '--quiet', '--ignore', '**/*.spec.ts,**/*.int-spec.ts,**/*.e2e-spec.ts,**/*.test-helper.ts,libs/**/reference-data/**']);
  fs.rmSync(cfg, { force: true });
  fs.writeFileSync(path.join(dist, '.server-stamp'), fp);
  return true;
}

/**
 * Compiles the benchmarks (every .ts file under bench/) into dist/bench with the same swc settings and @cm/*
 * aliases as buildServer, so a benchmark runs the very server code in dist/apps and dist/libs
 * (`npm run bench:<name>`, infra/scripts/run-bench.mjs). Call buildServer() first.
 */
export function buildBench({ force = false } = {}) {
  const fp = fingerprint(['bench', 'infra/scripts/build.mjs']);
  if (!force && upToDate('.bench-stamp', fp) && fs.existsSync(path.join(dist, 'bench'))) return false;
  const swcrc = {
    module: { type: 'commonjs' },
    sourceMaps: true,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      baseUrl: root,
      paths: Object.fromEntries(Object.entries(ALIASES).map(([k, v]) => [`@cm/${k}`, [`${v}/src/index.ts`]])),
    },
  };
  const cfg = path.join(os.tmpdir(), `cm-swcrc-bench-${process.pid}.json`);
  fs.writeFileSync(cfg, JSON.stringify(swcrc));
  fs.rmSync(path.join(dist, 'bench'), { recursive: true, force: true });
  run(bin('swc'), ['bench', '-d', 'dist', '--config-file', cfg, '--quiet']);
  fs.rmSync(cfg, { force: true });
  fs.writeFileSync(path.join(dist, '.bench-stamp'), fp);
  return true;
}

export function buildWeb({ force = false } = {}) {
  const fp = fingerprint(WEB_DIRS);
  if (!force && upToDate('.web-stamp', fp) && fs.existsSync(path.join(dist, 'web', 'index.html'))) return false;
  run(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
  fs.writeFileSync(path.join(dist, '.web-stamp'), fp);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const what = process.argv[2] ?? 'all';
  const force = process.argv.includes('--force');
  fs.mkdirSync(dist, { recursive: true });
  const t = Date.now();
  const built = [];
  if (what === 'all' || what === 'server') if (buildServer({ force })) built.push('server');
  if (what === 'all' || what === 'web') if (buildWeb({ force })) built.push('web');
  console.log(built.length ? `built ${built.join(' + ')} in ${((Date.now() - t) / 1000).toFixed(1)} s` : 'build is up to date');
}
