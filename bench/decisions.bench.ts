/**
 * G7 (docs/quality-bars.md): level recommendations for 3,000 candidates as a batch in ≤ 10 s.
 *
 * Run by `npm run bench:decisions` (infra/scripts/run-bench.mjs), which builds this file with the
 * server, creates a fresh database and Redis prefix and passes DATABASE_URL, REDIS_URL,
 * QUEUE_PREFIX and BENCH_RUN_ID. Steps:
 *   1. migrate, seed the reference data;
 *   2. generate one published VIP 三级 session of N candidates (default 3,000) in set-based SQL:
 *      graded attempts with scores and knowledge-item standard scores, one rating campaign each
 *      (supervisor, two peers, self; ~90 % of ratings submitted, 14 items each), a few candidates
 *      without a campaign or without an exam; VACUUM ANALYZE — timed, not a goal;
 *   3. baseline in the same run: the raw SQL read of every input of the batch (campaigns, their
 *      submitted rating items, the latest published attempts, levels held) through `pg`, no
 *      processing, no writes;
 *   4. the batch itself, as the job runs it (recommendSession from @cm/jobs: set-based reads,
 *      the pure rules of libs/domain, one INSERT of decisions and one of audit rows per chunk of
 *      500), BENCH_RUNS times, the decisions deleted between runs;
 *   5. end to end through the queue: a `recommend-session` job row dispatched to BullMQ and run
 *      by a queue worker; the job row is polled until it completes (this is the G7 figure);
 *   6. a summary: goal, measured, PASS/MISS, and the batch against the read-only baseline.
 *      Exit 0 when the goal is missed (a report), non-zero only on errors.
 *
 * Knobs (quick trials; the goal is judged at the defaults): BENCH_CANDIDATES (3000), BENCH_RUNS (3).
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { parseConfig } from '@cm/contracts';
import { BullmqDispatcher, createRedisConnection, currentPolicy, findReferenceDataDir, insertJob, openDatabase, queryRows, seedReferenceData } from '@cm/db';
import { recommendSession, startQueueWorker, type RunningWorker } from '@cm/jobs';
import { since, sleep, withTimeout } from './lib/load';
import { fmtInt, fmtMs, fmtS, formatGoals, formatTable, ratioLine, summarize, type GoalResult } from './lib/stats';
import { intEnv, requiredEnv } from './lib/env';

const GOAL_CANDIDATES = 3_000;
const GOAL_S = 10;
const STEP_TIMEOUT_MS = 300_000;


const env = {
  databaseUrl: requiredEnv('DATABASE_URL', 'decisions'),
  redisUrl: requiredEnv('REDIS_URL', 'decisions'),
  queuePrefix: process.env.QUEUE_PREFIX ?? `cmbench-manual${Date.now().toString(36)}`,
  runId: process.env.BENCH_RUN_ID ?? 'manual',
  candidates: intEnv('BENCH_CANDIDATES', GOAL_CANDIDATES),
  runs: intEnv('BENCH_RUNS', 3),
};

const log = (line = '') => console.log(line);
const section = (title: string) => log(`\n=== ${title}`);

interface Fixture {
  sessionId: string;
  officerId: string;
  trackId: string;
  level: number;
}

// ---- 2. the session, its attempts and ratings (set-based SQL) ---------------------------------

async function generate(ds: DataSource, n: number): Promise<Fixture> {
  const [track] = await queryRows<{ id: string }>(ds, `SELECT id FROM track WHERE code = 'vip-service-manager'`);
  const level = 2;
  const [bp] = await queryRows<{ id: string }>(ds, `SELECT id FROM blueprint WHERE track_id = $1 AND level = $2 AND status = 'active'`, [track!.id, level]);
  const policy = await currentPolicy(ds);
  const [model] = await queryRows<{ id: string }>(ds, `SELECT id FROM competency_model WHERE track_id = $1 AND status = 'active'`, [track!.id]);
  const users = `INSERT INTO app_user (username, password_hash, display_name, roles) VALUES ($1, 'bench-no-login', $2, $3) RETURNING id`;
  const [officer] = await queryRows<{ id: string }>(ds, users, ['bench-officer', '压测认证员', ['officer']]);
  const raters: string[] = [];
  for (const [u, name] of [['bench-sup', '压测主管'], ['bench-peer1', '压测同事甲'], ['bench-peer2', '压测同事乙']]) raters.push((await queryRows<{ id: string }>(ds, users, [u, name, ['candidate']]))[0]!.id);
  await ds.query(
    `INSERT INTO app_user (username, password_hash, display_name, roles, profile)
     SELECT 'bench-c' || lpad(g::text, 5, '0'), 'bench-no-login', '考生' || g, ARRAY['candidate'], '{"positionLevel": 1}'::jsonb FROM generate_series(1, $1) g`,
    [n],
  );
  // Half hold 四级 already (the level below), which the knowledge items fall back to.
  await ds.query(
    `INSERT INTO candidate_level (candidate_id, track_id, level, effective_at, source, reason)
     SELECT id, $1, 1, now() - interval '400 days', 'legacy', 'bench' FROM app_user WHERE username LIKE 'bench-c%' AND right(username, 1) IN ('0','2','4','6','8')`,
    [track!.id],
  );
  const [s] = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO exam_session (blueprint_id, track_id, level, title, opens_at, closes_at, duration_minutes, form_mode, published_at, published_by)
     VALUES ($1, $2, $3, '压测场次', now() - interval '1 day', now() - interval '20 hours', 100, 'per_candidate', now(), $4) RETURNING id`,
    [bp!.id, track!.id, level, officer!.id],
  );
  await ds.query(`INSERT INTO registration (session_id, candidate_id) SELECT $1, id FROM app_user WHERE username LIKE 'bench-c%'`, [s!.id]);
  await ds.query(`INSERT INTO exam_form (session_id, candidate_id, blueprint_id, seed, items) SELECT $1, id, $2, 'bench', '[]' FROM app_user WHERE username LIKE 'bench-c%'`, [s!.id, bp!.id]);
  // Deterministic pseudo-random numbers from ids: 1 in 40 candidates did not sit (no attempt).
  const h = (expr: string, mod: number) => `(abs(hashtext(${expr})) % ${mod})`;
  await ds.query(
    `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline, submitted_at, submitted_by, score, passed, result, graded_at)
     SELECT $1, f.candidate_id, f.id, 'graded', now() - interval '21 hours', now() - interval '21 hours', 'candidate', sc.score, sc.score >= 60,
            jsonb_build_object('score', sc.score, 'passed', sc.score >= 60, 'standardScore', sc.score, 'areas', '[]'::jsonb,
              'knowledgeItems', (SELECT jsonb_agg(jsonb_build_object('itemId', i.id, 'standardScore', greatest(0, least(100, sc.score + ${h("i.code || f.candidate_id::text", 21)} - 10))))
                                 FROM competency_item i WHERE i.model_id = $2 AND i.assessment = 'exam')), now()
     FROM exam_form f CROSS JOIN LATERAL (SELECT (40 + ${h("f.candidate_id::text || 'score'", 6000)} / 100.0)::numeric(5,2) AS score) sc
     WHERE f.session_id = $1 AND ${h("f.candidate_id::text || 'sat'", 40)} <> 0`,
    [s!.id, model!.id],
  );
  // A campaign for 39 in 40 candidates: supervisor, two peers, self.
  await ds.query(
    `INSERT INTO rating_campaign (candidate_id, track_id, target_level, model_id, policy_id, due_at, created_by)
     SELECT id, $1, $2, $3, $4, now() + interval '7 days', $5 FROM app_user WHERE username LIKE 'bench-c%' AND ${h("id::text || 'camp'", 40)} <> 0`,
    [track!.id, level, model!.id, policy.id, officer!.id],
  );
  await ds.query(
    `INSERT INTO rating (campaign_id, rater_id, relation, status, saved_at, submitted_at)
     SELECT c.id, r.rater_id, r.relation, CASE WHEN r.relation = 'supervisor' OR ${h("c.id::text || r.relation || r.rater_id::text", 10)} <> 0 THEN 'submitted' ELSE 'pending' END,
            now(), CASE WHEN r.relation = 'supervisor' OR ${h("c.id::text || r.relation || r.rater_id::text", 10)} <> 0 THEN now() END
     FROM rating_campaign c CROSS JOIN LATERAL (VALUES ($1::uuid, 'supervisor'), ($2::uuid, 'peer'), ($3::uuid, 'peer'), (c.candidate_id, 'self')) AS r(rater_id, relation)`,
    raters,
  );
  // Levels around the standard (2): mostly 2, some 3, a few 1 and 4.
  await ds.query(
    `INSERT INTO rating_item (rating_id, item_id, level, evidence)
     SELECT r.id, i.id, lv.level, CASE WHEN lv.level >= 3 THEN '压测证据' END
     FROM rating r JOIN competency_item i ON i.model_id = $1 AND i.assessment = 'rating'
     CROSS JOIN LATERAL (SELECT (ARRAY[1,2,2,2,2,2,2,2,2,3,3,4])[1 + ${h("r.id::text || i.id::text", 12)}] AS level) lv
     WHERE r.status = 'submitted'`,
    [model!.id],
  );
  await ds.query(`VACUUM ANALYZE`);
  return { sessionId: s!.id, officerId: officer!.id, trackId: track!.id, level };
}

async function counts(ds: DataSource, sessionId: string) {
  const [c] = await queryRows<Record<string, number>>(
    ds,
    `SELECT (SELECT count(*)::int FROM registration WHERE session_id = $1) AS registered,
            (SELECT count(*)::int FROM attempt WHERE session_id = $1) AS attempts,
            (SELECT count(*)::int FROM rating_campaign) AS campaigns,
            (SELECT count(*)::int FROM rating) AS ratings,
            (SELECT count(*)::int FROM rating WHERE status = 'submitted') AS submitted,
            (SELECT count(*)::int FROM rating_item) AS rating_items`,
    [sessionId],
  );
  return c!;
}

// ---- 3. baseline: the raw read of the inputs ---------------------------------------------------

async function baselineRead(pg: Client, f: Fixture): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const ids = (await pg.query(`SELECT candidate_id FROM registration WHERE session_id = $1 AND status = 'registered'`, [f.sessionId])).rows.map((r) => r.candidate_id as string);
  let rows = ids.length;
  const camps = await pg.query(
    `SELECT DISTINCT ON (candidate_id) id, candidate_id, model_id FROM rating_campaign WHERE candidate_id = ANY($1::uuid[]) AND track_id = $2 AND status = 'open' ORDER BY candidate_id, created_at DESC`,
    [ids, f.trackId],
  );
  rows += camps.rowCount ?? 0;
  const items = await pg.query(
    `SELECT r.campaign_id, r.relation, ri.item_id, ri.level FROM rating r JOIN rating_item ri ON ri.rating_id = r.id WHERE r.campaign_id = ANY($1::uuid[]) AND r.status = 'submitted'`,
    [camps.rows.map((c) => c.id)],
  );
  rows += items.rowCount ?? 0;
  const exams = await pg.query(
    `SELECT DISTINCT ON (a.candidate_id) a.id, a.candidate_id, a.score, a.result->'knowledgeItems' AS ki FROM attempt a JOIN exam_session s ON s.id = a.session_id
     WHERE a.candidate_id = ANY($1::uuid[]) AND s.track_id = $2 AND s.level = $3 AND s.published_at IS NOT NULL AND a.status = 'graded' ORDER BY a.candidate_id, a.submitted_at DESC`,
    [ids, f.trackId, f.level],
  );
  rows += exams.rowCount ?? 0;
  const held = await pg.query(`SELECT candidate_id, max(level) FROM candidate_level WHERE candidate_id = ANY($1::uuid[]) AND track_id = $2 AND revoked_at IS NULL GROUP BY candidate_id`, [ids, f.trackId]);
  rows += held.rowCount ?? 0;
  return { ms: since(t0), rows };
}

// ---- main -------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  log(`bench:decisions run ${env.runId}: node ${process.version}, ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`${fmtInt(env.candidates)} candidates, ${env.runs} direct runs + 1 run through the queue`);
  const config = parseConfig(
    { DATABASE_URL: env.databaseUrl, REDIS_URL: env.redisUrl, QUEUE_PREFIX: env.queuePrefix, LOG_LEVEL: 'silent', PORT: '0', NODE_ENV: 'production' },
    { joinPath: (...p) => path.join(...p) },
  );
  let ds: DataSource | undefined;
  let workerDs: DataSource | undefined;
  let worker: RunningWorker | undefined;
  let pg: Client | undefined;
  const producer = createRedisConnection(env.redisUrl);
  const errors: string[] = [];
  const direct: number[] = [];
  let baseline: number[] = [];
  let jobMs: number | null = null;
  let jobResult: unknown = null;
  try {
    section('1. migrate, reference data');
    let t0 = performance.now();
    ds = (await withTimeout(openDatabase(config.database, { migrate: true }), STEP_TIMEOUT_MS, 'migrations')).ds;
    await withTimeout(seedReferenceData(ds, findReferenceDataDir(__dirname)), STEP_TIMEOUT_MS, 'reference data');
    log(`  done in ${fmtS(since(t0))} s`);

    section(`2. generate a published session of ${fmtInt(env.candidates)} candidates with exams and ratings (timed, not a goal)`);
    t0 = performance.now();
    const f = await withTimeout(generate(ds, env.candidates), STEP_TIMEOUT_MS, 'generation');
    const c = await counts(ds, f.sessionId);
    log(`  ${fmtInt(c.registered!)} registered, ${fmtInt(c.attempts!)} graded attempts, ${fmtInt(c.campaigns!)} campaigns, ${fmtInt(c.ratings!)} ratings (${fmtInt(c.submitted!)} submitted), ${fmtInt(c.rating_items!)} rated items, in ${fmtS(since(t0))} s`);

    section('3. baseline: the raw SQL read of every input through pg (no processing, no writes)');
    pg = new Client({ connectionString: env.databaseUrl });
    await pg.connect();
    await baselineRead(pg, f); // warm-up
    const reads: { ms: number; rows: number }[] = [];
    for (let i = 0; i < 5; i++) reads.push(await baselineRead(pg, f));
    baseline = reads.map((r) => r.ms);
    log(`  ${fmtInt(reads[0]!.rows)} rows read; 5 runs: ${baseline.map((x) => fmtMs(x)).join(', ')} ms (median ${fmtMs(summarize(baseline).p50)} ms)`);

    section(`4. the batch as the job runs it (recommendSession), ${env.runs} runs`);
    const rows: string[][] = [];
    for (let i = 0; i < env.runs; i++) {
      await ds.query(`DELETE FROM level_decision`);
      const progress: number[] = [];
      t0 = performance.now();
      const r = await withTimeout(recommendSession(ds, { sessionId: f.sessionId, actorId: f.officerId, jobId: null }, async (p) => void progress.push(p)), STEP_TIMEOUT_MS, 'batch');
      const ms = since(t0);
      direct.push(ms);
      const [{ n }] = (await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM level_decision WHERE session_id = $1`, [f.sessionId])) as [{ n: number }];
      if (n !== r.candidates) throw new Error(`expected ${r.candidates} decisions, found ${n}`);
      rows.push([String(i + 1), fmtS(ms), fmtMs(ms / r.candidates), fmtInt(r.requested), fmtInt(r.recommended), fmtInt(r.refused), progress.join(' ')]);
    }
    log(formatTable([{ header: 'run' }, { header: 's', align: 'right' }, { header: 'ms/candidate', align: 'right' }, { header: 'requested', align: 'right' }, { header: 'recommended', align: 'right' }, { header: 'refused', align: 'right' }, { header: 'progress' }], rows));
    const [{ audits }] = (await queryRows<{ audits: number }>(ds, `SELECT count(*)::int AS audits FROM audit_event WHERE action = 'level_decision.requested'`)) as [{ audits: number }];
    log(`  audit rows level_decision.requested: ${fmtInt(audits)} (one per decision per run; the log is append-only)`);

    section('5. end to end: a recommend-session job through BullMQ and a queue worker');
    await ds.query(`DELETE FROM level_decision`);
    workerDs = (await openDatabase(config.database, { migrate: false })).ds;
    worker = startQueueWorker(config, workerDs);
    const dispatcher = new BullmqDispatcher(producer, config.queuePrefix);
    t0 = performance.now();
    const job = await ds.transaction((m) => insertJob(m, { name: 'recommend-session', payload: { sessionId: f.sessionId, actorId: f.officerId }, createdBy: f.officerId }));
    await dispatcher.dispatch(job);
    const seen: number[] = [];
    for (;;) {
      const [row] = await queryRows<{ state: string; progress: number; result: unknown; error: unknown }>(ds, `SELECT state, progress, result, error FROM job WHERE id = $1`, [job.id]);
      if (!seen.includes(row!.progress)) seen.push(row!.progress);
      if (row!.state === 'completed') {
        jobMs = since(t0);
        jobResult = row!.result;
        break;
      }
      if (row!.state === 'failed') throw new Error(`job failed: ${JSON.stringify(row!.error)}`);
      if (since(t0) > STEP_TIMEOUT_MS) throw new Error('job did not finish in time');
      await sleep(25);
    }
    await dispatcher.close();
    log(`  job ${job.id}: completed in ${fmtS(jobMs)} s, progress seen ${seen.join(' → ')}`);
    log(`  result ${JSON.stringify(jobResult)}`);
  } catch (err) {
    errors.push((err as Error).stack ?? String(err));
    console.error(`\nERROR: ${(err as Error).stack ?? String(err)}`);
  } finally {
    if (worker) await worker.close().catch(() => undefined);
    producer.disconnect();
    if (pg) await pg.end().catch(() => undefined);
    if (workerDs?.isInitialized) await workerDs.destroy();
    if (ds?.isInitialized) await ds.destroy();
  }

  const atGoal = env.candidates === GOAL_CANDIDATES ? '' : ` (run at ${fmtInt(env.candidates)}, goal is judged at ${fmtInt(GOAL_CANDIDATES)})`;
  const directMed = direct.length ? summarize(direct).p50 : null;
  const goals: GoalResult[] = [
    { id: 'G7', what: `recommendations for ${fmtInt(env.candidates)} candidates, job end to end${atGoal}`, goal: `≤ ${GOAL_S} s`, measured: jobMs === null ? '—' : `${fmtS(jobMs)} s`, pass: jobMs === null ? null : jobMs <= GOAL_S * 1000 },
    { id: 'G7', what: `the same batch called directly (median of ${direct.length})`, goal: `≤ ${GOAL_S} s`, measured: directMed === null ? '—' : `${fmtS(directMed)} s`, pass: directMed === null ? null : directMed <= GOAL_S * 1000 },
  ];
  section(`summary: G7 level recommendations (run ${env.runId}, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${fmtS(since(started))} s)`);
  log(formatGoals(goals));
  if (directMed !== null && baseline.length) log(`  ${ratioLine('batch (median) vs raw read of its inputs (median)', directMed, summarize(baseline).p50, 'ms', 'read-only baseline')}`);
  if (jobMs !== null && directMed !== null) log(`  ${ratioLine('job end to end vs direct batch', jobMs, directMed, 'ms', 'direct call')}`);
  if (errors.length) log(`  ${errors.length} error(s) above`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
