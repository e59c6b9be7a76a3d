import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type ListMarkingTasksQuery, type ScoreMarkingTask } from '@cm/contracts';
import { queryRows, recordAudit, recordMark } from '@cm/db';
import { checkCriterionScores, effectiveRubric, scaledMarkCents } from '@cm/domain';
import { type AuthUser, hasRole } from '../common/current-user';
import { TASK_COLUMNS, TASK_FROM, type TaskRow, trainerConflict } from './marking.queries';

const roundTo4 = (n: number) => Math.round(n * 10000) / 10000;

/** Blind marking of 简答/案例分析 answers: listing, assignment (by an officer, round robin,
 * or claiming by scoring), scoring per rubric criterion, double marking and arbitration. */
@Injectable()
export class MarkingService {
  constructor(private readonly ds: DataSource) {}

  async list(user: AuthUser, q: ListMarkingTasksQuery) {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (q.status !== 'all') where.push(`t.status = ${p(q.status)}`);
    if (q.sessionId) where.push(`a.session_id = ${p(q.sessionId)}`);
    const officer = hasRole(user, 'officer');
    const needsMe = q.scope === 'mine' || !officer;
    const me = needsMe ? p(user.id) : '';
    if (q.scope === 'mine') where.push(`t.assignee_id = ${me}`);
    if (q.scope === 'unassigned') where.push(`t.assignee_id IS NULL`);
    if (!officer) where.push(`(t.assignee_id = ${me} OR (t.assignee_id IS NULL AND t.status = 'open'))`, `NOT ${trainerConflict(me)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await queryRows<{ total: number }>(this.ds, `SELECT count(*)::int AS total ${TASK_FROM} ${filter}`, params);
    const rows = await queryRows<TaskRow>(
      this.ds,
      `SELECT ${TASK_COLUMNS} ${TASK_FROM} ${filter} ORDER BY t.status, t.round DESC, t.created_at, t.id LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`,
      params,
    );
    return { items: rows.map((r) => this.toDto(r, false)), total };
  }

  /** One task; the arbiter (round 3) also sees the two earlier marks, without the markers' names. */
  async get(user: AuthUser, taskId: string) {
    const row = await this.visibleTask(this.ds, user, taskId);
    const dto = this.toDto(row, true);
    if (row.round !== 3) return dto;
    const earlier = await queryRows<{ round: number; points: string; scores: unknown; comment: string | null }>(
      this.ds,
      `SELECT o.round, o.points, o.scores, o.comment FROM marking_task o JOIN marking_task t ON t.attempt_id = o.attempt_id AND t.item_id = o.item_id
       WHERE t.id = $1 AND o.round < 3 AND o.status = 'done' ORDER BY o.round`,
      [taskId],
    );
    return { ...dto, earlierMarks: earlier.map((e) => ({ round: e.round, points: Number(e.points), scores: e.scores, comment: e.comment })) };
  }

  async assign(actor: AuthUser, taskId: string, trainerId: string) {
    return this.ds.transaction(async (m) => {
      const [t] = await queryRows<{ status: string; assignee_id: string | null }>(m, `SELECT status, assignee_id FROM marking_task WHERE id = $1 FOR UPDATE`, [taskId]);
      if (!t) throw AppError.notFound('阅卷任务');
      if (t.status !== 'open') throw new AppError('MARKING_TASK_CLOSED', '该任务已阅完，不能再分配');
      const [trainer] = await queryRows<{ ok: boolean }>(m, `SELECT active AND 'trainer' = ANY(roles) AS ok FROM app_user WHERE id = $1`, [trainerId]);
      if (!trainer?.ok) throw AppError.validation([{ path: 'trainerId', code: 'NOT_A_TRAINER', message: '只能分配给在职的培训师' }]);
      await this.assertNoConflict(m, taskId, trainerId);
      await m.query(`UPDATE marking_task SET assignee_id = $2, assigned_at = now(), assigned_by = $3 WHERE id = $1`, [taskId, trainerId, actor.id]);
      await recordAudit(m, { actorId: actor.id, action: 'marking.assigned', entityType: 'marking_task', entityId: taskId, data: { from: t.assignee_id, to: trainerId } });
      return { id: taskId, assigneeId: trainerId };
    });
  }

  /** Scores a task; scoring an unassigned task claims it. */
  async score(user: AuthUser, taskId: string, body: ScoreMarkingTask) {
    return this.ds.transaction(async (m) => {
      // Lock the attempt first: marks of one attempt are serialised, so the last one finalises it exactly once.
      const [t] = await queryRows<{ attempt_id: string; item_id: string; status: string; assignee_id: string | null; max_points: string; rubric: TaskRow['rubric']; threshold: number }>(
        m,
        `SELECT t.attempt_id, t.item_id, t.status, t.assignee_id, t.max_points, v.rubric,
           coalesce((b.body->'doubleMarking'->>'discrepancyThresholdPercent')::numeric, 0)::float AS threshold
         FROM marking_task t JOIN attempt a ON a.id = t.attempt_id JOIN exam_session s ON s.id = a.session_id
         JOIN blueprint b ON b.id = s.blueprint_id JOIN question_version v ON v.id = t.version_id
         WHERE t.id = $1 FOR UPDATE OF a, t`,
        [taskId],
      );
      if (!t) throw AppError.notFound('阅卷任务');
      if (t.assignee_id !== null && t.assignee_id !== user.id) throw new AppError('MARKING_NOT_ASSIGNEE', '该任务已分配给其他培训师');
      if (t.status !== 'open') throw new AppError('MARKING_TASK_CLOSED', '该任务已阅完');
      await this.assertNoConflict(m, taskId, user.id);
      const maxPoints = Number(t.max_points);
      const rubric = effectiveRubric(t.rubric, maxPoints);
      const problems = checkCriterionScores(rubric, body.scores);
      if (problems.length > 0) throw new AppError('MARKING_SCORES_INVALID', '评分不符合评分标准', { fields: problems });
      const markCents = scaledMarkCents(rubric, body.scores, maxPoints);
      const outcome = await recordMark(m, {
        taskId, attemptId: t.attempt_id, itemId: t.item_id, markerId: user.id, scores: body.scores, comment: body.comment || null,
        markCents, thresholdPercent: t.threshold,
      });
      return { id: taskId, status: 'done' as const, points: roundTo4(markCents / 100), item: outcome.item, attemptStatus: outcome.attemptStatus };
    });
  }

  /** Round robin over the trainers, skipping a trainer with a conflict for that task. */
  async distribute(actor: AuthUser, sessionId: string, trainerIds?: string[]) {
    return this.ds.transaction(async (m) => {
      if (!(await queryRows(m, `SELECT 1 FROM exam_session WHERE id = $1`, [sessionId])).length) throw AppError.notFound('考试场次');
      const trainers = await queryRows<{ id: string }>(
        m,
        `SELECT id FROM app_user WHERE active AND 'trainer' = ANY(roles) ${trainerIds ? 'AND id = ANY($1::uuid[])' : ''} ORDER BY display_name, id`,
        trainerIds ? [trainerIds] : [],
      );
      if (trainerIds && trainers.length !== new Set(trainerIds).size) throw AppError.validation([{ path: 'trainerIds', code: 'NOT_A_TRAINER', message: '名单中有人不是在职的培训师' }]);
      if (trainers.length === 0) throw AppError.validation([{ path: 'trainerIds', code: 'NO_TRAINERS', message: '没有可分配的培训师' }]);
      const tasks = await queryRows<{ id: string; attempt_id: string; item_id: string; candidate_id: string }>(
        m,
        `SELECT t.id, t.attempt_id, t.item_id, a.candidate_id FROM marking_task t JOIN attempt a ON a.id = t.attempt_id
         WHERE a.session_id = $1 AND t.status = 'open' AND t.assignee_id IS NULL ORDER BY t.round, t.created_at, t.id FOR UPDATE OF t`,
        [sessionId],
      );
      const sitting = new Set((await queryRows<{ candidate_id: string }>(m, `SELECT candidate_id FROM registration WHERE session_id = $1`, [sessionId])).map((r) => r.candidate_id));
      const taken = new Map<string, Set<string>>();
      for (const r of await queryRows<{ attempt_id: string; item_id: string; assignee_id: string }>(
        m,
        `SELECT t.attempt_id, t.item_id, t.assignee_id FROM marking_task t JOIN attempt a ON a.id = t.attempt_id WHERE a.session_id = $1 AND t.assignee_id IS NOT NULL`,
        [sessionId],
      )) {
        const k = `${r.attempt_id}/${r.item_id}`;
        taken.set(k, (taken.get(k) ?? new Set()).add(r.assignee_id));
      }
      let next = 0;
      let assigned = 0;
      const skipped: string[] = [];
      for (const task of tasks) {
        const k = `${task.attempt_id}/${task.item_id}`;
        const pick = trainers.map((_, i) => trainers[(next + i) % trainers.length]!).find((tr) => tr.id !== task.candidate_id && !sitting.has(tr.id) && !taken.get(k)?.has(tr.id));
        if (!pick) {
          skipped.push(task.id);
          continue;
        }
        next = (trainers.indexOf(pick) + 1) % trainers.length;
        taken.set(k, (taken.get(k) ?? new Set()).add(pick.id));
        await m.query(`UPDATE marking_task SET assignee_id = $2, assigned_at = now(), assigned_by = $3 WHERE id = $1`, [task.id, pick.id, actor.id]);
        assigned += 1;
      }
      await recordAudit(m, { actorId: actor.id, action: 'marking.distributed', entityType: 'exam_session', entityId: sessionId, data: { assigned, skipped: skipped.length, trainers: trainers.map((t) => t.id) } });
      return { assigned, skipped: skipped.length };
    });
  }

  /** Open/done counts per marker and per session (officers: everyone; a trainer: themself). */
  async workload(user: AuthUser, sessionId?: string) {
    const params: unknown[] = [];
    const conds: string[] = [];
    if (sessionId) conds.push(`a.session_id = $${params.push(sessionId)}`);
    const officer = hasRole(user, 'officer');
    const markerFilter = officer ? '' : `AND t.assignee_id = $${params.push(user.id)}`;
    const where = conds.length ? `AND ${conds.join(' AND ')}` : '';
    const markers = await queryRows<{ marker_id: string; name: string; open: number; done: number }>(
      this.ds,
      `SELECT t.assignee_id AS marker_id, u.display_name AS name, count(*) FILTER (WHERE t.status = 'open')::int AS open, count(*) FILTER (WHERE t.status = 'done')::int AS done
       FROM marking_task t JOIN attempt a ON a.id = t.attempt_id JOIN app_user u ON u.id = t.assignee_id WHERE true ${where} ${markerFilter}
       GROUP BY t.assignee_id, u.display_name ORDER BY u.display_name`,
      params,
    );
    const sessions = officer
      ? await queryRows<{ session_id: string; title: string; open: number; unassigned: number; arbitration: number; done: number }>(
          this.ds,
          `SELECT a.session_id, s.title, count(*) FILTER (WHERE t.status = 'open')::int AS open,
             count(*) FILTER (WHERE t.status = 'open' AND t.assignee_id IS NULL)::int AS unassigned,
             count(*) FILTER (WHERE t.status = 'open' AND t.round = 3)::int AS arbitration, count(*) FILTER (WHERE t.status = 'done')::int AS done
           FROM marking_task t JOIN attempt a ON a.id = t.attempt_id JOIN exam_session s ON s.id = a.session_id WHERE true ${where}
           GROUP BY a.session_id, s.title ORDER BY s.title`,
          params.slice(0, conds.length),
        )
      : [];
    return {
      markers: markers.map((r) => ({ markerId: r.marker_id, name: r.name, open: r.open, done: r.done })),
      sessions: sessions.map((r) => ({ sessionId: r.session_id, title: r.title, open: r.open, unassigned: r.unassigned, arbitration: r.arbitration, done: r.done })),
    };
  }

  private async visibleTask(db: DataSource | EntityManager, user: AuthUser, taskId: string): Promise<TaskRow> {
    const officer = hasRole(user, 'officer');
    const [row] = await queryRows<TaskRow>(
      db,
      `SELECT ${TASK_COLUMNS} ${TASK_FROM} WHERE t.id = $1 ${officer ? '' : `AND (t.assignee_id = $2 OR (t.assignee_id IS NULL AND t.status = 'open')) AND NOT ${trainerConflict('$2')}`}`,
      officer ? [taskId] : [taskId, user.id],
    );
    if (!row) throw AppError.notFound('阅卷任务');
    return row;
  }

  private async assertNoConflict(m: EntityManager, taskId: string, trainerId: string) {
    const [c] = await queryRows<{ conflict: boolean }>(m, `SELECT ${trainerConflict('$2')} AS conflict FROM marking_task t JOIN attempt a ON a.id = t.attempt_id WHERE t.id = $1`, [taskId, trainerId]);
    if (c?.conflict) throw new AppError('MARKING_CONFLICT_OF_INTEREST', '存在利益冲突：不能评阅自己或自己参加场次的答卷，也不能对同一答案评阅两次');
  }

  private toDto(r: TaskRow, detail: boolean) {
    const maxPoints = Number(r.max_points);
    return {
      id: r.id,
      stem: r.stem,
      response: typeof r.response === 'string' ? r.response : null,
      rubric: effectiveRubric(r.rubric, maxPoints),
      maxPoints,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      status: r.status,
      round: r.round,
      type: r.type,
      sessionId: r.session_id,
      sessionTitle: r.session_title,
      createdAt: new Date(r.created_at).toISOString(),
      ...(r.status === 'done' || detail
        ? { points: r.points === null ? null : Number(r.points), scores: r.scores, comment: r.comment, markedAt: r.marked_at ? new Date(r.marked_at).toISOString() : null }
        : {}),
    };
  }
}
