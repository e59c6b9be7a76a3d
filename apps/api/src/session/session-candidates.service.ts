import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, SessionCandidateDto, SessionCandidatesQuery } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { SessionService } from './session.service';

interface Row {
  candidate_id: string;
  username: string;
  display_name: string;
  org_unit_name: string | null;
  registration_status: 'registered' | 'withdrawn';
  waived: boolean;
  attempt_id: string | null;
  attempt_status: SessionCandidateDto['attemptStatus'];
  deadline: Date | null;
  seconds_left: number | null;
  extra_minutes: number;
  answered: number;
  focus_losses: number;
  last_focus_loss_at: Date | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The live dashboard of a session: every enrolled candidate with registration and attempt
 * status, time left (the server's clock), answers saved and focus-loss events. */
@Injectable()
export class SessionCandidatesService {
  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async list(sessionId: string, q: SessionCandidatesQuery): Promise<Page<SessionCandidateDto>> {
    await this.sessions.row(this.ds, sessionId);
    const params: unknown[] = [sessionId];
    const where = ['r.session_id = $1'];
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`(u.username ILIKE $${params.push(like)} OR u.display_name ILIKE $${params.length})`);
    }
    if (q.attemptStatus === 'not_started') where.push('a.id IS NULL');
    else if (q.attemptStatus === 'in_progress') where.push(`a.status = 'in_progress'`);
    else if (q.attemptStatus === 'submitted') where.push(`a.status <> 'in_progress'`);
    const from = `FROM registration r JOIN app_user u ON u.id = r.candidate_id
      LEFT JOIN org_unit o ON o.id = u.org_unit_id
      LEFT JOIN attempt a ON a.session_id = r.session_id AND a.candidate_id = r.candidate_id
      WHERE ${where.join(' AND ')}`;
    const [rows, count] = await Promise.all([
      queryRows<Row>(
        this.ds,
        `SELECT u.id AS candidate_id, u.username, u.display_name, o.name AS org_unit_name, r.status AS registration_status,
                r.waiver_reason IS NOT NULL AS waived, a.id AS attempt_id, a.status AS attempt_status, a.deadline,
                CASE WHEN a.status = 'in_progress' THEN greatest(0, floor(extract(epoch FROM a.deadline - now())))::int END AS seconds_left,
                (SELECT coalesce(sum(e.minutes), 0)::int FROM extra_time e WHERE e.session_id = r.session_id AND e.candidate_id = r.candidate_id) AS extra_minutes,
                (SELECT count(*)::int FROM attempt_answer x WHERE x.attempt_id = a.id AND x.response <> 'null'::jsonb) AS answered,
                (SELECT count(*)::int FROM focus_event f WHERE f.attempt_id = a.id) AS focus_losses,
                (SELECT max(f.at) FROM focus_event f WHERE f.attempt_id = a.id) AS last_focus_loss_at
         ${from} ORDER BY u.username LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
        params,
      ),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n ${from}`, params),
    ]);
    return {
      total: count[0]?.n ?? 0,
      items: rows.map((r) => ({
        candidateId: r.candidate_id,
        username: r.username,
        displayName: r.display_name,
        orgUnitName: r.org_unit_name,
        registrationStatus: r.registration_status,
        waived: r.waived,
        attemptId: r.attempt_id,
        attemptStatus: r.attempt_status,
        secondsLeft: r.seconds_left,
        deadline: iso(r.deadline),
        extraMinutes: r.extra_minutes,
        answered: r.answered,
        focusLosses: r.focus_losses,
        lastFocusLossAt: iso(r.last_focus_loss_at),
      })),
    };
  }
}
