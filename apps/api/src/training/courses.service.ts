import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type CourseDto, type CreateCourseRequest, type FieldProblem, type Page, type TrainingCandidateDto } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import type { AuthUser } from '../common/current-user';
import { dateOnly, iso } from './training-context';

interface CourseRow {
  id: string;
  track_id: string;
  level: number;
  title: string;
  held_on: string | Date;
  hours: string;
  location: string | null;
  org_unit_id: string | null;
  created_by: string;
  created_at: Date;
  attendee_count: number;
}


const toDto = (r: CourseRow): CourseDto => ({
  id: r.id, trackId: r.track_id, level: r.level, title: r.title, heldOn: dateOnly(r.held_on), hours: Number(r.hours), location: r.location,
  orgUnitId: r.org_unit_id, createdBy: r.created_by, createdAt: iso(r.created_at)!, attendeeCount: r.attendee_count,
});

const COURSE_SELECT = `SELECT c.*, (SELECT count(*)::int FROM training_record r WHERE r.course_id = c.id) AS attendee_count FROM training_course c`;

/** 培训课程: a trainer records a course and who attended; each attendee gets one training
 * record of the course's hours, all in one transaction (what eligibility then counts). */
@Injectable()
export class CoursesService {
  constructor(private readonly ds: DataSource) {}

  async create(actor: AuthUser, input: CreateCourseRequest): Promise<CourseDto> {
    if (input.heldOn > new Date().toISOString().slice(0, 10)) throw AppError.validation([{ path: 'heldOn', code: 'IN_FUTURE', message: '培训日期不能晚于今天' }]);
    return this.ds.transaction(async (m) => {
      if (!(await queryRows(m, `SELECT 1 FROM track WHERE id = $1`, [input.trackId])).length) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
      if (input.orgUnitId && !(await queryRows(m, `SELECT 1 FROM org_unit WHERE id = $1`, [input.orgUnitId])).length) throw AppError.validation([{ path: 'orgUnitId', code: 'UNKNOWN_ORG_UNIT', message: '组织机构不存在' }]);
      const attendees = [...new Set(input.attendeeIds)];
      await assertCandidates(m, attendees);
      const [course] = await queryRows<{ id: string }>(
        m,
        `INSERT INTO training_course (track_id, level, title, held_on, hours, location, org_unit_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [input.trackId, input.level, input.title, input.heldOn, input.hours, input.location ?? null, input.orgUnitId ?? null, actor.id],
      );
      await this.addRecords(m, actor, course!.id, attendees);
      await recordAudit(m, { actorId: actor.id, action: 'training_course.created', entityType: 'training_course', entityId: course!.id, data: { ...input, attendeeIds: attendees } });
      return this.load(m, course!.id);
    });
  }

  /** Late sign-ins: attendees already recorded are left as they are. */
  async addAttendees(actor: AuthUser, courseId: string, attendeeIds: string[]): Promise<CourseDto> {
    return this.ds.transaction(async (m) => {
      if (!(await queryRows(m, `SELECT 1 FROM training_course WHERE id = $1 FOR UPDATE`, [courseId])).length) throw AppError.notFound('培训课程');
      const attendees = [...new Set(attendeeIds)];
      await assertCandidates(m, attendees);
      const added = await this.addRecords(m, actor, courseId, attendees);
      await recordAudit(m, { actorId: actor.id, action: 'training_course.attendees_added', entityType: 'training_course', entityId: courseId, data: { attendeeIds: added } });
      return this.load(m, courseId);
    });
  }

  private async addRecords(m: EntityManager, actor: AuthUser, courseId: string, attendees: string[]): Promise<string[]> {
    const rows = await queryRows<{ candidate_id: string }>(
      m,
      `INSERT INTO training_record (candidate_id, track_id, level, hours, title, completed_at, recorded_by, source, course_id)
       SELECT a.id, c.track_id, c.level, c.hours, c.title, c.held_on::timestamptz, $3, 'course', c.id
       FROM training_course c, unnest($2::uuid[]) AS a(id) WHERE c.id = $1
       ON CONFLICT (course_id, candidate_id) WHERE course_id IS NOT NULL DO NOTHING RETURNING candidate_id`,
      [courseId, attendees, actor.id],
    );
    return rows.map((r) => r.candidate_id);
  }

  /** Candidates to sign in to a course (trainers cannot list users): an allow-list of fields. */
  async searchCandidates(q: { page: number; pageSize: number; q?: string; orgUnitId?: string }): Promise<Page<TrainingCandidateDto>> {
    const where = `'candidate' = ANY(u.roles) AND u.active AND ($1::text IS NULL OR u.username ILIKE $1 OR u.display_name ILIKE $1)
      AND ($2::uuid IS NULL OR u.org_unit_id IN (WITH RECURSIVE units AS (SELECT id FROM org_unit WHERE id = $2 UNION ALL SELECT o.id FROM org_unit o JOIN units x ON o.parent_id = x.id) SELECT id FROM units))`;
    const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await queryRows<{ id: string; username: string; display_name: string; org_name: string | null }>(
      this.ds,
      `SELECT u.id, u.username, u.display_name, o.name AS org_name FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE ${where} ORDER BY u.username LIMIT $3 OFFSET $4`,
      [like, q.orgUnitId ?? null, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const [{ n }] = await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM app_user u WHERE ${where}`, [like, q.orgUnitId ?? null]);
    return { items: rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, orgUnitName: r.org_name })), total: n };
  }

  async list(q: { page: number; pageSize: number; trackId?: string; level?: number }): Promise<Page<CourseDto>> {
    const where = `($1::uuid IS NULL OR c.track_id = $1) AND ($2::int IS NULL OR c.level = $2)`;
    const rows = await queryRows<CourseRow>(this.ds, `${COURSE_SELECT} WHERE ${where} ORDER BY c.held_on DESC, c.created_at DESC LIMIT $3 OFFSET $4`, [q.trackId ?? null, q.level ?? null, q.pageSize, (q.page - 1) * q.pageSize]);
    const [{ n }] = await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM training_course c WHERE ${where}`, [q.trackId ?? null, q.level ?? null]);
    return { items: rows.map(toDto), total: n };
  }

  async get(id: string): Promise<CourseDto> {
    return this.load(this.ds, id);
  }

  private async load(db: DataSource | EntityManager, id: string): Promise<CourseDto> {
    const [row] = await queryRows<CourseRow>(db, `${COURSE_SELECT} WHERE c.id = $1`, [id]);
    if (!row) throw AppError.notFound('培训课程');
    const attendees = await queryRows<{ candidate_id: string; username: string; display_name: string; org_name: string | null; record_id: string }>(
      db,
      `SELECT r.candidate_id, u.username, u.display_name, o.name AS org_name, r.id AS record_id
       FROM training_record r JOIN app_user u ON u.id = r.candidate_id LEFT JOIN org_unit o ON o.id = u.org_unit_id
       WHERE r.course_id = $1 ORDER BY u.username`,
      [id],
    );
    return { ...toDto(row), attendees: attendees.map((a) => ({ candidateId: a.candidate_id, username: a.username, displayName: a.display_name, orgUnitName: a.org_name, trainingRecordId: a.record_id })) };
  }
}

/** Every attendee must be an active candidate; each one that is not is listed. */
async function assertCandidates(m: EntityManager, ids: string[]): Promise<void> {
  const found = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND 'candidate' = ANY(roles) AND active`, [ids]);
  const ok = new Set(found.map((f) => f.id));
  const problems: FieldProblem[] = ids.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `attendeeIds.${i}`, code: 'NOT_A_CANDIDATE', message: '该用户不是在职考生' }]));
  if (problems.length) throw AppError.validation(problems);
}
