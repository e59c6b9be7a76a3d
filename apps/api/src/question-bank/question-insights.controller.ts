import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, type CoverageCellDto, type CoverageNeedDto, type ItemStatisticsDto, uuidSchema } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { Roles } from '../common/access.decorator';
import { AnalysisService } from '../analysis/analysis.service';
import { BlueprintService } from '../blueprint/blueprint.service';

/** Where the bank is thin (coverage) and how items behaved (statistics, filled by grading). */
@ApiTags('questions')
@Controller('api/question-bank')
export class QuestionInsightsController {
  constructor(
    private readonly ds: DataSource,
    private readonly blueprints: BlueprintService,
    private readonly analysis: AnalysisService,
  ) {}

  /** Counts of active exam questions per syllabus node × type × difficulty × requirement. */
  @Get('coverage')
  @Roles('trainer', 'officer')
  @ApiQuery({ name: 'trackId', required: true })
  @ApiQuery({ name: 'usage', required: false, enum: ['exam', 'practice'] })
  async coverage(@Query('trackId') trackId: string, @Query('usage') usage = 'exam'): Promise<{ items: CoverageCellDto[]; total: number; needs: CoverageNeedDto[] }> {
    if (!uuidSchema.safeParse(trackId).success) throw AppError.validation([{ path: 'trackId', code: 'INVALID_UUID', message: '请指定岗位序列' }]);
    if (usage !== 'exam' && usage !== 'practice') throw AppError.validation([{ path: 'usage', code: 'INVALID', message: 'usage 只能是 exam 或 practice' }]);
    const rows = await queryRows<{ node: string; type: string; difficulty: number; requirement: string; n: number }>(
      this.ds,
      `SELECT v.syllabus_node_id AS node, v.type, v.difficulty, v.requirement, count(*)::int AS n
       FROM question q JOIN question_version v ON v.id = q.active_version_id
       WHERE q.track_id = $1 AND q.status IN ('active', 'draft', 'in_review') AND $2 = ANY(v.usage) AND v.status = 'active'
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [trackId, usage],
    );
    const items = rows.map((r) => ({ syllabusNodeId: r.node, type: r.type, difficulty: r.difficulty, requirement: r.requirement, count: r.n }) as CoverageCellDto);
    return { items, total: items.length, needs: usage === 'exam' ? await this.needs(trackId) : [] };
  }

  /** The cells the active blueprints of the track need more of: their feasibility shortfalls. */
  private async needs(trackId: string): Promise<CoverageNeedDto[]> {
    const active = await queryRows<{ id: string; level: number }>(this.ds, `SELECT id, level FROM blueprint WHERE track_id = $1 AND status = 'active' ORDER BY level`, [trackId]);
    const out: CoverageNeedDto[] = [];
    for (const b of active) {
      const report = await this.blueprints.feasibility(b.id);
      for (const s of report.shortfalls) out.push({ blueprintId: b.id, level: b.level, ...s });
    }
    return out;
  }

  /** Per version: times used, and the item analysis pooled over every graded attempt that had
   * the version (facility, item–rest correlation, upper–lower D, distractors, flags). */
  @Get('questions/:id/statistics')
  @Roles('trainer', 'officer')
  async statistics(@Param('id', ParseUUIDPipe) id: string): Promise<{ items: ItemStatisticsDto[]; total: number }> {
    const rows = await queryRows<{ id: string; version: number; times_used: number | null; updated_at: Date | null }>(
      this.ds,
      `SELECT v.id, v.version, s.times_used, s.updated_at
       FROM question_version v LEFT JOIN item_statistic s ON s.version_id = v.id WHERE v.question_id = $1 ORDER BY v.version`,
      [id],
    );
    if (!rows.length) throw AppError.notFound('题目');
    const pooled = await this.analysis.pooled(rows.map((r) => r.id));
    const items = rows.map((r) => {
      const analysis = pooled.get(r.id) ?? null;
      return {
        versionId: r.id, version: r.version, timesUsed: r.times_used ?? 0,
        facility: analysis?.facility ?? null, discrimination: analysis?.discrimination ?? null,
        updatedAt: r.updated_at ? new Date(r.updated_at).toISOString() : null,
        analysis,
      };
    });
    return { items, total: items.length };
  }
}
