#!/usr/bin/env node
// One launcher for every way to run the platform; it builds what is missing first.
//   node infra/scripts/start.mjs            → API + worker + web on PORT (embedded or services)
//   node infra/scripts/start.mjs api|worker → one process of that kind (services mode)
//   node infra/scripts/start.mjs migrate    → npm run db:migrate
//   node infra/scripts/start.mjs seed [--demo] → npm run db:seed
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, buildWeb } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [command = 'serve', ...rest] = process.argv.slice(2);

const ENTRIES = {
  serve: ['dist/apps/api/src/standalone/main.js', ['serve']],
  api: ['dist/apps/api/src/main.js', []],
  worker: ['dist/apps/worker/src/main.js', []],
  migrate: ['dist/apps/api/src/standalone/main.js', ['migrate']],
  seed: ['dist/apps/api/src/standalone/main.js', ['seed', ...rest]],
};
const entry = ENTRIES[command];
if (!entry) {
  console.error(`Unknown command "${command}". Use one of: ${Object.keys(ENTRIES).join(', ')}`);
  process.exit(2);
}

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
buildServer();
if (command === 'serve' || command === 'api') buildWeb();

process.env.WEB_DIST ??= path.join(root, 'dist', 'web');
process.chdir(process.env.INIT_CWD && fs.existsSync(process.env.INIT_CWD) ? process.env.INIT_CWD : root);
process.argv = [process.argv[0], path.join(root, entry[0]), ...entry[1]];
process.setSourceMapsEnabled(true);
// Run in this process so signals (SIGTERM for graceful shutdown) reach the app directly.
createRequire(import.meta.url)(path.join(root, entry[0]));
