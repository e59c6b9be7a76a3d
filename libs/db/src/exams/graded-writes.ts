import type { StatementRunner } from '../sql';
import { RESULT_CONTEXT_COLUMNS, type AttemptResult, type ResultContext } from './attempt-result';

/** Whose claim a grading write relies on: `self` claims the jobs in the write itself (a
 * batch: nothing was claimed before); `held` means the caller already holds them (runJob). */
export type GradingClaim = 'self' | 'held';

/** A grading job with what grading needs of its attempt (null fields: no such attempt). */
export interface GradingInputRow {
  job_id: string;
  name: string;
  payload: unknown;
  attempt_id: string | null;
  status: string | null;
  /** numeric, as JSON: a number */
  score: number | string | null;
  form_id: string | null;
  session_id: string | null;
  /** item id → stored response (displayed option keys), for a submitted attempt */
  answers: Record<string, unknown> | null;
}

/** A paper item as grading reads it (exam_form.items). */
export interface GradingFormItem {
  id: string;
  versionId: string;
  areaId: string;
  type: string;
  points: number;
  optionOrder?: string[];
}

/** A session's scoring rules and result context. */
export interface GradingSession extends ResultContext {
  id: string;
  body: { passMark: number; sections: { type: string; scoring?: 'partial' | 'all_or_nothing' }[]; doubleMarking?: { short: boolean; case: boolean } };
}

export interface GradingInput {
  jobs: GradingInputRow[];
  forms: Map<string, GradingFormItem[]>;
  sessions: Map<string, GradingSession>;
}

const CLAIMABLE = `job.state IN ('waiting', 'active') AND (job.locked_until IS NULL OR job.locked_until < now())`;
const HELD = `job.state = 'active'`;

/** The papers graded most recently, by id, with the row version (xmin) they were read at. A
 * fixed paper is shared by a whole session; the read sends a paper's items only when the copy
 * here is not of its current version (a regrade that points it at corrected versions writes a
 * new row version, so a new xmin). Few entries: per-candidate papers are each graded once. */
const papers = new Map<string, { rev: string; items: GradingFormItem[] }>();
const MAX_PAPERS = 32;

/** One read for a batch of grading jobs: the runnable jobs and their attempts with answers,
 * their papers (unless the copy in memory is current) and their sessions' rules and result
 * context. No row is locked: a submitted attempt's answers no longer change, and the write
 * takes the job (the claim) and the attempt (still `submitted`) conditionally. */
export async function readGradingInput(db: StatementRunner, jobIds: readonly string[], claim: GradingClaim): Promise<GradingInput> {
  const known = new Map(papers);
  const [row] = await db.rows<{ jobs: GradingInputRow[] | null; forms: { id: string; rev: string; items: GradingFormItem[] | null }[] | null; sessions: GradingSession[] | null }>(
    `WITH j AS (
       SELECT job.id AS job_id, job.name, job.payload, a.id AS attempt_id, a.status, a.score, a.form_id, a.session_id,
         CASE WHEN a.status = 'submitted' THEN (SELECT json_object_agg(x.item_id, x.response) FROM attempt_answer x WHERE x.attempt_id = a.id) END AS answers
       FROM job LEFT JOIN attempt a
         ON a.id = CASE WHEN job.payload->>'attemptId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (job.payload->>'attemptId')::uuid END
       WHERE job.id = ANY($1::uuid[]) AND ${claim === 'self' ? CLAIMABLE : HELD}
     )
     SELECT (SELECT json_agg(j) FROM j) AS jobs,
       (SELECT json_agg(json_build_object('id', f.id, 'rev', f.xmin::text, 'items', CASE WHEN f.id::text || ':' || f.xmin::text = ANY($2::text[]) THEN NULL ELSE f.items END))
          FROM exam_form f WHERE f.id IN (SELECT form_id FROM j WHERE status = 'submitted')) AS forms,
       (SELECT json_agg(x) FROM (SELECT s.id, b.body, ${RESULT_CONTEXT_COLUMNS}
          FROM exam_session s JOIN track t ON t.id = s.track_id JOIN blueprint b ON b.id = s.blueprint_id
          WHERE s.id IN (SELECT session_id FROM j WHERE status = 'submitted')) x) AS sessions`,
    [jobIds, [...known].map(([id, p]) => `${id}:${p.rev}`)],
  );
  const forms = new Map<string, GradingFormItem[]>();
  for (const f of row?.forms ?? []) {
    // Items left out are those of the copy this read named (another batch may evict it meanwhile).
    const items = f.items ?? known.get(f.id)!.items;
    forms.set(f.id, items);
    papers.delete(f.id);
    papers.set(f.id, { rev: f.rev, items });
    if (papers.size > MAX_PAPERS) papers.delete(papers.keys().next().value!);
  }
  return { jobs: row?.jobs ?? [], forms, sessions: new Map((row?.sessions ?? []).map((s) => [s.id, s])) };
}

/** How one job of a grading write ends. */
export type GradingJobWrite =
  | { jobId: string; kind: 'graded'; attemptId: string; status: 'graded' | 'marking'; score: number | null; passed: boolean | null; result: AttemptResult; objectiveScores: Record<string, number>; pendingMarking: number; jobResult: unknown }
  | { jobId: string; kind: 'done'; jobResult: unknown }
  | { jobId: string; kind: 'refused'; error: { code: string; message: string; details?: unknown } };

/** A subjective answer to be marked: its pending score row and its blind marking rounds. */
export interface MarkingOpening {
  attemptId: string;
  itemId: string;
  versionId: string;
  areaId: string;
  points: number;
  /** [1], or [1, 2] with double marking (arbitration's round 3 is opened by marking) */
  rounds: number[];
}

/** Writes a batch of grading outcomes as ONE statement — one commit, synchronous — so each
 * attempt's totals, objective points (item id → earned cents), marking tasks, audit event and
 * its job's outcome are durable together or not at all. The job row is the claim: a job
 * finished or claimed by someone else meanwhile is not written, and neither is its attempt; a
 * grade is written (and its job completed) only while the attempt is still `submitted`.
 * Returns the job ids it wrote. */
export async function writeGrading(db: StatementRunner, writes: readonly GradingJobWrite[], marking: readonly MarkingOpening[], claim: GradingClaim): Promise<Set<string>> {
  if (!writes.length) return new Set();
  const g = (w: GradingJobWrite) => (w.kind === 'graded' ? w : null);
  const tasks = marking.flatMap((i) => i.rounds.map((round) => ({ i, round })));
  const rows = await db.rows<{ id: string }>(
    `WITH x AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::jsonb[], $5::uuid[], $6::text[], $7::numeric[], $8::boolean[], $9::jsonb[], $10::jsonb[], $11::jsonb[])
         AS x(job_id, job_state, job_result, job_error, attempt_id, status, score, passed, result, scores, audit)
     ), j AS (
       UPDATE job SET state = x.job_state, ${claim === 'self' ? 'attempts = job.attempts + 1,' : ''}
         progress = CASE WHEN x.job_state = 'completed' THEN 100 ELSE job.progress END, result = x.job_result, error = x.job_error,
         locked_until = NULL, finished_at = now(), updated_at = now()
       FROM x WHERE job.id = x.job_id AND ${claim === 'self' ? CLAIMABLE : HELD}
         -- a grade is only recorded for an attempt still waiting for it (graded meanwhile by
         -- another path: the job stays as it is, and its next delivery finds the attempt graded)
         AND (x.status IS NULL OR EXISTS (SELECT 1 FROM attempt WHERE attempt.id = x.attempt_id AND attempt.status = 'submitted'))
       RETURNING job.id, x.attempt_id
     ), a AS (
       UPDATE attempt SET status = x.status, score = x.score, passed = x.passed, result = x.result, objective_scores = x.scores,
         graded_at = CASE WHEN x.status = 'graded' THEN now() ELSE NULL END
       FROM x WHERE attempt.id = x.attempt_id AND x.status IS NOT NULL AND attempt.status = 'submitted' AND x.job_id IN (SELECT id FROM j)
       RETURNING attempt.id
     ), e AS (
       INSERT INTO audit_event (actor_id, action, entity_type, entity_id, data)
       SELECT NULL, CASE WHEN x.status = 'graded' THEN 'attempt.graded' ELSE 'attempt.objective_scored' END, 'attempt', x.attempt_id::text, x.audit
       FROM x WHERE x.attempt_id IN (SELECT id FROM a)
     ), pending AS (
       INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status)
       SELECT p.attempt_id, p.item_id, p.version_id, p.area_id, p.max_cents, NULL, 'pending_marking'
       FROM unnest($12::uuid[], $13::text[], $14::uuid[], $15::uuid[], $16::int[]) AS p(attempt_id, item_id, version_id, area_id, max_cents)
       WHERE p.attempt_id IN (SELECT id FROM a)
       ON CONFLICT (attempt_id, item_id) DO NOTHING
     ), tasks AS (
       INSERT INTO marking_task (attempt_id, item_id, version_id, max_points, round)
       SELECT t.attempt_id, t.item_id, t.version_id, t.max_points, t.round
       FROM unnest($17::uuid[], $18::text[], $19::uuid[], $20::numeric[], $21::int[]) AS t(attempt_id, item_id, version_id, max_points, round)
       WHERE t.attempt_id IN (SELECT id FROM a)
       ON CONFLICT (attempt_id, item_id, round) DO NOTHING
     )
     SELECT id FROM j`,
    [
      writes.map((w) => w.jobId),
      writes.map((w) => (w.kind === 'refused' ? 'failed' : 'completed')),
      writes.map((w) => (w.kind === 'refused' ? null : JSON.stringify(w.jobResult ?? null))),
      writes.map((w) => (w.kind === 'refused' ? JSON.stringify(w.error) : null)),
      writes.map((w) => g(w)?.attemptId ?? null),
      writes.map((w) => g(w)?.status ?? null),
      writes.map((w) => g(w)?.score ?? null),
      writes.map((w) => g(w)?.passed ?? null),
      writes.map((w) => (g(w) ? JSON.stringify(g(w)!.result) : null)),
      writes.map((w) => (g(w) ? JSON.stringify(g(w)!.objectiveScores) : null)),
      writes.map((w) => (g(w) ? JSON.stringify({ score: g(w)!.result.score, pendingMarking: g(w)!.pendingMarking, cause: 'objective' }) : null)),
      marking.map((i) => i.attemptId),
      marking.map((i) => i.itemId),
      marking.map((i) => i.versionId),
      marking.map((i) => i.areaId),
      marking.map((i) => Math.round(i.points * 100)),
      tasks.map((t) => t.i.attemptId),
      tasks.map((t) => t.i.itemId),
      tasks.map((t) => t.i.versionId),
      tasks.map((t) => t.i.points),
      tasks.map((t) => t.round),
    ],
  );
  return new Set(rows.map((r) => r.id));
}
