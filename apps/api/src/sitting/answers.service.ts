import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type SaveAnswersRequest, type SaveAnswersResponse } from '@cm/contracts';
import { queryRows } from '@cm/db';
import type { AuthUser } from '../common/current-user';
import { responseProblem } from './candidate-paper';
import { PaperShapeCache } from './paper-shape.cache';

/** Autosave of every changed answer of a page in one request (ADR 0009): every answer is
 * validated before anything is written (a bad one refuses the batch), then ONE statement that
 * share-locks the attempt row, checks the window and runs one multi-row upsert that only a higher
 * seq can change; an unchanged answer keeps its content and saved_at while its seq advances.
 * Acknowledged after commit. Within a batch the highest seq of an item wins. */
@Injectable()
export class AnswersService {
  constructor(
    private readonly ds: DataSource,
    private readonly shapes: PaperShapeCache,
  ) {}

  async saveMany(user: AuthUser, attemptId: string, answers: SaveAnswersRequest['answers']): Promise<SaveAnswersResponse> {
    const latest = new Map<string, SaveAnswersRequest['answers'][number]>();
    for (const a of answers) if ((latest.get(a.itemId)?.seq ?? -1) < a.seq) latest.set(a.itemId, a);
    const batch = [...latest.values()];
    const owner = await this.shapes.owner(this.ds, attemptId);
    if (!owner || owner.candidateId !== user.id) throw AppError.notFound('答卷');
    // Validated before anything is written: a bad answer refuses the batch.
    const problems: { path: string; code: string; message: string }[] = [];
    for (const [i, x] of batch.entries()) {
      const shape = await this.shapes.item(this.ds, owner.formId, x.itemId);
      if (!shape) problems.push({ path: `answers.${i}.itemId`, code: 'UNKNOWN_ITEM', message: '该题不在本试卷上' });
      else {
        const problem = responseProblem(shape.item, shape.optionCount, shape.blanks, x.response);
        if (problem) problems.push({ path: `answers.${i}.response`, code: 'INVALID_RESPONSE', message: problem });
      }
    }
    if (problems.length) throw AppError.validation(problems);
    // ONE statement, so one implicit transaction and one round trip: the attempt row is
    // share-locked (a submit's FOR UPDATE waits for it, and this waits for a running submit),
    // the window is judged by the database clock, and the upsert runs only while it is open.
    const [row] = await queryRows<{ status: string; deadline: Date; open: boolean; written: { item_id: string; seq: string; saved_at: string }[] | null }>(
      this.ds,
      `WITH a AS (
         SELECT a.status, a.deadline, (a.status = 'in_progress' AND now() <= a.deadline + make_interval(secs => s.grace_seconds)) AS open
         FROM attempt a JOIN exam_session s ON s.id = a.session_id WHERE a.id = $1 FOR SHARE OF a
       ), w AS (
         INSERT INTO attempt_answer (attempt_id, item_id, response, seq)
         SELECT $1, x.item_id, x.response, x.seq FROM unnest($2::text[], $3::jsonb[], $4::bigint[]) AS x(item_id, response, seq)
         WHERE (SELECT open FROM a)
         ON CONFLICT (attempt_id, item_id) DO UPDATE SET seq = EXCLUDED.seq,
           response = CASE WHEN attempt_answer.response IS DISTINCT FROM EXCLUDED.response THEN EXCLUDED.response ELSE attempt_answer.response END,
           saved_at = CASE WHEN attempt_answer.response IS DISTINCT FROM EXCLUDED.response THEN now() ELSE attempt_answer.saved_at END
         WHERE attempt_answer.seq < EXCLUDED.seq
         RETURNING item_id, seq, saved_at
       )
       SELECT a.status, a.deadline, a.open, (SELECT json_agg(w) FROM w) AS written FROM a`,
      [attemptId, batch.map((x) => x.itemId), batch.map((x) => JSON.stringify(x.response)), batch.map((x) => x.seq)],
    );
    if (!row) throw AppError.notFound('答卷');
    if (!row.open) throw new AppError('ATTEMPT_CLOSED', row.status === 'in_progress' ? '考试时间已到,答案未保存' : '试卷已提交,答案不能再修改', { status: row.status, deadline: new Date(row.deadline).toISOString() });
    const byItem = new Map((row.written ?? []).map((r) => [r.item_id, { seq: Number(r.seq), savedAt: new Date(r.saved_at).toISOString() }]));
    const untouched = batch.filter((x) => !byItem.has(x.itemId)).map((x) => x.itemId);
    if (untouched.length) {
      // An older or equal seq: acknowledged, nothing written; the stored seq is returned.
      const current = await queryRows<{ item_id: string; seq: string; saved_at: Date }>(
        this.ds,
        `SELECT item_id, seq, saved_at FROM attempt_answer WHERE attempt_id = $1 AND item_id = ANY($2::text[])`,
        [attemptId, untouched],
      );
      for (const r of current) byItem.set(r.item_id, { seq: Number(r.seq), savedAt: new Date(r.saved_at).toISOString() });
    }
    return { saved: batch.map((x) => ({ itemId: x.itemId, ...byItem.get(x.itemId)! })) };
  }
}
