import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, moveSyllabusNodeSchema, parseOrThrow, type SyllabusNodeDto, updateSyllabusNodeSchema } from '@cm/contracts';
import { queryRows, recordAudit, SyllabusNodeEntity } from '@cm/db';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { toNodeDto } from './reference.mapper';

const ALLOWED_PARENT: Record<string, (string | null)[]> = { part: [null, 'part'], chapter: ['part'], point: ['chapter'] };

/** The syllabus tree editor: rename, re-code, reorder, move, delete (never cascading). */
@ApiTags('reference')
@Controller('api/syllabus-nodes')
export class SyllabusEditController {
  constructor(private readonly ds: DataSource) {}

  private async load(m: EntityManager, id: string): Promise<SyllabusNodeEntity> {
    const node = await m.getRepository(SyllabusNodeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!node) throw AppError.notFound('大纲节点');
    return node;
  }

  @Patch(':id')
  @Roles('trainer', 'admin')
  @ApiZodBody(updateSyllabusNodeSchema)
  async update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<SyllabusNodeDto> {
    const input = parseOrThrow(updateSyllabusNodeSchema, body);
    return this.ds.transaction(async (m) => {
      const node = await this.load(m, id);
      const before = toNodeDto(node);
      if (input.code && input.code !== node.code && (await m.getRepository(SyllabusNodeEntity).existsBy({ trackId: node.trackId, code: input.code }))) {
        throw new AppError('SYLLABUS_CODE_TAKEN', `编码 ${input.code} 已存在`, { fields: [{ path: 'code', code: 'CODE_TAKEN', message: '编码已存在' }] });
      }
      if (input.code !== undefined) node.code = input.code;
      if (input.title !== undefined) node.title = input.title;
      if (input.requirement !== undefined) node.requirement = input.requirement;
      if (input.levels !== undefined) node.levels = [...new Set(input.levels)].sort();
      // Titles edited here are the organisation's text, no longer the source's.
      if (input.title !== undefined && input.title !== before.title) node.provenance = 'organisation';
      await m.save(node);
      await recordAudit(m, { actorId: actor.id, action: 'syllabus_node.updated', entityType: 'syllabus_node', entityId: id, data: { before, change: input } });
      return toNodeDto(node);
    });
  }

  @Post(':id/move')
  @HttpCode(200)
  @Roles('trainer', 'admin')
  @ApiZodBody(moveSyllabusNodeSchema)
  async move(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<SyllabusNodeDto[]> {
    const { parentId, position } = parseOrThrow(moveSyllabusNodeSchema, body);
    return this.ds.transaction(async (m) => {
      const node = await this.load(m, id);
      let parentKind: string | null = null;
      if (parentId) {
        const parent = await m.getRepository(SyllabusNodeEntity).findOneBy({ id: parentId });
        if (!parent || parent.trackId !== node.trackId) throw AppError.validation([{ path: 'parentId', code: 'UNKNOWN_PARENT', message: '目标上级节点不存在或不属于该岗位序列' }]);
        const inside = await queryRows<{ id: string }>(m,
          `WITH RECURSIVE t AS (SELECT id FROM syllabus_node WHERE id = $1 UNION ALL SELECT n.id FROM syllabus_node n JOIN t ON n.parent_id = t.id) SELECT id FROM t WHERE id = $2`, [id, parentId]);
        if (inside.length) throw AppError.validation([{ path: 'parentId', code: 'CYCLE', message: '不能把节点移到它自己的下级' }]);
        parentKind = parent.kind;
      }
      if (!ALLOWED_PARENT[node.kind]!.includes(parentKind)) throw AppError.validation([{ path: 'parentId', code: 'KIND_NOT_ALLOWED', message: '该类型的节点不能放在这里' }]);
      const siblings = await m.getRepository(SyllabusNodeEntity).find({ where: { trackId: node.trackId }, order: { position: 'ASC', code: 'ASC' } });
      const ordered = siblings.filter((s) => s.parentId === parentId && s.id !== id);
      ordered.splice(Math.min(position, ordered.length), 0, node);
      node.parentId = parentId;
      for (const [i, s] of ordered.entries()) {
        s.position = i;
        await m.query(`UPDATE syllabus_node SET position = $2, parent_id = $3, updated_at = now() WHERE id = $1`, [s.id, i, s.parentId]);
      }
      await recordAudit(m, { actorId: actor.id, action: 'syllabus_node.moved', entityType: 'syllabus_node', entityId: id, data: { parentId, position } });
      return ordered.map(toNodeDto);
    });
  }

  /** Refused while questions or child nodes still hang on it; nothing cascades. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('trainer', 'admin')
  async remove(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const node = await this.load(m, id);
      const [{ n }] = await queryRows<{ n: number }>(m, `SELECT count(DISTINCT question_id)::int AS n FROM question_version WHERE syllabus_node_id = $1`, [id]);
      if (n > 0) throw new AppError('SYLLABUS_NODE_IN_USE', `该节点下还有 ${n} 道题目,不能删除`, { questionCount: n, rule: 'questions must be moved or retired first; deletion never cascades' });
      const [{ c }] = await queryRows<{ c: number }>(m, `SELECT count(*)::int AS c FROM syllabus_node WHERE parent_id = $1`, [id]);
      if (c > 0) throw new AppError('SYLLABUS_NODE_HAS_CHILDREN', `该节点下还有 ${c} 个子节点,请先删除或移走`, { childCount: c });
      await m.query(`DELETE FROM syllabus_node WHERE id = $1`, [id]);
      await recordAudit(m, { actorId: actor.id, action: 'syllabus_node.deleted', entityType: 'syllabus_node', entityId: id, data: { code: node.code, title: node.title } });
    });
  }
}
