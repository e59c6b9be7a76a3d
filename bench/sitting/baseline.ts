/** B1 (docs/quality-bars.md): the raw PostgreSQL single-row answer upsert guarded by seq
 * (`INSERT … ON CONFLICT … DO UPDATE … WHERE seq < EXCLUDED.seq`) from 16 clients with
 * synchronous_commit = on, in a table shaped like attempt_answer, for a fixed time. */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { summarize, type Summary } from '../lib/stats';
import type { Rng } from './candidate';

export interface B1Result {
  clients: number;
  seconds: number;
  upserts: number;
  perSecond: number;
  latency: Summary;
  synchronousCommit: string;
}

export async function measureB1(url: string, clients: number, seconds: number, keys: number, rng: Rng): Promise<B1Result> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE TABLE IF NOT EXISTS b1_answer (attempt_id uuid NOT NULL, item_id text NOT NULL, response jsonb NOT NULL, seq bigint NOT NULL, saved_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (attempt_id, item_id))`);
  const attempts = Array.from({ length: Math.max(1, Math.ceil(keys / 47)) }, () => randomUUID());
  const conns = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query(`SET synchronous_commit = on`);
      return c;
    }),
  );
  const [{ synchronous_commit: sc }] = (await conns[0]!.query(`SHOW synchronous_commit`)).rows as [{ synchronous_commit: string }];
  const samples: number[] = [];
  let seq = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    conns.map(async (c) => {
      while (performance.now() < end) {
        const attempt = attempts[Math.floor(rng() * attempts.length)]!;
        const item = `item-${Math.floor(rng() * 47)}`;
        seq += 1;
        const t0 = performance.now();
        await c.query(
          `INSERT INTO b1_answer (attempt_id, item_id, response, seq) VALUES ($1, $2, $3::jsonb, $4)
           ON CONFLICT (attempt_id, item_id) DO UPDATE SET response = EXCLUDED.response, seq = EXCLUDED.seq, saved_at = now()
           WHERE b1_answer.seq < EXCLUDED.seq`,
          [attempt, item, JSON.stringify(`答案 ${seq}`), seq],
        );
        samples.push(performance.now() - t0);
      }
    }),
  );
  await Promise.all(conns.map((c) => c.end()));
  await admin.query(`DROP TABLE b1_answer`);
  await admin.end();
  return { clients, seconds, upserts: samples.length, perSecond: samples.length / seconds, latency: summarize(samples), synchronousCommit: sc };
}
