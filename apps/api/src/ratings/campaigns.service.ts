import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type BatchCampaignRequest, type CreateCampaignRequest, type FieldProblem, type Page, type RatingCampaignDto } from '@cm/contracts';
import { activeModelId, currentPolicy, loadModels, queryRows, recordAudit } from '@cm/db';
import { aggregateItem } from '@cm/domain';
import type { AuthUser } from '../common/current-user';
import { CAMPAIGN_SELECT, type CampaignRow, RATING_SELECT, type RatingRow, toCampaignDto } from './rating.mapper';

type Rater = CreateCampaignRequest['raters'][number];

/** Rating campaigns: an officer names the raters of one candidate (or of every candidate of an
 * org unit); the campaign pins the competency model and policy versions in force. */
@Injectable()
export class CampaignsService {
  constructor(private readonly ds: DataSource) {}

  async create(actor: AuthUser, body: CreateCampaignRequest): Promise<RatingCampaignDto> {
    const problems = raterProblems(body.candidateId, body.raters);
    if (body.dueAt && new Date(body.dueAt).getTime() <= Date.now()) problems.push({ path: 'dueAt', code: 'IN_PAST', message: '截止时间必须晚于现在' });
    if (problems.length) throw AppError.validation(problems);
    const id = await this.ds.transaction(async (m) => {
      await this.checkPeople(m, [body.candidateId], body.raters.map((r) => r.raterId));
      const pins = await this.pins(m, body.trackId);
      const campaignId = await insertCampaign(m, actor.id, { ...body, ...pins, batchId: null });
      await recordAudit(m, { actorId: actor.id, action: 'rating_campaign.created', entityType: 'rating_campaign', entityId: campaignId, data: { candidateId: body.candidateId, trackId: body.trackId, targetLevel: body.targetLevel, raters: body.raters, dueAt: body.dueAt ?? null, modelVersion: pins.modelVersion, policyVersion: pins.policyVersion } });
      return campaignId;
    });
    return (await this.dtos(this.ds, [id]))[0]!;
  }

  /** One campaign per candidate of an org unit (and its sub-units) or of a list, all with the
   * same supervisor and peers (nobody rates themself as supervisor or peer), in one transaction. */
  async createBatch(actor: AuthUser, body: BatchCampaignRequest) {
    if (body.dueAt && new Date(body.dueAt).getTime() <= Date.now()) throw AppError.validation([{ path: 'dueAt', code: 'IN_PAST', message: '截止时间必须晚于现在' }]);
    if (body.peerIds.includes(body.supervisorId)) throw AppError.validation([{ path: 'peerIds', code: 'DUPLICATE_RATER', message: '同一人不能既是上级又是同事评价人' }]);
    return this.ds.transaction(async (m) => {
      const fromUnit = body.orgUnitId ? await unitCandidates(m, body.orgUnitId, body.includeSubUnits) : [];
      const all = [...new Set([...(body.candidateIds ?? []), ...fromUnit])];
      const skipped: { candidateId: string; reason: string }[] = [];
      const candidates = all.filter((c) => (c === body.supervisorId ? (skipped.push({ candidateId: c, reason: 'IS_SUPERVISOR' }), false) : true));
      if (!candidates.length) throw AppError.validation([{ path: 'orgUnitId', code: 'NO_CANDIDATES', message: '没有可评价的考生' }]);
      await this.checkPeople(m, candidates, [body.supervisorId, ...body.peerIds]);
      const pins = await this.pins(m, body.trackId);
      const batchId = randomUUID();
      const created: string[] = [];
      for (const candidateId of candidates) {
        const raters: Rater[] = [{ raterId: body.supervisorId, relation: 'supervisor' }, ...body.peerIds.filter((p) => p !== candidateId).map((raterId) => ({ raterId, relation: 'peer' as const }))];
        if (body.includeSelf) raters.push({ raterId: candidateId, relation: 'self' });
        const id = await insertCampaign(m, actor.id, { candidateId, trackId: body.trackId, targetLevel: body.targetLevel, raters, dueAt: body.dueAt, note: body.note, ...pins, batchId });
        created.push(id);
        await recordAudit(m, { actorId: actor.id, action: 'rating_campaign.created', entityType: 'rating_campaign', entityId: id, data: { candidateId, trackId: body.trackId, targetLevel: body.targetLevel, raters, batchId, modelVersion: pins.modelVersion, policyVersion: pins.policyVersion } });
      }
      const items = await this.dtos(m, created);
      return { batchId, items, total: items.length, skipped };
    });
  }

  async list(q: { candidateId?: string; trackId?: string; status?: 'open' | 'cancelled'; overdue?: boolean; page: number; pageSize: number }): Promise<Page<RatingCampaignDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.candidateId) where.push(`c.candidate_id = $${params.push(q.candidateId)}`);
    if (q.trackId) where.push(`c.track_id = $${params.push(q.trackId)}`);
    if (q.status) where.push(`c.status = $${params.push(q.status)}`);
    if (q.overdue !== undefined) {
      const cond = `(c.status = 'open' AND c.due_at < now() AND EXISTS (SELECT 1 FROM rating r WHERE r.campaign_id = c.id AND r.status <> 'submitted'))`;
      where.push(q.overdue ? cond : `NOT ${cond}`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<{ id: string }>(this.ds, `SELECT c.id FROM rating_campaign c ${w} ORDER BY c.created_at DESC, c.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`, params),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM rating_campaign c ${w}`, params),
    ]);
    return { items: await this.dtos(this.ds, rows.map((r) => r.id)), total: count[0]?.n ?? 0 };
  }

  /** The campaign with every rater's levels and the aggregate per item (officers). */
  async detail(id: string) {
    const [dto] = await this.dtos(this.ds, [id]);
    if (!dto) throw AppError.notFound('评价活动');
    const policy = await currentPolicy(this.ds);
    const model = (await loadModels(this.ds, [dto.model.id])).get(dto.model.id)!;
    const levels = await queryRows<{ rating_id: string; item_id: string; level: number; evidence: string | null; reason: string | null; proposed_level: number | null; observed_indicator_ids: string[] | null }>(
      this.ds,
      `SELECT ri.* FROM rating_item ri JOIN rating r ON r.id = ri.rating_id WHERE r.campaign_id = $1`,
      [id],
    );
    const byRating = new Map(dto.ratings.map((r) => [r.id, r]));
    const items = model.items.filter((i) => i.assessment === 'rating').map((it) => {
      const entries = levels.filter((l) => l.item_id === it.id).map((l) => {
        const r = byRating.get(l.rating_id)!;
        return { ratingId: r.id, raterId: r.raterId, raterName: r.raterName, relation: r.relation, status: r.status, level: l.level, proposedLevel: l.proposed_level, evidence: l.evidence, reason: l.reason, observedIndicatorIds: l.observed_indicator_ids };
      });
      const agg = aggregateItem(entries.filter((e) => e.status === 'submitted').map((e) => ({ relation: e.relation, level: e.level })), policy.value.raterWeights, policy.value.disagreementLevels);
      return { itemId: it.id, code: it.code, name: it.name, category: it.category, rating: agg.rating, byRelation: agg.byRelation, disagreement: agg.disagreement, spread: agg.spread, selfIgnored: agg.selfIgnored, entries };
    });
    return { ...dto, items, aggregation: { policyVersion: policy.version, raterWeights: policy.value.raterWeights, disagreementLevels: policy.value.disagreementLevels } };
  }

  async cancel(actor: AuthUser, id: string, reason: string): Promise<RatingCampaignDto> {
    await this.ds.transaction(async (m) => {
      const [c] = await queryRows<{ status: string }>(m, `SELECT status FROM rating_campaign WHERE id = $1 FOR UPDATE`, [id]);
      if (!c) throw AppError.notFound('评价活动');
      if (c.status === 'cancelled') throw new AppError('CONFLICT', '评价活动已取消');
      await m.query(`UPDATE rating_campaign SET status = 'cancelled', cancel_reason = $2 WHERE id = $1`, [id, reason]);
      await recordAudit(m, { actorId: actor.id, action: 'rating_campaign.cancelled', entityType: 'rating_campaign', entityId: id, data: { reason } });
    });
    return (await this.dtos(this.ds, [id]))[0]!;
  }

  async dtos(db: DataSource | EntityManager, ids: string[]): Promise<RatingCampaignDto[]> {
    if (!ids.length) return [];
    const rows = await queryRows<CampaignRow>(db, `${CAMPAIGN_SELECT} WHERE c.id = ANY($1::uuid[])`, [ids]);
    const ratings = await queryRows<RatingRow>(db, `${RATING_SELECT} WHERE r.campaign_id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.filter((id) => byId.has(id)).map((id) => toCampaignDto(byId.get(id)!, ratings));
  }

  /** The versions a new campaign pins: the active model of the track and the policy in force. */
  private async pins(m: EntityManager, trackId: string) {
    if (!(await queryRows(m, `SELECT 1 FROM track WHERE id = $1`, [trackId])).length) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
    const modelId = await activeModelId(m, trackId);
    if (!modelId) throw new AppError('CONFLICT', '该岗位序列没有启用的能力素质模型');
    const [mv] = await queryRows<{ version: number }>(m, `SELECT version FROM competency_model WHERE id = $1`, [modelId]);
    const policy = await currentPolicy(m);
    return { modelId, modelVersion: mv!.version, policyId: policy.id, policyVersion: policy.version };
  }

  private async checkPeople(m: EntityManager, candidateIds: string[], raterIds: string[]) {
    const ids = [...new Set([...candidateIds, ...raterIds])];
    const users = await queryRows<{ id: string; roles: string[]; active: boolean }>(m, `SELECT id, roles, active FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(users.map((u) => [u.id, u]));
    const problems: FieldProblem[] = [];
    for (const c of candidateIds) {
      const u = byId.get(c);
      if (!u || !u.active || !u.roles.includes('candidate')) problems.push({ path: 'candidateId', code: 'NOT_A_CANDIDATE', message: `用户 ${c} 不是有效的考生` });
    }
    for (const r of new Set(raterIds)) {
      const u = byId.get(r);
      if (!u || !u.active) problems.push({ path: 'raters', code: 'UNKNOWN_RATER', message: `评价人 ${r} 不存在或已停用` });
    }
    if (problems.length) throw AppError.validation(problems);
  }
}

/** Exactly one supervisor; nobody rates themself as supervisor or peer; self only the candidate. */
export function raterProblems(candidateId: string, raters: Rater[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const supervisors = raters.filter((r) => r.relation === 'supervisor').length;
  if (supervisors !== 1) out.push({ path: 'raters', code: 'ONE_SUPERVISOR', message: `评价活动必须恰好有一位上级评价人(现有 ${supervisors} 位)` });
  if (new Set(raters.map((r) => r.raterId)).size !== raters.length) out.push({ path: 'raters', code: 'DUPLICATE_RATER', message: '同一评价人只能出现一次' });
  raters.forEach((r, i) => {
    if (r.relation === 'self' && r.raterId !== candidateId) out.push({ path: `raters.${i}.raterId`, code: 'SELF_NOT_CANDIDATE', message: '自评人必须是被评价的考生本人' });
    if (r.relation !== 'self' && r.raterId === candidateId) out.push({ path: `raters.${i}.raterId`, code: 'RATER_IS_CANDIDATE', message: '考生不能作为自己的上级或同事评价人' });
  });
  return out;
}

async function insertCampaign(
  m: EntityManager,
  actorId: string,
  c: { candidateId: string; trackId: string; targetLevel: number; raters: Rater[]; dueAt?: string; note?: string; modelId: string; policyId: string; batchId: string | null },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    m,
    `INSERT INTO rating_campaign (candidate_id, track_id, target_level, model_id, policy_id, due_at, note, batch_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [c.candidateId, c.trackId, c.targetLevel, c.modelId, c.policyId, c.dueAt ?? null, c.note ?? null, c.batchId, actorId],
  );
  await m.query(
    `INSERT INTO rating (campaign_id, rater_id, relation) SELECT $1, x.rater_id, x.relation FROM jsonb_to_recordset($2::jsonb) AS x(rater_id uuid, relation text)`,
    [row!.id, JSON.stringify(c.raters.map((r) => ({ rater_id: r.raterId, relation: r.relation })))],
  );
  return row!.id;
}

async function unitCandidates(m: EntityManager, orgUnitId: string, sub: boolean): Promise<string[]> {
  if (!(await queryRows(m, `SELECT 1 FROM org_unit WHERE id = $1`, [orgUnitId])).length) throw AppError.validation([{ path: 'orgUnitId', code: 'UNKNOWN_ORG_UNIT', message: '组织机构不存在' }]);
  const units = sub
    ? await queryRows<{ id: string }>(m, `WITH RECURSIVE u AS (SELECT id FROM org_unit WHERE id = $1 UNION ALL SELECT o.id FROM org_unit o JOIN u ON o.parent_id = u.id) SELECT id FROM u`, [orgUnitId])
    : [{ id: orgUnitId }];
  const rows = await queryRows<{ id: string }>(
    m,
    `SELECT id FROM app_user WHERE org_unit_id = ANY($1::uuid[]) AND active AND 'candidate' = ANY(roles) ORDER BY display_name, id`,
    [units.map((u) => u.id)],
  );
  return rows.map((r) => r.id);
}
