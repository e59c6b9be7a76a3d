import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type ItemAnalysisRowDto, type ItemStatsDto, type SessionItemAnalysisDto } from '@cm/contracts';
import { loadPooledAnalysisInput, loadSessionAnalysisInput } from '@cm/db';
import { ANALYSIS_DEFAULTS, analyseItems, analyseSession } from '@cm/domain';
import { round4, stemExcerpt, toItemStats } from './analysis.mapper';

/** Item analysis over graded attempts only, computed on request from the stored item scores
 * (nothing cached: a regrade or a newly graded attempt shows at once). */
@Injectable()
export class AnalysisService {
  constructor(private readonly ds: DataSource) {}

  async session(sessionId: string): Promise<SessionItemAnalysisDto> {
    const input = await loadSessionAnalysisInput(this.ds, sessionId);
    if (!input) throw AppError.notFound('考试场次');
    const result = analyseSession(input.formMode, input.items, input.attempts);
    const items: ItemAnalysisRowDto[] = result.items
      .map((a) => {
        const v = input.versions.get(a.key)!;
        return {
          versionId: v.id, questionId: v.questionId, version: v.version, type: v.type, stem: stemExcerpt(v.stem),
          syllabusNodeId: v.syllabusNodeId, areaTitle: v.areaTitle, position: input.positions.get(v.id) ?? null,
          ...toItemStats(a),
        };
      })
      .sort((x, y) => (x.position ?? 1e9) - (y.position ?? 1e9) || x.areaTitle.localeCompare(y.areaTitle, 'zh-CN') || x.stem.localeCompare(y.stem, 'zh-CN'));
    return {
      sessionId,
      formMode: input.formMode,
      attempts: result.n,
      minN: ANALYSIS_DEFAULTS.minN,
      items,
      reliability: result.reliability.map((r) => ({
        ...r,
        label: input.formLabels.get(r.formId) ?? '',
        value: round4(r.value),
        meanPoints: round4(r.meanPoints) ?? 0,
        sdPoints: round4(r.sdPoints) ?? 0,
        sem: round4(r.sem),
      })),
      reliabilityNote: result.reliabilityNote,
      flagged: items.filter((i) => i.flags.length > 0).length,
    };
  }

  /** Pooled per question version over every session; versions without graded responses are absent. */
  async pooled(versionIds: string[]): Promise<Map<string, ItemStatsDto>> {
    const input = await loadPooledAnalysisInput(this.ds, versionIds);
    const analysed = analyseItems(input.items, input.attempts);
    return new Map(analysed.filter((a) => a.n > 0).map((a) => [a.key, toItemStats(a)]));
  }
}
