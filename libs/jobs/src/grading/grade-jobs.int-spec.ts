import { createTestDatabase, insertJob, preparedOn, queryRows, seedSubmittedAttempts, type TestDatabase, writeGrading } from '@cm/db';
import { PROCESSORS } from '../processors/registry';
import { GradingBatcher } from '../runtime/grading-batch';
import { gradeJobs } from './grade-jobs';

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`;

describe('batch grading (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, runId);
  });
  afterAll(async () => {
    await db.drop();
  });

  const jobRow = async (id: string) => (await queryRows<{ state: string; attempts: number; result: Record<string, unknown> | null; error: { code: string } | null }>(db.ds, `SELECT state, attempts, result, error FROM job WHERE id = $1`, [id]))[0]!;
  const gradedEvents = async (attemptIds: string[]) =>
    (await queryRows<{ n: number }>(db.ds, `SELECT count(*)::int AS n FROM audit_event WHERE action = 'attempt.graded' AND entity_id = ANY($1::text[])`, [attemptIds]))[0]!.n;

  it('one batch settles every kind of job in one write, and a second delivery changes nothing', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 5, items: 20, jobs: true });
    const open = await seedSubmittedAttempts(db.ds, { attempts: 1, items: 5, status: 'in_progress' });
    const insert = (name: string, payload: unknown) => db.ds.transaction((m) => insertJob(m, { name, payload }));
    const notSubmitted = await insert('grade-attempt', { attemptId: open.attemptIds[0] });
    const missing = await insert('grade-attempt', { attemptId: '00000000-0000-4000-8000-000000000000' });
    const invalid = await insert('grade-attempt', { attemptId: 'not-a-uuid' });
    const other = await insert('noop-probe', { note: 'not grading' });
    const ids = [...fx.jobs.map((j) => j.id), notSubmitted.id, missing.id, invalid.id, other.id];

    const { byJob, other: others } = await gradeJobs(db.ds, ids, 'self');

    expect(others).toEqual([other.id]);
    expect(byJob.get(other.id)).toEqual({ outcome: 'skipped' });
    expect((await jobRow(other.id)).state).toBe('waiting'); // left for the general path
    for (const j of fx.jobs) expect(byJob.get(j.id)).toMatchObject({ outcome: 'completed', result: { status: 'graded' } });
    expect(byJob.get(notSubmitted.id)).toMatchObject({ outcome: 'refused', error: { code: 'ATTEMPT_NOT_SUBMITTED' } });
    expect(byJob.get(missing.id)).toMatchObject({ outcome: 'refused', error: { code: 'ATTEMPT_MISSING' } });
    expect(byJob.get(invalid.id)).toMatchObject({ outcome: 'refused', error: { code: 'INVALID_PAYLOAD' } });
    for (const [id, code] of [[notSubmitted.id, 'ATTEMPT_NOT_SUBMITTED'], [missing.id, 'ATTEMPT_MISSING'], [invalid.id, 'INVALID_PAYLOAD']] as const) {
      expect(await jobRow(id)).toMatchObject({ state: 'failed', attempts: 1, error: { code } });
    }
    for (const j of fx.jobs) expect(await jobRow(j.id)).toMatchObject({ state: 'completed', attempts: 1, result: { status: 'graded' } });

    // Every attempt: graded, one jsonb object of 20 objective points, the same totals the view gives.
    const attempts = await queryRows<{ id: string; status: string; score: string; keys: number; earned: string; possible: string }>(
      db.ds,
      `SELECT a.id, a.status, a.score, (SELECT count(*)::int FROM jsonb_object_keys(a.objective_scores)) AS keys,
         (SELECT sum(earned_cents) FROM item_score s WHERE s.attempt_id = a.id) AS earned, (SELECT sum(max_cents) FROM item_score s WHERE s.attempt_id = a.id) AS possible
       FROM attempt a WHERE a.id = ANY($1::uuid[])`,
      [fx.attemptIds],
    );
    expect(attempts).toHaveLength(5);
    for (const a of attempts) {
      expect(a).toMatchObject({ status: 'graded', keys: 20 });
      expect(Number(a.possible)).toBe(10000);
      expect(Number(a.score)).toBeCloseTo(Number(a.earned) / 100, 2);
    }
    expect(await gradedEvents(fx.attemptIds)).toBe(5);
    expect((await queryRows<{ n: number }>(db.ds, `SELECT count(*)::int AS n FROM attempt_item_score WHERE attempt_id = ANY($1::uuid[])`, [fx.attemptIds]))[0]!.n).toBe(0);

    // Delivered again (a worker died before acknowledging): nothing to claim, nothing written twice.
    const again = await gradeJobs(db.ds, ids, 'self');
    for (const id of ids.filter((x) => x !== other.id)) expect(again.byJob.get(id)).toEqual({ outcome: 'skipped' });
    expect(await gradedEvents(fx.attemptIds)).toBe(5);
  });

  it('a job claimed by a live worker is skipped; an attempt already graded completes its job without grading again', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 2, items: 10, jobs: true });
    const [held, redelivered] = fx.jobs;
    await db.ds.query(`UPDATE job SET state = 'active', attempts = 1, locked_until = now() + interval '1 minute' WHERE id = $1`, [held!.id]);
    // The second attempt was graded by an earlier delivery whose completion was lost.
    await gradeJobs(db.ds, [redelivered!.id], 'self');
    await db.ds.query(`UPDATE job SET state = 'waiting', result = NULL WHERE id = $1`, [redelivered!.id]);
    const { byJob } = await gradeJobs(db.ds, [held!.id, redelivered!.id], 'self');
    expect(byJob.get(held!.id)).toEqual({ outcome: 'skipped' });
    expect(byJob.get(redelivered!.id)).toMatchObject({ outcome: 'completed', result: { status: 'graded', alreadyGraded: true } });
    expect((await queryRows<{ status: string }>(db.ds, `SELECT status FROM attempt WHERE id = $1`, [fx.attemptIds[0]]))[0]!.status).toBe('submitted');
    expect(await gradedEvents([fx.attemptIds[1]!])).toBe(1);
  });

  it('a grade computed for an attempt that got graded meanwhile is not written, and its job is left for the next delivery', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 1, items: 5, jobs: true });
    const [job] = fx.jobs;
    await db.ds.query(`UPDATE attempt SET status = 'graded', score = 55, passed = false WHERE id = $1`, [fx.attemptIds[0]]);
    const result = { score: 99, standardScore: null, earned: 99, possible: 100, areas: [], knowledgeItems: [] };
    const written = await writeGrading(
      preparedOn(db.ds),
      [{ jobId: job!.id, kind: 'graded', attemptId: fx.attemptIds[0]!, status: 'graded', score: 99, passed: true, result, objectiveScores: { 'it-1': 2000 }, pendingMarking: 0, jobResult: { status: 'graded', score: 99 } }],
      [],
      'self',
    );
    expect(written.size).toBe(0);
    expect(await jobRow(job!.id)).toMatchObject({ state: 'waiting', attempts: 0 });
    const [a] = await queryRows<{ score: string; objective_scores: unknown }>(db.ds, `SELECT score, objective_scores FROM attempt WHERE id = $1`, [fx.attemptIds[0]]);
    expect(a).toEqual({ score: '55.00', objective_scores: null });
    expect(await gradedEvents(fx.attemptIds)).toBe(0);
    // The next delivery completes the job with what the attempt holds.
    const { byJob } = await gradeJobs(db.ds, [job!.id], 'self');
    expect(byJob.get(job!.id)).toMatchObject({ outcome: 'completed', result: { status: 'graded', score: 55, alreadyGraded: true } });
  });

  it('a paper a regrade pointed at a corrected version is read again, not taken from memory', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 2, items: 10, jobs: true, rightShare: 1 });
    await gradeJobs(db.ds, [fx.jobs[0]!.id], 'self'); // the paper is now in memory
    // it-1 is a single choice keyed A that everyone got right; the corrected version keys B.
    const [form] = await queryRows<{ items: { id: string; versionId: string }[] }>(db.ds, `SELECT items FROM exam_form WHERE id = $1`, [fx.formId]);
    const old = form!.items.find((i) => i.id === 'it-1')!.versionId;
    const [{ id: corrected }] = await queryRows<{ id: string }>(
      db.ds,
      `INSERT INTO question_version (question_id, version, syllabus_node_id, type, stem, stem_norm, options, answer, difficulty, requirement, usage, status, author_id)
       SELECT question_id, version + 1, syllabus_node_id, type, stem, stem_norm, options, '"B"'::jsonb, difficulty, requirement, usage, status, author_id FROM question_version WHERE id = $1
       RETURNING id`,
      [old],
    );
    await db.ds.query(
      `UPDATE exam_form SET items = (SELECT jsonb_agg(CASE WHEN fi->>'id' = 'it-1' THEN jsonb_set(fi, '{versionId}', to_jsonb($2::text)) ELSE fi END ORDER BY n) FROM jsonb_array_elements(items) WITH ORDINALITY x(fi, n)) WHERE id = $1`,
      [fx.formId, corrected],
    );
    await gradeJobs(db.ds, [fx.jobs[1]!.id], 'self');
    const scores = await queryRows<{ id: string; it1: string; version: string }>(
      db.ds,
      `SELECT a.id, a.objective_scores->>'it-1' AS it1, (SELECT version_id::text FROM item_score s WHERE s.attempt_id = a.id AND s.item_id = 'it-1') AS version
       FROM attempt a WHERE a.id = ANY($1::uuid[])`,
      [fx.attemptIds],
    );
    const byId = new Map(scores.map((s) => [s.id, s]));
    expect(Number(byId.get(fx.attemptIds[0]!)!.it1)).toBe(1000); // graded before, with key A
    expect(Number(byId.get(fx.attemptIds[1]!)!.it1)).toBe(0); // graded after, with the corrected key
    expect(byId.get(fx.attemptIds[1]!)!.version).toBe(corrected);
  });

  it('the batcher grades deliveries held together; a batch that fails as a whole falls back to one job at a time', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 12, items: 10, jobs: true, maxAttempts: 3 });
    const poison = fx.attemptIds[3]!;
    await db.ds.query(`CREATE FUNCTION poison_batch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.id = '${poison}' AND NEW.objective_scores IS NOT NULL THEN RAISE EXCEPTION 'poisoned answer sheet'; END IF; RETURN NEW; END $$`);
    await db.ds.query(`CREATE TRIGGER poison_batch BEFORE UPDATE ON attempt FOR EACH ROW EXECUTE FUNCTION poison_batch()`);
    try {
      const errors: string[] = [];
      const batcher = new GradingBatcher({ ds: db.ds, registry: PROCESSORS, log: { error: (_o, msg) => void errors.push(msg) }, maxBatch: 5, maxInFlight: 2 });
      const outcomes = await Promise.all(fx.jobs.map((j) => batcher.run(j.id))).finally(() => batcher.close());
      const poisonJob = fx.jobs[3]!.id;
      expect(outcomes.filter((o) => o === 'completed')).toHaveLength(11);
      expect(outcomes[3]).toBe('retry'); // back to the queue with backoff, as any fault
      expect(errors).toContain('grading batch failed; its jobs run one at a time');
      expect(await jobRow(poisonJob)).toMatchObject({ state: 'waiting', attempts: 1, error: { code: 'JOB_ERROR' } });
      expect(await gradedEvents(fx.attemptIds)).toBe(11);
    } finally {
      await db.ds.query(`DROP TRIGGER IF EXISTS poison_batch ON attempt`);
    }
  });
});
