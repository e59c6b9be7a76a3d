import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@cm/contracts';
import { queryRows } from '@cm/db';
import type { AuthUser } from '../common/current-user';

/** Width of a de-duplication bucket: at most one stored event per attempt in it. */
export const FOCUS_BUCKET_SECONDS = 5;

/** Focus-loss events of a running attempt, reported by the sitting page (window blurred, tab
 * hidden). Only the attempt's own candidate reports, only while it runs; a blur and a hidden
 * tab fired together, or a client in a loop, are stored once per 5-second bucket. */
@Injectable()
export class FocusEventsService {
  constructor(private readonly ds: DataSource) {}

  async record(user: AuthUser, attemptId: string, kind: 'blur' | 'hidden'): Promise<{ recorded: boolean; count: number }> {
    const [a] = await queryRows<{ candidate_id: string; status: string }>(this.ds, `SELECT candidate_id, status FROM attempt WHERE id = $1`, [attemptId]);
    if (!a || a.candidate_id !== user.id) throw AppError.notFound('答卷');
    if (a.status !== 'in_progress') throw new AppError('ATTEMPT_CLOSED', '试卷已提交', { status: a.status });
    const inserted = await queryRows<{ id: string }>(
      this.ds,
      `INSERT INTO focus_event (attempt_id, kind, bucket) VALUES ($1, $2, floor(extract(epoch FROM now()) / $3)::bigint)
       ON CONFLICT (attempt_id, bucket) DO NOTHING RETURNING id`,
      [attemptId, kind, FOCUS_BUCKET_SECONDS],
    );
    const [{ n }] = (await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM focus_event WHERE attempt_id = $1`, [attemptId])) as [{ n: number }];
    return { recorded: inserted.length > 0, count: n };
  }
}
