/**
 * G1–G3 (docs/quality-bars.md): the sitting under load, against the compiled API in services mode
 * (real PostgreSQL + Redis), with the raw upsert baseline B1 measured in the same run.
 *
 * Run by `npm run bench:sitting` (infra/scripts/run-bench.mjs builds the server and this file,
 * creates a fresh database and Redis prefix). Steps:
 *   1. migrate, seed the reference data and the demo bank (416 questions; the default blueprints
 *      are feasible against it);
 *   2. one open 四级 session, N candidates registered with a live login each (SQL, not the API),
 *      and their papers assembled ahead of the window by the assemble-forms job's own code;
 *   3. B1: raw single-row seq-guarded upserts from 16 clients, synchronous_commit on (the API idle);
 *   4. the API as a child process (dist/apps/api/src/main.js, its own event loop and core);
 *   5. G3 start spike: every candidate starts within BENCH_START_WINDOW_S (uniform arrivals), a
 *      share of them with a double click (two concurrent starts);
 *   6. G1 steady autosave for BENCH_STEADY_S: each candidate changes 1–2 answers every 10 s (its
 *      own phase) and the changed answers are sent like the sitting page sends them (one PUT per
 *      changed item, oldest seq first, kept until acknowledged);
 *   7. G2 reconnect storm: the network was down for BENCH_OUTAGE_TICKS ticks while everyone kept
 *      answering; all reconnect within BENCH_STORM_SPREAD_MS and flush their queues (batches, as
 *      the page does); BENCH_LATE_PERCENT of them also have one older save of an item (sent
 *      before the cut) that arrives late, racing the newer one;
 *   8. capacity probe: closed-loop saves at rising concurrency — the saves/s sustained at
 *      p99 < 100 ms, for G1's ratio to B1;
 *   9. submit: everyone submits within BENCH_SUBMIT_WINDOW_S; a tenth then try a late save (409);
 *  10. lost-answer check: every acknowledged save against attempt_answer (stored seq ≥ the
 *      acknowledged one, and at the highest acknowledged seq exactly its response); one attempt
 *      per candidate; one grading job per attempt;
 *  11. the summary: goal, measured, PASS / MISS (exit 0 when a goal is missed; non-zero on errors).
 *
 * Knobs (the goals are judged at the defaults; the summary says when a run used others):
 * BENCH_CANDIDATES (3000), BENCH_STEADY_S (300 = the goal's 5 min), BENCH_TICK_S (10),
 * BENCH_CHANGES_MIN / BENCH_CHANGES_MAX (1 / 2 answers changed per tick), BENCH_START_WINDOW_S (60),
 * BENCH_DOUBLE_START_PERCENT (5), BENCH_OUTAGE_TICKS (3), BENCH_STORM_SPREAD_MS (5000: G2's "all
 * 3,000 flush within 5 s" read as everyone reconnecting within those 5 s), BENCH_LATE_PERCENT (20),
 * BENCH_SUBMIT_WINDOW_S (10), BENCH_B1_S (10), BENCH_PROBE_S (8 per step),
 * BENCH_PROBE_STEPS ("8,16,32,64"), BENCH_API_POOL (the API's DB_POOL_SIZE, 10 = its default),
 * BENCH_API_NODE_ARGS (extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { parseConfig } from '@cm/contracts';
import { findReferenceDataDir, openDatabase, queryRows, seedDemoData, seedReferenceData } from '@cm/db';
import { since, sleep } from './lib/load';
import { fmtInt, fmtMs, fmtS, formatGoals, formatTable, summarize, type GoalResult, type Summary } from './lib/stats';
import { startApi, type ApiProcess } from './sitting/api-process';
import { measureB1, type B1Result } from './sitting/baseline';
import { seededRng, type PaperItem, type SimCandidate } from './sitting/candidate';
import { HttpClient, RouteStats } from './sitting/http';
import { assemblePapers, createCandidates, createSession } from './sitting/setup';
import { intEnv, requiredEnv } from './lib/env';

// ---- settings ---------------------------------------------------------------------------------


const GOAL = { candidates: 3000, steadyS: 300, startWindowS: 60, g1P99: 100, g2P99: 500, g2FlushS: 5, g3P99: 1000, ratio: 0.1 };
const S = {
  databaseUrl: requiredEnv('DATABASE_URL', 'sitting'),
  redisUrl: requiredEnv('REDIS_URL', 'sitting'),
  queuePrefix: process.env.QUEUE_PREFIX ?? `cmbench-manual${Date.now().toString(36)}`,
  candidates: intEnv('BENCH_CANDIDATES', GOAL.candidates, 1),
  steadyS: intEnv('BENCH_STEADY_S', GOAL.steadyS, 1),
  tickS: intEnv('BENCH_TICK_S', 10, 1),
  changesMin: intEnv('BENCH_CHANGES_MIN', 1, 1),
  changesMax: intEnv('BENCH_CHANGES_MAX', 2, 1),
  startWindowS: intEnv('BENCH_START_WINDOW_S', GOAL.startWindowS, 1),
  doubleStartPercent: intEnv('BENCH_DOUBLE_START_PERCENT', 5, 0),
  outageTicks: intEnv('BENCH_OUTAGE_TICKS', 3, 1),
  stormSpreadMs: intEnv('BENCH_STORM_SPREAD_MS', 5000, 0),
  latePercent: intEnv('BENCH_LATE_PERCENT', 20, 0),
  submitWindowS: intEnv('BENCH_SUBMIT_WINDOW_S', 10, 1),
  b1S: intEnv('BENCH_B1_S', 10, 1),
  probeS: intEnv('BENCH_PROBE_S', 8, 1),
  probeSteps: (process.env.BENCH_PROBE_STEPS ?? '8,16,32,64').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0),
  apiPool: intEnv('BENCH_API_POOL', 10, 1),
};
const ROOT = path.resolve(__dirname, '..', '..');
const rng = seededRng(20_261_201);
const changes = () => S.changesMin + Math.floor(rng() * (S.changesMax - S.changesMin + 1));

const log = (line = '') => console.log(line);
const section = (title: string) => log(`\n=== ${title}`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

// ---- report ------------------------------------------------------------------------------------

interface Report {
  b1?: B1Result;
  g3?: { stats: RouteStats; attempts: number; distinctCandidates: number; created: number; doubles: number; doubleMismatch: number; failed: number; spanMs: number };
  g1?: { stats: RouteStats; seconds: number; perSecond: number; windows: { from: number; perSecond: number; p99: number }[] };
  g2?: { stats: RouteStats; flush: Summary; unflushed: number; spanMs: number; lateAcks: number };
  probe: { concurrency: number; perSecond: number; s: Summary; non2xx: number }[];
  submit?: { stats: RouteStats; late: RouteStats };
  check?: { acked: number; lost: number; olderWon: number; newerUnacked: number; lateStored: number; attempts: number; submitted: number; gradeJobs: number; gradeJobAttempts: number; ackRegressions: number };
}
const report: Report = { probe: [] };

function routeTable(rows: { phase: string; stats: RouteStats; seconds?: number }[]): string {
  return formatTable(
    [{ header: 'phase' }, { header: 'route' }, { header: 'requests', align: 'right' }, { header: 'req/s', align: 'right' }, { header: 'answers/s', align: 'right' }, { header: 'p50 ms', align: 'right' }, { header: 'p95 ms', align: 'right' }, { header: 'p99 ms', align: 'right' }, { header: 'max ms', align: 'right' }, { header: 'statuses' }],
    rows.map(({ phase, stats, seconds }) => {
      const s = stats.summary();
      const span = seconds ?? Math.max(0.001, (stats.lastAt - stats.firstAt) / 1000);
      return [phase, stats.name, fmtInt(s.n), fmtInt(s.n / span), stats.name.includes('answers') ? fmtInt(stats.answers / span) : '', fmtMs(s.p50), fmtMs(s.p95), fmtMs(s.p99), fmtMs(s.max), stats.statusText()];
    }),
  );
}

// ---- phases ------------------------------------------------------------------------------------

async function startSpike(http: HttpClient, sessionId: string, cands: SimCandidate[], ds: DataSource): Promise<SimCandidate[]> {
  const stats = new RouteStats('POST /api/exam-sessions/:id/attempts');
  let created = 0;
  let doubles = 0;
  let doubleMismatch = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    cands.map(async (c) => {
      await sleep(rng() * S.startWindowS * 1000);
      const calls = rng() * 100 < S.doubleStartPercent ? 2 : 1;
      if (calls === 2) doubles++;
      const replies = await Promise.all(Array.from({ length: calls }, () => http.request('POST', `/api/exam-sessions/${sessionId}/attempts`, c.token)));
      for (const r of replies) stats.add(r);
      created += replies.filter((r) => r.status === 201).length;
      const ok = replies.filter((r) => r.status === 200 || r.status === 201);
      if (!ok.length) {
        failed++;
        return;
      }
      const attempts = ok.map((r) => r.json as { id: string; items: PaperItem[] });
      if (new Set(attempts.map((a) => a.id)).size > 1) doubleMismatch++;
      c.attemptId = attempts[0]!.id;
      c.items = attempts[0]!.items;
    }),
  );
  const spanMs = since(t0);
  const [a] = await queryRows<{ n: number; d: number }>(ds, `SELECT count(*)::int AS n, count(DISTINCT candidate_id)::int AS d FROM attempt WHERE session_id = $1`, [sessionId]);
  report.g3 = { stats, attempts: a!.n, distinctCandidates: a!.d, created, doubles, doubleMismatch, failed, spanMs };
  log(routeTable([{ phase: 'G3', stats }]));
  log(`  ${fmtInt(cands.length)} candidates (${doubles} with a double click) started in ${fmtS(spanMs)} s; 201 created: ${fmtInt(created)}; attempts in the database: ${fmtInt(a!.n)} for ${fmtInt(a!.d)} candidates; double clicks answered with two attempt ids: ${doubleMismatch}; candidates without an attempt: ${failed}`);
  return cands.filter((c) => c.attemptId);
}

async function steady(http: HttpClient, cands: SimCandidate[]): Promise<void> {
  const stats = new RouteStats('PUT /api/attempts/:id/answers');
  const tick = S.tickS * 1000;
  const t0 = performance.now();
  const end = t0 + S.steadyS * 1000;
  const progress = setInterval(() => {
    const now = performance.now();
    const recent = stats.samples.slice(-2000);
    log(`  t=${fmtS(now - t0).padStart(5)} s  saves ${fmtInt(stats.samples.length).padStart(8)}  last 2000: p50 ${fmtMs(summarize(recent).p50)} ms, p99 ${fmtMs(summarize(recent).p99)} ms  non-2xx ${stats.non2xx}  load ${load()}`);
  }, 30_000);
  try {
    await Promise.all(
      cands.map(async (c) => {
        let next = t0 + rng() * tick;
        await sleep(next - performance.now());
        while (next < end) {
          c.change(rng, changes());
          void c.flush(http, stats); // the tick keeps its rhythm; a running flush picks changes up
          next += tick;
          await sleep(Math.max(0, next - performance.now()));
        }
      }),
    );
    // What is still queued goes out before the phase ends.
    await Promise.all(cands.map((c) => c.flush(http, stats)));
  } finally {
    clearInterval(progress);
  }
  const seconds = since(t0) / 1000;
  // Throughput and p99 per 30-second window of the run (by completion time).
  const windows: { from: number; perSecond: number; p99: number }[] = [];
  const ends = stats.samples.map((ms, i) => ({ ms, end: stats.ends[i]! - t0 }));
  for (let from = 0; from < S.steadyS * 1000; from += 30_000) {
    const inside = ends.filter((e) => e.end >= from && e.end < from + 30_000).map((e) => e.ms);
    const width = Math.min(30_000, S.steadyS * 1000 - from) / 1000;
    windows.push({ from: from / 1000, perSecond: inside.length / width, p99: summarize(inside).p99 });
  }
  report.g1 = { stats, seconds, perSecond: stats.answers / seconds, windows };
  log(routeTable([{ phase: 'G1', stats, seconds }]));
  log(formatTable([{ header: 'window s' }, { header: 'requests/s', align: 'right' }, { header: 'p99 ms', align: 'right' }], windows.map((w) => [`${w.from}–${w.from + 30}`, fmtInt(w.perSecond), fmtMs(w.p99)])));
}

async function storm(http: HttpClient, cands: SimCandidate[]): Promise<void> {
  // The network is down for a while; everyone keeps answering. One save of each candidate was
  // on its way when the line dropped and reaches the server late, after newer ones of that item.
  const late = new Map<SimCandidate, { itemId: string; entry: { response: unknown; seq: number } }>();
  for (const c of cands) {
    if (rng() * 100 < S.latePercent) {
      const [itemId] = c.change(rng, 1);
      const entry = { ...c.pending.get(itemId!)! };
      c.pending.delete(itemId!); // in flight, not queued
      for (let t = 0; t < S.outageTicks; t++) c.change(rng, changes());
      c.changeItem(rng, itemId!); // and changed again later, so the late one is older
      late.set(c, { itemId: itemId!, entry });
    } else for (let t = 0; t < S.outageTicks; t++) c.change(rng, changes());
  }
  const queued = cands.reduce((n, c) => n + c.pending.size, 0);
  log(`  queued while offline: ${fmtInt(queued)} answers (${(queued / cands.length).toFixed(1)} per candidate) + ${fmtInt(late.size)} late older saves racing newer ones`);
  const stats = new RouteStats('PUT /api/attempts/:id/answers');
  const flushMs: number[] = [];
  let unflushed = 0;
  let lateAcks = 0;
  const t0 = performance.now();
  await Promise.all(
    cands.map(async (c) => {
      await sleep(rng() * S.stormSpreadMs);
      const t = performance.now();
      const l = late.get(c);
      const older = (async () => {
        if (!l) return;
        await sleep(rng() * 200);
        const r = await c.put(http, stats, [[l.itemId, l.entry]]);
        if (r.status === 200) lateAcks++;
      })();
      const done = await c.flush(http, stats);
      flushMs.push(since(t));
      if (!done) unflushed++;
      await older;
    }),
  );
  const spanMs = since(t0);
  report.g2 = { stats, flush: summarize(flushMs), unflushed, spanMs, lateAcks };
  log(routeTable([{ phase: 'G2', stats }]));
  const f = summarize(flushMs);
  log(`  per candidate, reconnect → queue empty: p50 ${fmtMs(f.p50)} ms, p99 ${fmtMs(f.p99)} ms, max ${fmtMs(f.max)} ms; whole storm ${fmtS(spanMs)} s; queues not emptied: ${unflushed}`);
}

async function probe(http: HttpClient, cands: SimCandidate[]): Promise<void> {
  for (const conc of S.probeSteps) {
    const stats = new RouteStats(`PUT …/answers, 1 answer each, ${conc} in flight`);
    const t0 = performance.now();
    const end = t0 + S.probeS * 1000;
    await Promise.all(
      Array.from({ length: Math.min(conc, cands.length) }, async (_, lane) => {
        // Each lane has its own candidates, as each browser has its own attempt.
        for (let i = lane; performance.now() < end; i += conc) {
          const c = cands[i % cands.length]!;
          c.change(rng, 1);
          await c.flush(http, stats);
        }
      }),
    );
    const seconds = since(t0) / 1000;
    const s = stats.summary();
    report.probe.push({ concurrency: conc, perSecond: s.n / seconds, s, non2xx: stats.non2xx });
  }
  log(formatTable(
    [{ header: 'in flight', align: 'right' }, { header: 'saves/s', align: 'right' }, { header: 'p50 ms', align: 'right' }, { header: 'p99 ms', align: 'right' }, { header: 'non-2xx', align: 'right' }],
    report.probe.map((p) => [String(p.concurrency), fmtInt(p.perSecond), fmtMs(p.s.p50), fmtMs(p.s.p99), String(p.non2xx)]),
  ));
}

async function submitAll(http: HttpClient, cands: SimCandidate[]): Promise<Map<SimCandidate, number>> {
  const stats = new RouteStats('POST /api/attempts/:id/submit');
  const saves = new RouteStats('PUT /api/attempts/:id/answers (before submit)');
  const late = new RouteStats('PUT /api/attempts/:id/answers/:itemId after submit');
  const lateSeq = new Map<SimCandidate, number>();
  await Promise.all(
    cands.map(async (c, i) => {
      await sleep(rng() * S.submitWindowS * 1000);
      await c.flush(http, saves);
      stats.add(await http.request('POST', `/api/attempts/${c.attemptId}/submit`, c.token), [202]);
      if (i % 10 === 0 && c.items.length) {
        // A late save after submission: refused with 409 and never stored.
        const item = c.items[0]!;
        const seq = c.seq + 1000;
        late.add(await http.request('PUT', `/api/attempts/${c.attemptId}/answers/${item.id}`, c.token, { response: null, seq }), [409]);
        lateSeq.set(c, seq);
      }
    }),
  );
  report.submit = { stats, late };
  log(routeTable([{ phase: 'submit', stats }, ...(saves.samples.length ? [{ phase: 'submit', stats: saves }] : []), { phase: 'late', stats: late }]));
  return lateSeq;
}

async function check(ds: DataSource, sessionId: string, cands: SimCandidate[], lateSeq: Map<SimCandidate, number>): Promise<void> {
  const rows = await queryRows<{ attempt_id: string; item_id: string; response: unknown; seq: string }>(
    ds,
    `SELECT attempt_id, item_id, response, seq FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])`,
    [cands.map((c) => c.attemptId)],
  );
  const stored = new Map(rows.map((r) => [`${r.attempt_id}:${r.item_id}`, r]));
  let acked = 0;
  let lost = 0;
  let olderWon = 0;
  let newerUnacked = 0;
  let lateStored = 0;
  const examples: string[] = [];
  for (const c of cands) {
    for (const [itemId, a] of c.acked) {
      acked++;
      const row = stored.get(`${c.attemptId}:${itemId}`);
      const seq = row ? Number(row.seq) : -1;
      if (!row || seq < a.seq) {
        lost++;
        if (examples.length < 5) examples.push(`lost: ${c.username} item ${itemId} acked seq ${a.seq}, stored ${row ? seq : 'nothing'}`);
      } else if (seq === a.seq && JSON.stringify(row.response) !== a.json) {
        olderWon++;
        if (examples.length < 5) examples.push(`wrong answer at seq ${seq}: ${c.username} item ${itemId}`);
      } else if (seq > a.seq) newerUnacked++;
    }
    const ls = lateSeq.get(c);
    if (ls !== undefined && rows.some((r) => r.attempt_id === c.attemptId && Number(r.seq) === ls)) lateStored++;
  }
  const [a] = await queryRows<{ n: number; submitted: number }>(ds, `SELECT count(*)::int AS n, count(*) FILTER (WHERE status <> 'in_progress')::int AS submitted FROM attempt WHERE session_id = $1`, [sessionId]);
  const [j] = await queryRows<{ n: number; d: number }>(
    ds,
    `SELECT count(*)::int AS n, count(DISTINCT payload->>'attemptId')::int AS d FROM job WHERE name = 'grade-attempt' AND payload->>'attemptId' = ANY($1::text[])`,
    [cands.map((c) => c.attemptId)],
  );
  const ackRegressions = cands.reduce((n, c) => n + c.ackRegressions, 0);
  report.check = { acked, lost, olderWon, newerUnacked, lateStored, attempts: a!.n, submitted: a!.submitted, gradeJobs: j!.n, gradeJobAttempts: j!.d, ackRegressions };
  log(`  acknowledged answers checked: ${fmtInt(acked)} (the highest acknowledged seq of every item of every attempt)`);
  log(`  lost (missing, or stored seq below the acknowledged one): ${lost}`);
  log(`  an older answer stored over the newest acknowledged one: ${olderWon}`);
  log(`  stored newer than acknowledged (a save that committed but whose reply was lost): ${newerUnacked}`);
  log(`  acknowledgements that returned a lower seq than sent: ${ackRegressions}`);
  log(`  late saves after submission stored: ${lateStored} of ${lateSeq.size}`);
  log(`  attempts: ${fmtInt(a!.n)}, submitted: ${fmtInt(a!.submitted)}; grading jobs: ${fmtInt(j!.n)} for ${fmtInt(j!.d)} attempts`);
  for (const e of examples) log(`    ${e}`);
}

// ---- main -------------------------------------------------------------------------------------

function changedKnobs(): string[] {
  const out: string[] = [];
  if (S.candidates !== GOAL.candidates) out.push(`BENCH_CANDIDATES=${S.candidates} (goal: ${GOAL.candidates})`);
  if (S.steadyS !== GOAL.steadyS) out.push(`BENCH_STEADY_S=${S.steadyS} (goal: ${GOAL.steadyS} s = 5 min)`);
  if (S.startWindowS !== GOAL.startWindowS) out.push(`BENCH_START_WINDOW_S=${S.startWindowS} (goal: ${GOAL.startWindowS})`);
  return out;
}

function goals(): GoalResult[] {
  const g: GoalResult[] = [];
  const chk = report.check;
  const g1 = report.g1;
  if (g1 && chk) {
    const s = g1.stats.summary();
    const ok = s.p99 < GOAL.g1P99 && g1.stats.non2xx === 0 && chk.lost === 0 && chk.olderWon === 0;
    g.push({ id: 'G1', what: `steady autosave, ${fmtInt(S.candidates)} candidates, ${S.steadyS} s`, goal: 'p99 < 100 ms, 0 non-2xx, 0 lost', measured: `p99 ${fmtMs(s.p99)} ms, ${g1.stats.non2xx} non-2xx, ${chk.lost} lost; ${fmtInt(g1.perSecond)} answers/s in ${fmtInt(s.n / g1.seconds)} requests/s`, pass: ok });
  } else g.push({ id: 'G1', what: 'steady autosave', goal: 'p99 < 100 ms, 0 non-2xx, 0 lost', measured: '-', pass: null });
  const b1 = report.b1;
  if (b1 && g1) {
    const candidates = [...(g1.stats.summary().p99 < GOAL.g1P99 && g1.stats.non2xx === 0 ? [g1.perSecond] : []), ...report.probe.filter((p) => p.s.p99 < GOAL.g1P99 && p.non2xx === 0).map((p) => p.perSecond)];
    const best = candidates.length ? Math.max(...candidates) : 0;
    const ratio = best / b1.perSecond;
    g.push({ id: 'G1 ratio', what: 'saves/s sustained at p99 < 100 ms vs B1', goal: '≥ 10 % of B1', measured: `${fmtInt(best)} / ${fmtInt(b1.perSecond)} = ${(ratio * 100).toFixed(1)} %`, pass: ratio >= GOAL.ratio });
  } else g.push({ id: 'G1 ratio', what: 'saves/s at p99 < 100 ms vs B1', goal: '≥ 10 % of B1', measured: '-', pass: null });
  const g2 = report.g2;
  if (g2 && chk) {
    const s = g2.stats.summary();
    const ok = s.p99 < GOAL.g2P99 && chk.lost === 0 && chk.olderWon === 0 && g2.unflushed === 0 && g2.flush.max <= GOAL.g2FlushS * 1000 && g2.stats.non2xx === 0;
    g.push({ id: 'G2', what: `reconnect storm, ${fmtInt(S.candidates)} flush their queues`, goal: 'all within 5 s, p99 < 500 ms, 0 lost, no older over newer', measured: `slowest queue ${fmtS(g2.flush.max)} s, p99 ${fmtMs(s.p99)} ms, ${chk.lost} lost, ${chk.olderWon} older over newer`, pass: ok });
  } else g.push({ id: 'G2', what: 'reconnect storm', goal: 'p99 < 500 ms, 0 lost', measured: '-', pass: null });
  const g3 = report.g3;
  if (g3) {
    const s = g3.stats.summary();
    const one = g3.attempts === S.candidates && g3.distinctCandidates === S.candidates && g3.created === S.candidates && g3.doubleMismatch === 0 && g3.failed === 0;
    g.push({ id: 'G3', what: `start spike, ${fmtInt(S.candidates)} starts in ${S.startWindowS} s`, goal: 'p99 < 1 s, exactly one attempt each', measured: `p99 ${fmtMs(s.p99)} ms, ${fmtInt(g3.attempts)} attempts / ${fmtInt(g3.distinctCandidates)} candidates, ${g3.doubleMismatch} split double clicks`, pass: s.p99 < GOAL.g3P99 && one });
  } else g.push({ id: 'G3', what: 'start spike', goal: 'p99 < 1 s, one attempt each', measured: '-', pass: null });
  return g;
}

async function main(): Promise<void> {
  log(`bench:sitting — node ${process.version}, ${os.cpus().length} cpus, load ${load()}`);
  log(`settings: ${JSON.stringify({ ...S, databaseUrl: undefined, redisUrl: undefined })}`);
  const changed = changedKnobs();
  if (changed.length) log(`NOTE: not the goal's sizes: ${changed.join(', ')}`);
  const config = parseConfig({ DATABASE_URL: S.databaseUrl, REDIS_URL: S.redisUrl, QUEUE_PREFIX: S.queuePrefix, DB_POOL_SIZE: '10' }, { joinPath: (...p) => p.join('/') });
  let ds: DataSource | undefined;
  let api: ApiProcess | undefined;
  let http: HttpClient | undefined;
  try {
    section('1. migrate, reference data, demo bank');
    let t0 = performance.now();
    ({ ds } = await openDatabase(config.database, { migrate: true }));
    await seedReferenceData(ds, findReferenceDataDir(__dirname));
    const demo = await seedDemoData(ds, `Bench-${Date.now().toString(36)}-Pw1`);
    const [pg] = await queryRows<{ v: string; sc: string; fsync: string }>(ds, `SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fsync`);
    log(`  PostgreSQL ${pg!.v} (synchronous_commit ${pg!.sc}, fsync ${pg!.fsync}); ${demo.questions} demo questions, in ${fmtS(since(t0))} s`);

    section(`2. session, ${fmtInt(S.candidates)} candidates (SQL), papers assembled ahead of the window`);
    t0 = performance.now();
    const session = await createSession(ds);
    const cands = await createCandidates(ds, session.id, S.candidates);
    log(`  session ${session.id} (${session.durationMinutes} min, grace ${session.graceSeconds} s); ${fmtInt(cands.length)} candidates registered and logged in, in ${fmtS(since(t0))} s`);
    t0 = performance.now();
    const assembled = await assemblePapers(ds, session.id, (pct) => log(`  assembling papers: ${pct} %  (${fmtS(since(t0))} s)`));
    log(`  ${fmtInt(assembled)} papers assembled and checked in ${fmtS(since(t0))} s (${fmtMs(since(t0) / Math.max(1, assembled))} ms per paper) — setup, not a goal`);
    await ds.query('VACUUM ANALYZE');

    section(`3. B1: raw seq-guarded upsert, 16 clients, ${S.b1S} s`);
    report.b1 = await measureB1(S.databaseUrl, 16, S.b1S, S.candidates * 47, rng);
    log(`  ${fmtInt(report.b1.upserts)} upserts = ${fmtInt(report.b1.perSecond)} upserts/s (synchronous_commit ${report.b1.synchronousCommit}); latency p50 ${fmtMs(report.b1.latency.p50)} ms, p99 ${fmtMs(report.b1.latency.p99)} ms`);

    section(`4. the API: dist/apps/api/src/main.js as a child process (DB_POOL_SIZE ${S.apiPool}, no worker: grading jobs wait in the queue)`);
    api = await startApi(ROOT, { DATABASE_URL: S.databaseUrl, REDIS_URL: S.redisUrl, QUEUE_PREFIX: S.queuePrefix, DB_POOL_SIZE: String(S.apiPool) });
    http = new HttpClient(api.port, S.candidates * 2);
    log(`  listening on 127.0.0.1:${api.port} (pid ${api.child.pid}); load ${load()}`);

    section(`5. G3 start spike: ${fmtInt(S.candidates)} starts spread over ${S.startWindowS} s, ${S.doubleStartPercent} % double clicks`);
    const started = await startSpike(http, session.id, cands, ds);

    section(`6. G1 steady autosave: ${fmtInt(started.length)} candidates, ${S.changesMin}–${S.changesMax} changed answers every ${S.tickS} s, for ${S.steadyS} s${S.steadyS < GOAL.steadyS ? ` (SHORTER than the goal's ${GOAL.steadyS} s: BENCH_STEADY_S)` : ''}`);
    await steady(http, started);

    section(`7. G2 reconnect storm: ${S.outageTicks} ticks offline, everyone reconnects within ${S.stormSpreadMs} ms and flushes`);
    await storm(http, started);

    section(`8. capacity probe: closed-loop saves, ${S.probeS} s per step`);
    await probe(http, started);

    section(`9. submit within ${S.submitWindowS} s; a tenth then try a late save`);
    const lateSeq = await submitAll(http, started);

    section('10. lost-answer check against PostgreSQL');
    await check(ds, session.id, started, lateSeq);

    section('all routes');
    const rows: { phase: string; stats: RouteStats; seconds?: number }[] = [];
    if (report.g3) rows.push({ phase: 'G3 start', stats: report.g3.stats });
    if (report.g1) rows.push({ phase: 'G1 steady', stats: report.g1.stats, seconds: report.g1.seconds });
    if (report.g2) rows.push({ phase: 'G2 storm', stats: report.g2.stats });
    if (report.submit) rows.push({ phase: 'submit', stats: report.submit.stats }, { phase: 'late save', stats: report.submit.late });
    log(routeTable(rows));
    for (const r of rows) for (const f of r.stats.failures) log(`  ${r.phase} failure: ${f}`);
  } finally {
    http?.close();
    if (api) {
      const code = await api.stop();
      if (code !== 0) log(`  the API exited with ${code}:\n${api.log()}`);
    }
    if (ds?.isInitialized) await ds.destroy();
  }

  section('summary');
  log(`  load ${load()}; ${os.cpus().length} cpus shared by PostgreSQL, Redis, the API and this load generator`);
  if (http) log(`  requests sent again after the server closed their reused keep-alive socket (a browser does the same): ${http.retriedResets}`);
  if (report.b1) log(`  B1 baseline: ${fmtInt(report.b1.perSecond)} upserts/s at 16 clients (reference on such a machine: ≈ 9,700)`);
  if (changed.length) log(`  NOTE: not the goal's sizes: ${changed.join(', ')}`);
  log(formatGoals(goals()));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
