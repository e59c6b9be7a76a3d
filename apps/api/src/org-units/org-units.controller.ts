import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, createOrgUnitSchema, type OrgUnitDto, type Page, parseOrThrow } from '@cm/contracts';
import { OrgUnitEntity, recordAudit } from '@cm/db';
import { AnyUser, Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';

const renameSchema = z.object({ name: z.string().trim().min(1).max(64) }).strict();
const toDto = (o: OrgUnitEntity): OrgUnitDto => ({ id: o.id, parentId: o.parentId, name: o.name, kind: o.kind });

/** Org units form a small tree (省/市/区县); the whole tree is returned at once. */
@ApiTags('org-units')
@Controller('api/org-units')
export class OrgUnitsController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @AnyUser()
  async list(): Promise<Page<OrgUnitDto>> {
    const rows = await this.ds.getRepository(OrgUnitEntity).find({ order: { position: 'ASC', name: 'ASC' } });
    return { items: rows.map(toDto), total: rows.length };
  }

  @Post()
  @Roles('admin')
  @ApiZodBody(createOrgUnitSchema)
  async create(@CurrentUser() actor: AuthUser, @Body() body: unknown): Promise<OrgUnitDto> {
    const input = parseOrThrow(createOrgUnitSchema, body);
    return this.ds.transaction(async (m) => {
      if (input.parentId && !(await m.getRepository(OrgUnitEntity).existsBy({ id: input.parentId }))) {
        throw AppError.validation([{ path: 'parentId', code: 'UNKNOWN_ORG_UNIT', message: '上级组织不存在' }]);
      }
      const dup = await m.query(`SELECT 1 FROM org_unit WHERE name = $1 AND parent_id IS NOT DISTINCT FROM $2`, [input.name, input.parentId ?? null]);
      if (dup.length) throw new AppError('CONFLICT', '同一上级下已有同名组织', { fields: [{ path: 'name', code: 'NAME_TAKEN', message: '同一上级下已有同名组织' }] });
      const saved = await m.save(m.getRepository(OrgUnitEntity).create({ name: input.name, parentId: input.parentId ?? null, kind: input.kind }));
      await recordAudit(m, { actorId: actor.id, action: 'org_unit.created', entityType: 'org_unit', entityId: saved.id, data: { ...input } });
      return toDto(saved);
    });
  }

  @Patch(':id')
  @Roles('admin')
  @ApiZodBody(renameSchema)
  async rename(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<OrgUnitDto> {
    const { name } = parseOrThrow(renameSchema, body);
    return this.ds.transaction(async (m) => {
      const o = await m.getRepository(OrgUnitEntity).findOneBy({ id });
      if (!o) throw AppError.notFound('组织机构');
      const before = o.name;
      o.name = name;
      await m.save(o);
      await recordAudit(m, { actorId: actor.id, action: 'org_unit.renamed', entityType: 'org_unit', entityId: id, data: { before, after: name } });
      return toDto(o);
    });
  }
}
