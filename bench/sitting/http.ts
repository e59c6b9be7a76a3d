/** A small keep-alive HTTP client for the sitting benchmark (node:http, no load-test library)
 * and a per-route recorder of latencies and statuses. */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { summarize, type Summary } from '../lib/stats';

export interface Reply {
  status: number; // 0: no HTTP response (connection error, timeout)
  json: unknown;
  ms: number;
}

export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
    private readonly timeoutMs = 30_000,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, keepAliveMsecs: 30_000 });
  }

  /** Requests whose keep-alive socket was closed by the server just as it was reused, and were
   * sent again on a new connection (as browsers do); counted, never hidden. */
  retriedResets = 0;

  async request(method: string, path: string, token: string | null, body?: unknown): Promise<Reply> {
    const t0 = performance.now();
    const first = await this.once(method, path, token, body);
    if (first.status !== 0 || !first.reusedSocketReset) return { ...first, ms: performance.now() - t0 };
    this.retriedResets++;
    const again = await this.once(method, path, token, body);
    return { ...again, ms: performance.now() - t0 };
  }

  private once(method: string, path: string, token: string | null, body?: unknown): Promise<Reply & { reusedSocketReset?: boolean }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    const t0 = performance.now();
    return new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = text;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, json, ms: performance.now() - t0 });
        });
        res.on('error', (err) => resolve({ status: 0, json: { error: err.message }, ms: performance.now() - t0 }));
      });
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms`)));
      req.on('error', (err: NodeJS.ErrnoException) => {
        // The keep-alive race: the server closed an idle socket as this request reused it.
        const reusedSocketReset = req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE');
        resolve({ status: 0, json: { error: err.message }, ms: performance.now() - t0, reusedSocketReset });
      });
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Latencies and statuses of one route in one phase; the first few failures are kept. */
export class RouteStats {
  readonly samples: number[] = [];
  /** completion time (performance.now()) of each sample */
  readonly ends: number[] = [];
  readonly statuses = new Map<number, number>();
  readonly failures: string[] = [];
  /** answers carried by the successful requests (a batch save carries several) */
  answers = 0;
  firstAt = Number.POSITIVE_INFINITY;
  lastAt = 0;

  constructor(readonly name: string) {}

  add(r: Reply, okStatuses: readonly number[] = [200, 201], answers = 1): void {
    if (okStatuses.includes(r.status)) this.answers += answers;
    const end = performance.now();
    this.firstAt = Math.min(this.firstAt, end - r.ms);
    this.lastAt = Math.max(this.lastAt, end);
    this.samples.push(r.ms);
    this.ends.push(end);
    this.statuses.set(r.status, (this.statuses.get(r.status) ?? 0) + 1);
    if (!okStatuses.includes(r.status) && this.failures.length < 5) this.failures.push(`${r.status} ${JSON.stringify(r.json).slice(0, 200)}`);
  }

  count(pred: (status: number) => boolean): number {
    let n = 0;
    for (const [s, c] of this.statuses) if (pred(s)) n += c;
    return n;
  }

  get non2xx(): number {
    return this.count((s) => s < 200 || s >= 300);
  }

  summary(): Summary {
    return summarize(this.samples);
  }

  statusText(): string {
    return [...this.statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s === 0 ? 'net' : s}×${c}`).join(' ');
  }
}
