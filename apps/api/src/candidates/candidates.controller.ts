import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, type CandidateLevelDto, legacyLevelSchema, parseOrThrow } from '@cm/contracts';
import { CandidateLevelEntity, recordAudit, TrackEntity, UserEntity } from '@cm/db';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser, hasRole } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { levelName } from '../reference/reference.mapper';

const toDto = (l: CandidateLevelEntity): CandidateLevelDto => ({
  trackId: l.trackId, level: l.level, levelName: levelName(l.level), decisionId: l.decisionId,
  effectiveAt: new Date(l.effectiveAt).toISOString(), source: l.source, revokedAt: l.revokedAt ? new Date(l.revokedAt).toISOString() : null,
});

@ApiTags('candidates')
@Controller('api/candidates/:id/levels')
export class CandidatesController {
  constructor(private readonly ds: DataSource) {}

  /** Level history: officers see anyone's, a candidate only their own (404 otherwise). */
  @Get()
  @Roles('officer', 'candidate')
  async levels(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CandidateLevelDto[]> {
    if (!hasRole(user, 'officer') && user.id !== id) throw AppError.notFound('考生');
    if (!(await this.ds.getRepository(UserEntity).existsBy({ id }))) throw AppError.notFound('考生');
    const rows = await this.ds.getRepository(CandidateLevelEntity).find({ where: { candidateId: id }, order: { effectiveAt: 'ASC' } });
    return rows.map(toDto);
  }

  /** Records a certificate obtained before the platform (legacy), audited. */
  @Post()
  @Roles('officer')
  @ApiZodBody(legacyLevelSchema)
  async recordLegacy(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<CandidateLevelDto & { id: string }> {
    const input = parseOrThrow(legacyLevelSchema, body);
    const effectiveAt = new Date(input.effectiveAt);
    if (effectiveAt.getTime() > Date.now()) throw AppError.validation([{ path: 'effectiveAt', code: 'IN_FUTURE', message: '生效日期不能晚于今天' }]);
    return this.ds.transaction(async (m) => {
      const candidate = await m.getRepository(UserEntity).findOneBy({ id });
      if (!candidate) throw AppError.notFound('考生');
      if (!candidate.roles.includes('candidate')) throw new AppError('VALIDATION_FAILED', '该用户不是考生', { fields: [{ path: 'id', code: 'NOT_A_CANDIDATE', message: '该用户不是考生' }] });
      if (!(await m.getRepository(TrackEntity).existsBy({ id: input.trackId }))) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
      const saved = await m.save(m.getRepository(CandidateLevelEntity).create({
        candidateId: id, trackId: input.trackId, level: input.level, decisionId: null, effectiveAt, source: 'legacy', reason: input.reason, recordedBy: actor.id,
      }));
      await recordAudit(m, { actorId: actor.id, action: 'candidate_level.legacy_recorded', entityType: 'candidate_level', entityId: saved.id, data: { candidateId: id, ...input } });
      return { id: saved.id, ...toDto(saved) };
    });
  }
}
