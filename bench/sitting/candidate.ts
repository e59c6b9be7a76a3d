/** A simulated candidate that behaves like the sitting page's autosave (apps/web/src/features/
 * sitting/use-autosave.ts): each change gets the next seq and waits in a pending map (the latest
 * response per item); a flush sends the pending answers oldest seq first, up to 50 in one
 * request (PUT /api/attempts/:id/answers: one transaction, one multi-row upsert); an
 * answer leaves the map only when its seq was acknowledged. Every acknowledgement is recorded so
 * that the end of the run can check the database against it. */
import type { HttpClient, Reply, RouteStats } from './http';

export interface PaperItem {
  id: string;
  type: string;
  options?: { key: string }[];
  blanks?: number;
}

export interface Pending {
  response: unknown;
  seq: number;
}

export interface Acked {
  seq: number;
  json: string;
}

export type Rng = () => number;

/** answers per request, as apps/web/src/features/sitting/use-autosave.ts sends them */
export const MAX_BATCH = 50;

export class SimCandidate {
  attemptId: string | null = null;
  items: PaperItem[] = [];
  seq = 0;
  readonly current = new Map<string, unknown>();
  readonly pending = new Map<string, Pending>();
  /** the highest acknowledged seq of each item and the response sent with it */
  readonly acked = new Map<string, Acked>();
  private flushing: Promise<boolean> | null = null;
  /** acknowledgements whose returned seq was lower than the one sent (must stay 0) */
  ackRegressions = 0;

  constructor(
    readonly id: string,
    readonly username: string,
    readonly token: string,
  ) {}

  /** The candidate changes `k` answers (each to a value different from the current one). */
  change(rng: Rng, k: number): string[] {
    const touched: string[] = [];
    for (let i = 0; i < k && this.items.length; i++) {
      const item = this.items[Math.floor(rng() * this.items.length)]!;
      this.seq += 1;
      const response = newResponse(rng, item, this.current.get(item.id), this.seq);
      this.current.set(item.id, response);
      this.pending.set(item.id, { response, seq: this.seq });
      touched.push(item.id);
    }
    return touched;
  }

  /** The candidate changes one given item. */
  changeItem(rng: Rng, itemId: string): void {
    const item = this.items.find((i) => i.id === itemId);
    if (!item) return;
    this.seq += 1;
    const response = newResponse(rng, item, this.current.get(itemId), this.seq);
    this.current.set(itemId, response);
    this.pending.set(itemId, { response, seq: this.seq });
  }

  /** Starts a flush unless one runs (a running flush picks new changes up as it loops). */
  flush(http: HttpClient, stats: RouteStats): Promise<boolean> {
    this.flushing ??= this.sendAll(http, stats).finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** Like the page: the pending answers, oldest seq first, up to 50 per request. */
  private async sendAll(http: HttpClient, stats: RouteStats): Promise<boolean> {
    while (this.pending.size) {
      const batch = [...this.pending.entries()].sort((a, b) => a[1].seq - b[1].seq).slice(0, MAX_BATCH);
      const r = await this.put(http, stats, batch);
      if (r.status !== 200) return false; // kept pending: retried at the next tick
      for (const [itemId, entry] of batch) if (this.pending.get(itemId)?.seq === entry.seq) this.pending.delete(itemId);
    }
    return true;
  }

  /** One PUT /api/attempts/:id/answers; on 200 every answer in it is acknowledged. */
  async put(http: HttpClient, stats: RouteStats, batch: [string, Pending][]): Promise<Reply> {
    const r = await http.request('PUT', `/api/attempts/${this.attemptId}/answers`, this.token, {
      answers: batch.map(([itemId, e]) => ({ itemId, response: e.response, seq: e.seq })),
    });
    stats.add(r, [200], batch.length);
    if (r.status === 200) {
      const saved = new Map<string, number>(((r.json as { saved?: { itemId: string; seq: number }[] } | null)?.saved ?? []).map((x: { itemId: string; seq: number }) => [x.itemId, x.seq]));
      for (const [itemId, entry] of batch) {
        if ((saved.get(itemId) ?? -1) < entry.seq) this.ackRegressions++;
        const prev = this.acked.get(itemId);
        if (!prev || prev.seq < entry.seq) this.acked.set(itemId, { seq: entry.seq, json: JSON.stringify(entry.response) });
      }
    }
    return r;
  }
}

const TEXT = '先倾听客户诉求并致歉，核实问题原因，给出解决方案并约定回访时间，做好记录与跟踪。';

/** A response of the item's type that differs from `current`. */
export function newResponse(rng: Rng, item: PaperItem, current: unknown, seq: number): unknown {
  const keys = (item.options ?? []).map((o) => o.key);
  switch (item.type) {
    case 'single': {
      const choices = keys.filter((k) => k !== current);
      return choices[Math.floor(rng() * choices.length)] ?? keys[0] ?? 'A';
    }
    case 'multiple': {
      for (;;) {
        const picked = keys.filter(() => rng() < 0.5);
        if (!picked.length) picked.push(keys[Math.floor(rng() * keys.length)]!);
        if (JSON.stringify(picked) !== JSON.stringify(current)) return picked;
      }
    }
    case 'judge':
      return current === undefined ? rng() < 0.5 : !current;
    case 'fill':
      return Array.from({ length: item.blanks ?? 1 }, (_, i) => `答案${seq}-${i + 1}`);
    default: {
      // short / case: a textarea that grows while the candidate types
      const len = 20 + Math.floor(rng() * 280);
      return `${seq}：${TEXT.repeat(Math.ceil(len / TEXT.length)).slice(0, len)}`;
    }
  }
}

/** mulberry32: a small seeded generator, so a run's workload is reproducible. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
