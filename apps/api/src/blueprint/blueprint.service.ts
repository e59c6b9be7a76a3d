import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type BlueprintBody, blueprintBodySchema, type BlueprintDto, type FeasibilityDto, type Page, updateBlueprintSchema } from '@cm/contracts';
import { constraintsOf, examBank, queryRows, recordAudit, toBankItems } from '@cm/db';
import { allocate, feasibility, validateBlueprint, type Blueprint } from '@cm/domain';
import type { z } from 'zod';
import type { AuthUser } from '../common/current-user';
import { toBlueprintDto } from './blueprint.mapper';
import { type BlueprintRow, syllabusTree } from './blueprint.queries';

type ListQuery = { trackId?: string; level?: number; status?: string; page: number; pageSize: number };

/** Blueprints (比重表 + paper structure): versioned per track and level; drafts are edited,
 * activation retires the previous active version and is refused while the bank cannot meet it. */
@Injectable()
export class BlueprintService {
  constructor(private readonly ds: DataSource) {}

  /** Shape errors and rule errors both answer 400 BLUEPRINT_INVALID with every problem. */
  private async check(db: DataSource | EntityManager, raw: unknown): Promise<BlueprintBody> {
    const shape = blueprintBodySchema.safeParse(raw);
    if (!shape.success) {
      throw new AppError('BLUEPRINT_INVALID', '比重表内容不符合要求', {
        problems: shape.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code.toUpperCase(), message: i.message })),
      });
    }
    const tracks = await queryRows<{ id: string }>(db, `SELECT id FROM track WHERE id = $1`, [shape.data.trackId]);
    if (!tracks.length) throw new AppError('BLUEPRINT_INVALID', '岗位序列不存在', { problems: [{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }] });
    const problems = validateBlueprint(shape.data, await syllabusTree(db, shape.data.trackId));
    if (problems.length) throw new AppError('BLUEPRINT_INVALID', '比重表内容不符合要求', { problems });
    return shape.data;
  }

  private async row(db: DataSource | EntityManager, id: string, lock = false): Promise<BlueprintRow> {
    const rows = await queryRows<BlueprintRow>(db, `SELECT * FROM blueprint WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) throw AppError.notFound('比重表');
    return rows[0];
  }

  async create(actor: AuthUser, raw: unknown): Promise<BlueprintDto> {
    return this.ds.transaction(async (m) => {
      const body = await this.check(m, raw);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`blueprint:${body.trackId}:${body.level}`]);
      const [{ next }] = await queryRows<{ next: number }>(m, `SELECT coalesce(max(version), 0) + 1 AS next FROM blueprint WHERE track_id = $1 AND level = $2`, [body.trackId, body.level]);
      const rows = await queryRows<BlueprintRow>(
        m,
        `INSERT INTO blueprint (track_id, level, version, status, name, body, created_by) VALUES ($1, $2, $3, 'draft', $4, $5::jsonb, $6) RETURNING *`,
        [body.trackId, body.level, next, body.name, JSON.stringify(body), actor.id],
      );
      await recordAudit(m, { actorId: actor.id, action: 'blueprint.created', entityType: 'blueprint', entityId: rows[0]!.id, data: { version: next, level: body.level } });
      return toBlueprintDto(rows[0]!);
    });
  }

  async update(actor: AuthUser, id: string, changes: z.infer<typeof updateBlueprintSchema>): Promise<BlueprintDto> {
    return this.ds.transaction(async (m) => {
      const current = await this.row(m, id, true);
      if (current.status !== 'draft') throw new AppError('CONFLICT', '只有草稿可以修改;已启用或已停用的版本请复制为新版本');
      const body = await this.check(m, { ...(current.body as object), ...changes, trackId: current.track_id, level: current.level });
      const rows = await queryRows<BlueprintRow>(m, `UPDATE blueprint SET body = $2::jsonb, name = $3, updated_at = now() WHERE id = $1 RETURNING *`, [id, JSON.stringify(body), body.name]);
      await recordAudit(m, { actorId: actor.id, action: 'blueprint.updated', entityType: 'blueprint', entityId: id, data: { fields: Object.keys(changes) } });
      return toBlueprintDto(rows[0]!);
    });
  }

  async list(q: ListQuery): Promise<Page<BlueprintDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.trackId) where.push(`track_id = $${params.push(q.trackId)}`);
    if (q.level) where.push(`level = $${params.push(q.level)}`);
    if (q.status) where.push(`status = $${params.push(q.status)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<BlueprintRow>(this.ds, `SELECT * FROM blueprint ${w} ORDER BY track_id, level, version DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`, params),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM blueprint ${w}`, params),
    ]);
    return { items: rows.map(toBlueprintDto), total: count[0]?.n ?? 0 };
  }

  async get(id: string): Promise<BlueprintDto> {
    return toBlueprintDto(await this.row(this.ds, id));
  }

  /** What the bank can do for this blueprint today: the allocation, every short cell, and how
   * many papers without a shared item it supports. */
  async feasibility(id: string, db: DataSource | EntityManager = this.ds): Promise<FeasibilityDto> {
    const r = await this.row(db, id);
    const bp = { ...(r.body as object), trackId: r.track_id, level: r.level } as unknown as Blueprint;
    const allocation = allocate(bp);
    const bank = toBankItems(await examBank(db, r.track_id, bp.areas.map((a) => a.syllabusNodeId)));
    const report = feasibility(allocation.cells, bank, constraintsOf(bp));
    return {
      feasible: report.feasible,
      allocation: allocation.cells.map((c) => ({ syllabusNodeId: c.areaId, type: c.type, count: c.count, points: c.points })),
      shortfalls: report.shortfalls.map((s) => ({ syllabusNodeId: s.areaId, type: s.type, ...(s.requirement ? { requirement: s.requirement } : {}), ...(s.difficulty ? { difficulty: s.difficulty } : {}), needed: s.needed, available: s.available })),
      forms: report.forms,
      problems: report.problems,
      areas: allocation.areas.map((a) => ({ syllabusNodeId: a.areaId, targetPoints: a.targetPoints, points: a.points, deviation: a.deviation })),
    };
  }

  async activate(actor: AuthUser, id: string): Promise<BlueprintDto> {
    return this.ds.transaction(async (m) => {
      const r = await this.row(m, id, true);
      if (r.status === 'active') throw new AppError('CONFLICT', '该版本已经启用');
      if (r.status === 'retired') throw new AppError('CONFLICT', '已停用的版本不能再启用,请复制为新版本');
      const report = await this.feasibility(id, m);
      if (!report.feasible) {
        throw new AppError('BLUEPRINT_INFEASIBLE', '题库暂时无法满足该比重表,不能启用', { shortfalls: report.shortfalls, forms: report.forms });
      }
      await m.query(`UPDATE blueprint SET status = 'retired', updated_at = now() WHERE track_id = $1 AND level = $2 AND status = 'active'`, [r.track_id, r.level]);
      const rows = await queryRows<BlueprintRow>(m, `UPDATE blueprint SET status = 'active', activated_by = $2, activated_at = now(), updated_at = now() WHERE id = $1 RETURNING *`, [id, actor.id]);
      await recordAudit(m, { actorId: actor.id, action: 'blueprint.activated', entityType: 'blueprint', entityId: id, data: { version: r.version, level: r.level, forms: report.forms } });
      return toBlueprintDto(rows[0]!);
    });
  }
}
