import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { AppError, listModelsQuerySchema, newModelVersionSchema, parseOrThrow } from '@cm/contracts';
import { CompetencyItemEntity, CompetencyModelEntity, CompetencyStandardEntity } from '@cm/db';
import { AnyUser, Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { toModelDto } from './competency.mapper';
import { CompetencyVersionsService } from './competency-versions.service';

/** The 18-item competency model as reference data, with the provenance of every text, and its
 * versions (动态调整). */
@ApiTags('competency')
@Controller('api/competency-models')
export class CompetencyController {
  constructor(
    private readonly ds: DataSource,
    private readonly versions: CompetencyVersionsService,
  ) {}

  @Get()
  @AnyUser()
  @ApiOperation({ summary: 'Competency model versions', description: '{items, total}, newest version first; status=active gives the version new campaigns use.' })
  @ApiZodQuery(listModelsQuerySchema)
  async list(@Query() query: unknown) {
    const q = parseOrThrow(listModelsQuerySchema, query);
    const where: { trackId?: string; status?: CompetencyModelEntity['status'] } = {};
    if (q.trackId) where.trackId = q.trackId;
    if (q.status) where.status = q.status;
    const models = await this.ds.getRepository(CompetencyModelEntity).find({ where, order: { version: 'DESC' } });
    const items = models.length ? await this.ds.getRepository(CompetencyItemEntity).find({ where: { modelId: In(models.map((m) => m.id)) }, order: { seq: 'ASC' } }) : [];
    return { items: models.map((m) => toModelDto(m, items)), total: models.length };
  }

  @Get(':id')
  @AnyUser()
  @ApiOperation({ summary: 'One model version (also a retired one, as campaigns and decisions pinned it)' })
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const m = await this.ds.getRepository(CompetencyModelEntity).findOneBy({ id });
    if (!m) throw AppError.notFound('能力素质模型');
    const items = await this.ds.getRepository(CompetencyItemEntity).find({ where: { modelId: id }, order: { seq: 'ASC' } });
    return toModelDto(m, items);
  }

  @Get(':id/standards')
  @AnyUser()
  @ApiOperation({ summary: 'The standard-level matrix (标准级别设置)', description: '[{positionLevel, items: [{itemId, standardLevel}]}]' })
  async standards(@Param('id', ParseUUIDPipe) id: string) {
    if (!(await this.ds.getRepository(CompetencyModelEntity).existsBy({ id }))) throw AppError.notFound('能力素质模型');
    const rows = await this.ds.getRepository(CompetencyStandardEntity).find({ where: { modelId: id }, order: { positionLevel: 'ASC' } });
    const byLevel = new Map<number, { itemId: string; standardLevel: number }[]>();
    for (const r of rows) byLevel.set(r.positionLevel, [...(byLevel.get(r.positionLevel) ?? []), { itemId: r.itemId, standardLevel: r.standardLevel }]);
    return [...byLevel.entries()].map(([positionLevel, items]) => ({ positionLevel, items }));
  }

  @Post(':id/versions')
  @Roles('officer')
  @ApiOperation({
    summary: 'Edit the model as a new version (动态调整)',
    description: 'Based on the active version :id (else 409 with details.activeModelId): edits by item code (name, definition, level summaries and ▶ indicators — keep an indicator by sending its id with unchanged text), added and removed items, standard-matrix cells; `reason` required. The new version becomes active, the base is retired; campaigns and decisions keep the version they pinned. Authored text is labelled `organisation (vN)`. 201 with the new version. Audited.',
  })
  @ApiZodBody(newModelVersionSchema)
  async createVersion(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    const newId = await this.versions.createVersion(actor, id, parseOrThrow(newModelVersionSchema, body));
    return this.get(newId);
  }
}
