import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, pageQuerySchema, parseOrThrow, trainingRecordSchema, type TrainingRecordDto } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { policyFromSetting } from '@cm/domain';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser, hasRole } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';

interface RecordRow {
  id: string;
  candidate_id: string;
  track_id: string;
  level: number;
  hours: string;
  title: string;
  completed_at: Date;
  recorded_by: string | null;
  source: 'manual' | 'course' | 'self_study';
  course_id: string | null;
}

const toDto = (r: RecordRow): TrainingRecordDto => ({
  id: r.id, candidateId: r.candidate_id, trackId: r.track_id, level: r.level, hours: Number(r.hours), title: r.title,
  completedAt: new Date(r.completed_at).toISOString(), recordedBy: r.recorded_by, source: r.source, courseId: r.course_id,
});

/** Training hours feed registration eligibility (30/24/18/12 by level, sourced). */
@ApiTags('training')
@Controller('api')
export class TrainingRecordsController {
  constructor(private readonly ds: DataSource) {}

  @Post('training-records')
  @Roles('trainer', 'officer')
  @ApiZodBody(trainingRecordSchema)
  async create(@CurrentUser() actor: AuthUser, @Body() body: unknown): Promise<TrainingRecordDto> {
    const input = parseOrThrow(trainingRecordSchema, body);
    const completedAt = new Date(input.completedAt);
    if (completedAt.getTime() > Date.now() + 60_000) throw AppError.validation([{ path: 'completedAt', code: 'IN_FUTURE', message: '完成时间不能晚于现在' }]);
    return this.ds.transaction(async (m) => {
      const [u] = await queryRows<{ roles: string[] }>(m, `SELECT roles FROM app_user WHERE id = $1`, [input.candidateId]);
      if (!u || !u.roles.includes('candidate')) throw AppError.validation([{ path: 'candidateId', code: 'NOT_A_CANDIDATE', message: '该用户不是考生' }]);
      if (!(await queryRows(m, `SELECT 1 FROM track WHERE id = $1`, [input.trackId])).length) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
      const [row] = await queryRows<RecordRow>(
        m,
        `INSERT INTO training_record (candidate_id, track_id, level, hours, title, completed_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [input.candidateId, input.trackId, input.level, input.hours, input.title, completedAt, actor.id],
      );
      await recordAudit(m, { actorId: actor.id, action: 'training_record.created', entityType: 'training_record', entityId: row!.id, data: { ...input } });
      return toDto(row!);
    });
  }

  @Get('candidates/:id/training-records')
  @Roles('officer', 'trainer', 'candidate')
  @ApiZodQuery(pageQuerySchema)
  async list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: unknown) {
    if (!hasRole(user, 'officer', 'trainer') && user.id !== id) throw AppError.notFound('考生');
    const q = parseOrThrow(pageQuerySchema, query);
    const rows = await queryRows<RecordRow>(this.ds, `SELECT * FROM training_record WHERE candidate_id = $1 ORDER BY completed_at DESC LIMIT $2 OFFSET $3`, [id, q.pageSize, (q.page - 1) * q.pageSize]);
    const sums = await queryRows<{ track_id: string; level: number; hours: string; n: number }>(this.ds, `SELECT track_id, level, sum(hours) AS hours, count(*)::int AS n FROM training_record WHERE candidate_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`, [id]);
    const [setting] = await queryRows<{ value: Parameters<typeof policyFromSetting>[0] }>(this.ds, `SELECT value FROM setting WHERE key = 'eligibility' ORDER BY version DESC LIMIT 1`);
    const required = setting ? policyFromSetting(setting.value).trainingHours : {};
    return {
      items: rows.map(toDto),
      total: sums.reduce((s, x) => s + x.n, 0),
      totals: sums.map((s) => ({ trackId: s.track_id, level: s.level, hours: Number(s.hours), required: required[s.level] ?? null })),
    };
  }
}
