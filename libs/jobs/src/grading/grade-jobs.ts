import type { DataSource } from 'typeorm';
import { JOB_PAYLOADS } from '@cm/contracts';
import { type GradingClaim, type GradingFormItem, type GradingJobWrite, type GradingSession, type MarkingOpening, preparedOn, readGradingInput, type StatementRunner, summariseScores, writeGrading } from '@cm/db';
import { scoreObjective, toOriginalKeys } from '@cm/domain';
import { questionKeys } from '../processors/question-key-cache';

/** How grading ended for one job. `skipped`: nothing to do here (finished, claimed by someone
 * else, or not a grading job — `other` lists those so the caller can run them its own way). */
export type JobGrading =
  | { outcome: 'completed'; result: GradeResult }
  | { outcome: 'refused'; error: { code: string; message: string; details?: unknown } }
  | { outcome: 'skipped' };

export interface GradeResult {
  status: 'graded' | 'marking';
  score: number | null;
  pendingMarking?: number;
  alreadyGraded?: true;
}

const cents = (points: number) => Math.round(points * 100);
const SUBJECTIVE = new Set(['short', 'case']);

/** Grades the attempts of some grading jobs: objective items scored, blind marking opened for
 * 简答/案例分析 answers, per-item points, per-area totals, the 百分制 score and the knowledge items'
 * standard scores — in two statements whatever the number of jobs or items: one read of
 * the jobs with their attempts, answers, papers and sessions, and one write of every outcome (writeGrading: all of it commits together, synchronously).
 * Exactly once in effect: the write claims each job and grades its attempt only while it is
 * still `submitted`; an attempt already graded (a job delivered again after its worker died
 * between commit and acknowledgement) is left as it is. A job name other than grade-attempt
 * comes back as `other`. The statements run on `db` (the batcher's own connections). */
export async function gradeJobs(ds: DataSource, jobIds: readonly string[], claim: GradingClaim, db: StatementRunner = preparedOn(ds)): Promise<{ byJob: Map<string, JobGrading>; other: string[] }> {
  const byJob = new Map<string, JobGrading>(jobIds.map((id) => [id, { outcome: 'skipped' }]));
  const other: string[] = [];
  const { jobs, forms, sessions } = await readGradingInput(db, jobIds, claim);
  const writes: GradingJobWrite[] = [];
  const todo: typeof jobs = [];
  for (const row of jobs) {
    if (row.name !== 'grade-attempt') {
      other.push(row.job_id);
      continue;
    }
    const parsed = JOB_PAYLOADS['grade-attempt'].safeParse(row.payload);
    if (!parsed.success) writes.push({ jobId: row.job_id, kind: 'refused', error: { code: 'INVALID_PAYLOAD', message: '任务参数无效', details: { issues: parsed.error.issues.map((i) => i.message) } } });
    else if (!row.attempt_id) writes.push({ jobId: row.job_id, kind: 'refused', error: { code: 'ATTEMPT_MISSING', message: '答卷不存在' } });
    else if (row.status === 'in_progress') writes.push({ jobId: row.job_id, kind: 'refused', error: { code: 'ATTEMPT_NOT_SUBMITTED', message: '答卷尚未提交' } });
    else if (row.status === 'graded' || row.status === 'marking') {
      writes.push({ jobId: row.job_id, kind: 'done', jobResult: { status: row.status, score: row.score === null ? null : Number(row.score), alreadyGraded: true } });
    } else todo.push(row);
  }

  const marking: MarkingOpening[] = [];
  if (todo.length) {
    const keys = await questionKeys(ds.manager, [...new Set([...forms.values()].flatMap((items) => items.map((i) => i.versionId)))]);
    for (const row of todo) {
      const scored = scoreAttempt(row.attempt_id!, forms.get(row.form_id!) ?? [], sessions.get(row.session_id!)!, row.answers ?? {}, (v) => keys.get(v)?.answer, marking);
      writes.push({ jobId: row.job_id, kind: 'graded', attemptId: row.attempt_id!, ...scored, jobResult: { status: scored.status, score: scored.result.score, pendingMarking: scored.pendingMarking } });
    }
  }

  const written = await writeGrading(db, writes, marking, claim);
  for (const w of writes) {
    if (!written.has(w.jobId)) continue; // finished or claimed elsewhere meanwhile
    byJob.set(w.jobId, w.kind === 'refused' ? { outcome: 'refused', error: w.error } : { outcome: 'completed', result: w.jobResult as GradeResult });
  }
  return { byJob, other };
}

/** Scores one paper and adds its marking openings (pure). */
function scoreAttempt(attemptId: string, items: GradingFormItem[], session: GradingSession, responses: Record<string, unknown>, keyOf: (versionId: string) => unknown, marking: MarkingOpening[]) {
  const multipleScoring = session.body.sections.find((s) => s.type === 'multiple')?.scoring;
  const objectiveScores: Record<string, number> = {};
  const rows: { area_id: string; max_cents: number; earned_cents: number | null; status: string }[] = [];
  for (const it of items) {
    const max = cents(it.points);
    if (SUBJECTIVE.has(it.type)) {
      const double = session.body.doubleMarking?.[it.type as 'short' | 'case'] === true;
      marking.push({ attemptId, itemId: it.id, versionId: it.versionId, areaId: it.areaId, points: it.points, rounds: double ? [1, 2] : [1] });
      rows.push({ area_id: it.areaId, max_cents: max, earned_cents: null, status: 'pending_marking' });
      continue;
    }
    const response = toOriginalKeys(it.type, responses[it.id] ?? null, it.optionOrder);
    const earned = scoreObjective({ type: it.type as 'single', answer: keyOf(it.versionId), scoring: multipleScoring }, response, max);
    objectiveScores[it.id] = earned;
    rows.push({ area_id: it.areaId, max_cents: max, earned_cents: earned, status: 'scored' });
  }
  // Nothing was scored before (the attempt was only submitted): the summary reads nothing.
  const { result, pending, passMark } = summariseScores(session, rows);
  const done = pending === 0;
  return { status: done ? ('graded' as const) : ('marking' as const), score: done ? result.score : null, passed: done ? result.score >= passMark : null, result, objectiveScores, pendingMarking: pending };
}
