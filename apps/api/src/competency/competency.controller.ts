import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, uuidSchema } from '@cm/contracts';
import { CompetencyItemEntity, CompetencyModelEntity, CompetencyStandardEntity } from '@cm/db';
import { AnyUser } from '../common/access.decorator';

/** The 18-item competency model as reference data, with the provenance of every text. */
@ApiTags('competency')
@Controller('api/competency-models')
export class CompetencyController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @AnyUser()
  @ApiQuery({ name: 'trackId', required: false })
  async list(@Query('trackId') trackId?: string) {
    if (trackId !== undefined && !uuidSchema.safeParse(trackId).success) {
      throw AppError.validation([{ path: 'trackId', code: 'INVALID_UUID', message: 'trackId 必须是 UUID' }]);
    }
    const models = await this.ds.getRepository(CompetencyModelEntity).find({ where: trackId ? { trackId } : {}, order: { version: 'DESC' } });
    const items = await this.ds.getRepository(CompetencyItemEntity).find({ order: { seq: 'ASC' } });
    return {
      items: models.map((m) => ({
        id: m.id,
        trackId: m.trackId,
        version: m.version,
        status: m.status,
        title: m.title,
        categories: m.categories,
        levelPrinciples: m.levelPrinciples,
        sources: m.sourceRefs,
        items: items.filter((i) => i.modelId === m.id).map((i) => ({
          id: i.id, code: i.code, name: i.name, category: i.category, categoryId: i.categoryId, assessment: i.assessment,
          definition: i.definition, definitionProvenance: i.definitionProvenance,
          levels: i.levels.map((l) => ({ level: l.level, name: l.name, summary: l.summary, completeness: l.completeness, provenance: l.provenance,
            levelPosition: l.levelPosition, indicators: l.indicators.map((x) => ({ id: x.id, text: x.text })) })),
        })),
      })),
      total: models.length,
    };
  }

  @Get(':id/standards')
  @AnyUser()
  async standards(@Param('id', ParseUUIDPipe) id: string) {
    if (!(await this.ds.getRepository(CompetencyModelEntity).existsBy({ id }))) throw AppError.notFound('能力素质模型');
    const rows = await this.ds.getRepository(CompetencyStandardEntity).find({ where: { modelId: id }, order: { positionLevel: 'ASC' } });
    const byLevel = new Map<number, { itemId: string; standardLevel: number }[]>();
    for (const r of rows) byLevel.set(r.positionLevel, [...(byLevel.get(r.positionLevel) ?? []), { itemId: r.itemId, standardLevel: r.standardLevel }]);
    return [...byLevel.entries()].map(([positionLevel, items]) => ({ positionLevel, items }));
  }
}
