import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type FieldProblem, type Page, parseOrThrow, type RatingEntryDto, type RatingFormDto, type RatingListItemDto, type RatingStatus, type SaveRatingRequest, saveRatingSchema } from '@cm/contracts';
import { type CompetencyLevelColumn, policyVersionById, queryRows, recordAudit } from '@cm/db';
import { type LevelProposal, proposeLevel, reasonRequired } from '@cm/domain';
import { type AuthUser, hasRole } from '../common/current-user';
import { levelName } from '../reference/reference.mapper';
import { RATING_LIST_SELECT, type RatingListRow, toRatingListItem } from './rating.mapper';

interface RatingFacts {
  id: string;
  rater_id: string;
  status: RatingStatus;
  relation: string;
  campaign_id: string;
  campaign_status: 'open' | 'cancelled';
  candidate_id: string;
  model_id: string;
  policy_id: string;
}

interface RatedItem {
  id: string;
  code: string;
  name: string;
  category: string;
  definition: string | null;
  levels: CompetencyLevelColumn[];
}

const SCALE = [0, 1, 2, 3, 4].map((level) => ({ level, name: ['低于初级', '初级', '中级', '高级', '资深'][level]! }));

/** A rater's own ratings: the to-do list, the form, drafts and submission. Only the named rater
 * writes a rating; officers read any; everyone else gets 404 and nothing is written. */
@Injectable()
export class RatingsService {
  constructor(private readonly ds: DataSource) {}

  async list(user: AuthUser, q: { mine?: boolean; campaignId?: string; candidateId?: string; raterId?: string; status?: RatingStatus; overdue?: boolean; page: number; pageSize: number }): Promise<Page<RatingListItemDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.mine || !hasRole(user, 'officer')) where.push(`r.rater_id = $${params.push(user.id)}`);
    else if (q.raterId) where.push(`r.rater_id = $${params.push(q.raterId)}`);
    if (q.campaignId) where.push(`r.campaign_id = $${params.push(q.campaignId)}`);
    if (q.candidateId) where.push(`c.candidate_id = $${params.push(q.candidateId)}`);
    if (q.status) where.push(`r.status = $${params.push(q.status)}`);
    if (q.overdue !== undefined) {
      const cond = `(c.status = 'open' AND r.status <> 'submitted' AND c.due_at < now())`;
      where.push(q.overdue ? cond : `NOT ${cond}`);
    }
    // A rater's to-do list shows open campaigns only; officers filter as they like.
    if (!hasRole(user, 'officer')) where.push(`c.status = 'open'`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<RatingListRow>(
        this.ds,
        `${RATING_LIST_SELECT} ${w} ORDER BY (r.status = 'submitted'), c.due_at ASC NULLS LAST, r.created_at DESC, r.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
        params,
      ),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM rating r JOIN rating_campaign c ON c.id = r.campaign_id ${w}`, params),
    ]);
    return { items: rows.map(toRatingListItem), total: count[0]?.n ?? 0 };
  }

  /** The rating form: the campaign's model version (rated items, each level's summary and
   * ▶ indicators), the pinned rules, and what the rater saved so far. */
  async form(user: AuthUser, id: string): Promise<RatingFormDto> {
    const facts = await this.facts(this.ds, id);
    if (facts.rater_id !== user.id && !hasRole(user, 'officer')) throw AppError.notFound('评价');
    const [row] = await queryRows<RatingListRow>(this.ds, `${RATING_LIST_SELECT} WHERE r.id = $1`, [id]);
    const [model] = await queryRows<{ version: number; level_principles: unknown }>(this.ds, `SELECT version, level_principles FROM competency_model WHERE id = $1`, [facts.model_id]);
    const policy = await policyVersionById(this.ds, facts.policy_id);
    const items = await this.ratedItems(this.ds, facts.model_id);
    return {
      ...toRatingListItem(row!),
      model: { id: facts.model_id, version: model!.version },
      rules: { indicatorRule: policy.value.indicatorRule, evidenceRequiredFromLevel: policy.value.evidenceRequiredFromLevel, scale: SCALE },
      levelPrinciples: model!.level_principles,
      items: items.map((i) => ({
        itemId: i.id, code: i.code, name: i.name, category: i.category, definition: i.definition,
        levels: i.levels.map((l) => ({ level: l.level, name: l.name ?? levelName(l.level), summary: l.summary, completeness: l.completeness, provenance: l.provenance, indicators: l.indicators.map((x) => ({ id: x.id, text: x.text })) })),
      })),
      entries: await this.entries(this.ds, id),
    };
  }

  /** Saves a draft: the given items replace the draft. A level other than the one the observed
   * indicators propose needs a reason. Evidence is checked at submission. */
  async save(user: AuthUser, id: string, raw: unknown) {
    return this.ds.transaction(async (m) => {
      // Ownership before the body: a stranger learns nothing from a validation error.
      const facts = await this.ownRating(m, user, id);
      const body: SaveRatingRequest = parseOrThrow(saveRatingSchema, raw);
      const policy = await policyVersionById(m, facts.policy_id);
      const items = new Map((await this.ratedItems(m, facts.model_id)).map((i) => [i.id, i]));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      const rows = body.items.map((entry, n) => {
        const item = items.get(entry.itemId);
        if (seen.has(entry.itemId)) problems.push({ path: `items.${n}.itemId`, code: 'DUPLICATE_ITEM', message: '同一评价项只能出现一次' });
        seen.add(entry.itemId);
        if (!item) {
          problems.push({ path: `items.${n}.itemId`, code: 'UNKNOWN_ITEM', message: '该评价项不属于本次评价使用的模型版本,或由考试评定' });
          return null;
        }
        let proposal: LevelProposal | null = null;
        if (entry.observedIndicatorIds) {
          const known = new Set(item.levels.flatMap((l) => l.indicators.map((x) => x.id)));
          const unknown = entry.observedIndicatorIds.filter((x) => !known.has(x));
          if (unknown.length) problems.push({ path: `items.${n}.observedIndicatorIds`, code: 'UNKNOWN_INDICATOR', message: `不属于「${item.name}」的行为指标:${unknown.join(', ')}` });
          proposal = proposeLevel(item.levels.map((l) => ({ level: l.level, indicatorIds: l.indicators.map((x) => x.id) })), entry.observedIndicatorIds, policy.value.indicatorRule);
          if (reasonRequired(entry.level, proposal) && !entry.reason) {
            problems.push({ path: `items.${n}.reason`, code: 'REASON_REQUIRED', message: `「${item.name}」按勾选的行为指标建议为 ${proposal.proposed ?? '—'} 级,选择 ${entry.level} 级需要说明理由` });
          }
        }
        return { item_id: entry.itemId, level: entry.level, observed_indicator_ids: entry.observedIndicatorIds ?? null, proposed_level: proposal?.proposed ?? null, evidence: entry.evidence || null, reason: entry.reason || null };
      });
      if (problems.length) throw AppError.validation(problems);
      await m.query(`DELETE FROM rating_item WHERE rating_id = $1`, [id]);
      await m.query(
        `INSERT INTO rating_item (rating_id, item_id, level, observed_indicator_ids, proposed_level, evidence, reason)
         SELECT $1, x.item_id, x.level, x.observed_indicator_ids, x.proposed_level, x.evidence, x.reason
         FROM jsonb_to_recordset($2::jsonb) AS x(item_id uuid, level int, observed_indicator_ids jsonb, proposed_level int, evidence text, reason text)`,
        [id, JSON.stringify(rows)],
      );
      const [saved] = await queryRows<{ saved_at: Date }>(m, `UPDATE rating SET status = 'draft', saved_at = now() WHERE id = $1 RETURNING saved_at`, [id]);
      return { id, status: 'draft' as const, savedAt: new Date(saved!.saved_at).toISOString(), entries: await this.entries(m, id) };
    });
  }

  /** Submits: every rated item of the model version has a level, and every level at or above
   * the evidence threshold has evidence text; else 422 and nothing changes. */
  async submit(user: AuthUser, id: string) {
    return this.ds.transaction(async (m) => {
      const facts = await this.ownRating(m, user, id);
      const policy = await policyVersionById(m, facts.policy_id);
      const items = await this.ratedItems(m, facts.model_id);
      const entries = new Map((await this.entries(m, id)).map((e) => [e.itemId, e]));
      const missing = items.filter((i) => !entries.has(i.id));
      if (missing.length) {
        throw new AppError('RATING_INCOMPLETE', `还有 ${missing.length} 个评价项未评定`, { rule: 'every rated item of the model version needs a level', missingItemIds: missing.map((i) => i.id), items: missing.map((i) => ({ itemId: i.id, code: i.code, name: i.name })) });
      }
      const from = policy.value.evidenceRequiredFromLevel;
      const noEvidence = items.filter((i) => (entries.get(i.id)!.level >= from) && !entries.get(i.id)!.evidence);
      if (noEvidence.length) {
        throw new AppError('RATING_EVIDENCE_REQUIRED', `评定为 ${from} 级及以上的评价项需要填写事实依据`, { rule: `evidence required from level ${from}`, evidenceRequiredFromLevel: from, itemIds: noEvidence.map((i) => i.id), items: noEvidence.map((i) => ({ itemId: i.id, code: i.code, name: i.name, level: entries.get(i.id)!.level })) });
      }
      const [row] = await queryRows<{ submitted_at: Date }>(m, `UPDATE rating SET status = 'submitted', submitted_at = now() WHERE id = $1 RETURNING submitted_at`, [id]);
      await recordAudit(m, {
        actorId: user.id, action: 'rating.submitted', entityType: 'rating', entityId: id,
        data: { campaignId: facts.campaign_id, candidateId: facts.candidate_id, relation: facts.relation, levels: Object.fromEntries(items.map((i) => [i.code, entries.get(i.id)!.level])) },
      });
      return { id, status: 'submitted' as const, submittedAt: new Date(row!.submitted_at).toISOString() };
    });
  }

  private async facts(db: DataSource | EntityManager, id: string, lock = false): Promise<RatingFacts> {
    const [f] = await queryRows<RatingFacts>(
      db,
      `SELECT r.id, r.rater_id, r.status, r.relation, r.campaign_id, c.status AS campaign_status, c.candidate_id, c.model_id, c.policy_id
       FROM rating r JOIN rating_campaign c ON c.id = r.campaign_id WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
    if (!f) throw AppError.notFound('评价');
    return f;
  }

  /** The rater's own rating, locked, still open; officers who are not the rater get 403, anyone else 404. */
  private async ownRating(m: EntityManager, user: AuthUser, id: string): Promise<RatingFacts> {
    const f = await this.facts(m, id, true);
    if (f.rater_id !== user.id) {
      if (hasRole(user, 'officer')) throw AppError.forbidden('只有评价人本人可以填写评价');
      throw AppError.notFound('评价');
    }
    if (f.status === 'submitted') throw new AppError('RATING_ALREADY_SUBMITTED', '评价已提交,不能再修改');
    if (f.campaign_status !== 'open') throw new AppError('CONFLICT', '评价活动已取消');
    return f;
  }

  private async ratedItems(db: DataSource | EntityManager, modelId: string): Promise<RatedItem[]> {
    return queryRows<RatedItem>(db, `SELECT id, code, name, category, definition, levels FROM competency_item WHERE model_id = $1 AND assessment = 'rating' ORDER BY seq`, [modelId]);
  }

  private async entries(db: DataSource | EntityManager, ratingId: string): Promise<RatingEntryDto[]> {
    const rows = await queryRows<{ item_id: string; level: number; observed_indicator_ids: string[] | null; proposed_level: number | null; evidence: string | null; reason: string | null }>(
      db,
      `SELECT ri.item_id, ri.level, ri.observed_indicator_ids, ri.proposed_level, ri.evidence, ri.reason FROM rating_item ri JOIN competency_item i ON i.id = ri.item_id WHERE ri.rating_id = $1 ORDER BY i.seq`,
      [ratingId],
    );
    return rows.map((r) => ({ itemId: r.item_id, level: r.level, observedIndicatorIds: r.observed_indicator_ids, proposedLevel: r.proposed_level, evidence: r.evidence, reason: r.reason }));
  }
}
