/** The compiled API (dist/apps/api/src/main.js, services mode) as a child process, so that the
 * load generator and the server do not share an event loop. */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { sleep } from '../lib/load';

export interface ApiProcess {
  port: number;
  child: ChildProcess;
  log: () => string;
  stop: () => Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function startApi(root: string, env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const out: string[] = [];
  // BENCH_API_NODE_ARGS: extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', MIGRATE: 'false', WEB_DIST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => {
    out.push(String(d));
    if (out.length > 200) out.splice(0, out.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const log = () => out.join('').slice(-4000);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited early:\n${log()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (r.status === 200) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`the API did not become ready in 60 s:\n${log()}`);
    await sleep(200);
  }
  return {
    port,
    child,
    log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
