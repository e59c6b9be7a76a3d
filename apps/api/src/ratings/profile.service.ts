import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type CompetencyProfileDto, type ProfileItemDto } from '@cm/contracts';
import { activeModelId, assessCandidate, currentPolicy, loadCandidateFacts, loadModels, queryRows } from '@cm/db';
import { type AuthUser, hasRole } from '../common/current-user';
import { levelName } from '../reference/reference.mapper';

/** The competency profile (评估打分 / 能力素质状况): every item's rating against the standard of the
 * target level, gaps, the behavioural index, and the syllabus chapters behind each knowledge
 * item. Officers see how the raters split; the candidate only the combined rating. */
@Injectable()
export class ProfileService {
  constructor(private readonly ds: DataSource) {}

  async profile(user: AuthUser, candidateId: string, q: { trackId?: string; targetLevel?: number }): Promise<CompetencyProfileDto> {
    const officer = hasRole(user, 'officer');
    if (!officer && user.id !== candidateId) throw AppError.notFound('考生');
    if (!(await queryRows(this.ds, `SELECT 1 FROM app_user WHERE id = $1`, [candidateId])).length) throw AppError.notFound('考生');
    const [latest] = await queryRows<{ track_id: string; target_level: number }>(
      this.ds,
      `SELECT track_id, target_level FROM rating_campaign WHERE candidate_id = $1 AND status = 'open' ${q.trackId ? 'AND track_id = $2' : ''} ORDER BY created_at DESC LIMIT 1`,
      q.trackId ? [candidateId, q.trackId] : [candidateId],
    );
    const trackId = q.trackId ?? latest?.track_id;
    if (!trackId) throw AppError.validation([{ path: 'trackId', code: 'REQUIRED', message: '该考生没有评价活动,请指定岗位序列 trackId' }]);
    const [track] = await queryRows<{ code: string }>(this.ds, `SELECT code FROM track WHERE id = $1`, [trackId]);
    if (!track) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
    let targetLevel = q.targetLevel ?? latest?.target_level;
    if (!targetLevel) {
      const [held] = await queryRows<{ level: number | null }>(this.ds, `SELECT max(level)::int AS level FROM candidate_level WHERE candidate_id = $1 AND track_id = $2 AND revoked_at IS NULL`, [candidateId, trackId]);
      targetLevel = Math.min(4, (held?.level ?? 0) + 1);
    }
    const facts = (await loadCandidateFacts(this.ds, { trackId, targetLevel, candidateIds: [candidateId] })).get(candidateId)!;
    const modelId = facts.campaign?.modelId ?? (await activeModelId(this.ds, trackId));
    if (!modelId) throw new AppError('CONFLICT', '该岗位序列没有启用的能力素质模型');
    const model = (await loadModels(this.ds, [modelId])).get(modelId)!;
    const policy = await currentPolicy(this.ds);
    const a = assessCandidate(facts, model, targetLevel, policy.value);
    const chapters = await this.knowledgeChapters(trackId, track.code, targetLevel);
    const items: ProfileItemDto[] = a.items.map((it, n) => {
      const p = a.profile.items[n]!;
      const base: ProfileItemDto = {
        itemId: it.itemId, code: it.code, name: it.name, category: it.category, assessment: it.assessment, rating: it.rating, standard: it.standard,
        gap: p.gap, belowStandard: p.belowStandard, farBelow: p.farBelow, basis: it.basis,
        ...(it.assessment === 'exam' ? { standardScore: it.standardScore } : {}),
        trainingChapters: chapters.get(it.code) ?? [],
      };
      if (!officer || !it.aggregate) return base;
      return { ...base, raters: it.aggregate.raters, byRelation: it.aggregate.byRelation, disagreement: it.aggregate.disagreement };
    });
    return {
      candidateId, trackId, targetLevel, targetLevelName: levelName(targetLevel), model: { id: model.id, version: model.version },
      campaignId: facts.campaign?.id ?? null, examAttemptId: facts.exam?.attemptId ?? null, examScore: facts.exam?.score ?? null,
      items, behaviouralIndex: a.profile.behaviouralIndex, categories: model.categories,
    };
  }

  /** Knowledge item → the chapters (examined at the level) under its exam areas
   * (setting knowledge_items.<track>, the defaults.yaml mapping). */
  private async knowledgeChapters(trackId: string, trackCode: string, level: number): Promise<Map<string, ProfileItemDto['trainingChapters']>> {
    const [setting] = await queryRows<{ value: Record<string, string[]> }>(this.ds, `SELECT value FROM setting WHERE key = $1 ORDER BY version DESC LIMIT 1`, [`knowledge_items.${trackCode}`]);
    const nodes = await queryRows<{ id: string; parent_id: string | null; code: string; title: string; kind: string; levels: number[]; position: number }>(
      this.ds,
      `SELECT id, parent_id, code, title, kind, levels, position FROM syllabus_node WHERE track_id = $1 ORDER BY position, code`,
      [trackId],
    );
    const children = new Map<string | null, typeof nodes>();
    for (const n of nodes) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n]);
    const chaptersUnder = (id: string): ProfileItemDto['trainingChapters'] => {
      const out: ProfileItemDto['trainingChapters'] = [];
      const walk = (pid: string) => {
        for (const c of children.get(pid) ?? []) {
          if (c.kind === 'chapter' && c.levels.includes(level)) out.push({ id: c.id, code: c.code, title: c.title });
          else walk(c.id);
        }
      };
      walk(id);
      return out;
    };
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    const out = new Map<string, ProfileItemDto['trainingChapters']>();
    for (const [item, areas] of Object.entries(setting?.value ?? {})) {
      out.set(item, areas.flatMap((code) => {
        const node = byCode.get(code);
        if (!node) return [];
        return node.kind === 'chapter' ? [{ id: node.id, code: node.code, title: node.title }] : chaptersUnder(node.id);
      }));
    }
    return out;
  }
}
