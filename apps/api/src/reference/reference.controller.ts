import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, createSyllabusNodeSchema, parseOrThrow, type SyllabusNodeDto, type TrackDto } from '@cm/contracts';
import { recordAudit, SyllabusNodeEntity, TrackEntity } from '@cm/db';
import { AnyUser, Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { toNodeDto, toTrackDto } from './reference.mapper';

const CHILD_KIND = { part: ['part', 'chapter'], chapter: ['point'], point: [] } as const;

@ApiTags('reference')
@Controller('api')
export class ReferenceController {
  constructor(private readonly ds: DataSource) {}

  @Get('tracks')
  @AnyUser()
  async tracks(): Promise<TrackDto[]> {
    const rows = await this.ds.getRepository(TrackEntity).find({ order: { code: 'DESC' } });
    return rows.map(toTrackDto);
  }

  @Get('tracks/:trackId/syllabus')
  @AnyUser()
  async syllabus(@Param('trackId', ParseUUIDPipe) trackId: string): Promise<{ nodes: SyllabusNodeDto[] }> {
    if (!(await this.ds.getRepository(TrackEntity).existsBy({ id: trackId }))) throw AppError.notFound('岗位序列');
    const nodes = await this.ds.getRepository(SyllabusNodeEntity).find({ where: { trackId }, order: { position: 'ASC', code: 'ASC' } });
    return { nodes: nodes.map(toNodeDto) };
  }

  @Post('syllabus-nodes')
  @Roles('trainer', 'admin')
  @ApiZodBody(createSyllabusNodeSchema)
  async createNode(@CurrentUser() actor: AuthUser, @Body() body: unknown): Promise<SyllabusNodeDto> {
    const input = parseOrThrow(createSyllabusNodeSchema, body);
    return this.ds.transaction(async (m) => {
      if (!(await m.getRepository(TrackEntity).existsBy({ id: input.trackId }))) {
        throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
      }
      let position = 0;
      if (input.parentId) {
        const parent = await m.getRepository(SyllabusNodeEntity).findOneBy({ id: input.parentId });
        if (!parent || parent.trackId !== input.trackId) {
          throw AppError.validation([{ path: 'parentId', code: 'UNKNOWN_PARENT', message: '上级节点不存在或不属于该岗位序列' }]);
        }
        if (!(CHILD_KIND[parent.kind] as readonly string[]).includes(input.kind)) {
          throw AppError.validation([{ path: 'kind', code: 'KIND_NOT_ALLOWED', message: `「${parent.title}」下不能添加该类型的节点` }]);
        }
      } else if (input.kind !== 'part') {
        throw AppError.validation([{ path: 'kind', code: 'KIND_NOT_ALLOWED', message: '顶层节点只能是篇(part)' }]);
      }
      const [{ next }] = await m.query(
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM syllabus_node WHERE track_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
        [input.trackId, input.parentId ?? null],
      );
      position = next;
      const dup = await m.getRepository(SyllabusNodeEntity).existsBy({ trackId: input.trackId, code: input.code });
      if (dup) throw new AppError('SYLLABUS_CODE_TAKEN', `编码 ${input.code} 已存在`, { fields: [{ path: 'code', code: 'CODE_TAKEN', message: '编码已存在' }] });
      const node = await m.save(
        m.getRepository(SyllabusNodeEntity).create({
          trackId: input.trackId,
          parentId: input.parentId ?? null,
          code: input.code,
          title: input.title,
          kind: input.kind,
          requirement: input.requirement ?? null,
          levels: [...new Set(input.levels)].sort(),
          position,
          provenance: 'organisation',
          provenanceNote: null,
        }),
      );
      await recordAudit(m, { actorId: actor.id, action: 'syllabus_node.created', entityType: 'syllabus_node', entityId: node.id, data: { ...input } });
      return toNodeDto(node);
    });
  }
}
