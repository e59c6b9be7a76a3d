import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type FieldProblem, type NewModelVersionRequest } from '@cm/contracts';
import { type CompetencyLevelColumn, queryRows, recordAudit } from '@cm/db';
import type { AuthUser } from '../common/current-user';

interface ItemRow {
  id: string;
  seq: number;
  code: string;
  name: string;
  category: string;
  category_id: string;
  assessment: 'rating' | 'exam';
  definition: string | null;
  definition_provenance: string;
  levels: CompetencyLevelColumn[];
}

const LEVEL_NAMES = ['初级', '中级', '高级', '资深'];

/** 动态调整: officers change items, ▶ indicators and the standard-level matrix as a new model
 * version with a reason. The new version becomes the active one; the old one is retired but
 * stays readable, and campaigns and decisions keep the version they pinned. Text an officer
 * writes is labelled as the organisation's, never as source text. */
@Injectable()
export class CompetencyVersionsService {
  constructor(private readonly ds: DataSource) {}

  async createVersion(actor: AuthUser, baseId: string, body: NewModelVersionRequest): Promise<string> {
    return this.ds.transaction(async (m) => {
      const [base] = await queryRows<{ id: string; track_id: string; version: number; status: string; title: string; source_refs: unknown; categories: { id: string; name: string }[]; level_principles: unknown }>(
        m,
        `SELECT * FROM competency_model WHERE id = $1 FOR UPDATE`,
        [baseId],
      );
      if (!base) throw AppError.notFound('能力素质模型');
      if (base.status !== 'active') {
        const [active] = await queryRows<{ id: string; version: number }>(m, `SELECT id, version FROM competency_model WHERE track_id = $1 AND status = 'active'`, [base.track_id]);
        throw new AppError('CONFLICT', '只能基于当前启用的版本创建新版本', { activeModelId: active?.id ?? null, activeVersion: active?.version ?? null });
      }
      const [{ next }] = await queryRows<{ next: number }>(m, `SELECT max(version)::int + 1 AS next FROM competency_model WHERE track_id = $1`, [base.track_id]);
      const items = await queryRows<ItemRow>(m, `SELECT * FROM competency_item WHERE model_id = $1 ORDER BY seq`, [baseId]);
      const standards = await queryRows<{ position_level: number; item_id: string; standard_level: number }>(m, `SELECT position_level, item_id, standard_level FROM competency_standard WHERE model_id = $1`, [baseId]);
      const { next: nextItems, problems } = applyEdits(items, base.categories, body, next!);
      if (problems.length) throw AppError.validation(problems);

      // Standards: copied by item code, new items on the diagonal default, then the edited cells.
      const codeOfOld = new Map(items.map((i) => [i.id, i.code]));
      const matrix = new Map<string, number>();
      for (const s of standards) matrix.set(`${s.position_level}:${codeOfOld.get(s.item_id)}`, s.standard_level);
      for (const it of nextItems) for (const L of [1, 2, 3, 4]) if (!matrix.has(`${L}:${it.code}`)) matrix.set(`${L}:${it.code}`, L);
      const codes = new Set(nextItems.map((i) => i.code));
      const cellProblems: FieldProblem[] = [];
      (body.standards ?? []).forEach((c, n) => {
        if (!codes.has(c.itemCode)) cellProblems.push({ path: `standards.${n}.itemCode`, code: 'UNKNOWN_ITEM', message: `新版本中没有评价项 ${c.itemCode}` });
        else matrix.set(`${c.positionLevel}:${c.itemCode}`, c.standardLevel);
      });
      if (cellProblems.length) throw AppError.validation(cellProblems);

      await m.query(`UPDATE competency_model SET status = 'retired' WHERE id = $1`, [baseId]);
      const [created] = await queryRows<{ id: string }>(
        m,
        `INSERT INTO competency_model (track_id, version, status, title, source_refs, categories, level_principles, reason, created_by, based_on_id)
         VALUES ($1, $2, 'active', $3, $4::jsonb, $5::jsonb, $6::jsonb, $7, $8, $9) RETURNING id`,
        [base.track_id, next, base.title, JSON.stringify(base.source_refs), JSON.stringify(base.categories), JSON.stringify(base.level_principles), body.reason, actor.id, baseId],
      );
      const modelId = created!.id;
      const idOfCode = new Map<string, string>();
      for (const it of nextItems) {
        const [row] = await queryRows<{ id: string }>(
          m,
          `INSERT INTO competency_item (model_id, seq, code, name, category, category_id, assessment, definition, definition_provenance, levels)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) RETURNING id`,
          [modelId, it.seq, it.code, it.name, it.category, it.category_id, it.assessment, it.definition, it.definition_provenance, JSON.stringify(it.levels)],
        );
        idOfCode.set(it.code, row!.id);
      }
      const cells = [...matrix.entries()].filter(([k]) => codes.has(k.slice(2))).map(([k, v]) => ({ position_level: Number(k[0]), item_id: idOfCode.get(k.slice(2)), standard_level: v }));
      await m.query(
        `INSERT INTO competency_standard (model_id, position_level, item_id, standard_level)
         SELECT $1, x.position_level, x.item_id, x.standard_level FROM jsonb_to_recordset($2::jsonb) AS x(position_level int, item_id uuid, standard_level int)`,
        [modelId, JSON.stringify(cells)],
      );
      await recordAudit(m, {
        actorId: actor.id, action: 'competency_model.version_created', entityType: 'competency_model', entityId: modelId,
        data: { trackId: base.track_id, basedOn: { id: baseId, version: base.version }, version: next, reason: body.reason, editedItems: (body.items ?? []).map((i) => i.code), addedItems: (body.addItems ?? []).map((i) => i.code), removedItems: body.removeItemCodes ?? [], standardCells: body.standards?.length ?? 0 },
      });
      return modelId;
    });
  }
}

type LevelEdit = NonNullable<NonNullable<NewModelVersionRequest['items']>[number]['levels']>[number];

/** Applies the edits to copies of the base items (pure). */
export function applyEdits(base: ItemRow[], categories: { id: string; name: string }[], body: NewModelVersionRequest, version: number): { next: ItemRow[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const authored = `organisation (v${version})`;
  const byCode = new Map(base.map((i) => [i.code, structuredClone(i)]));
  (body.removeItemCodes ?? []).forEach((code, n) => {
    if (!byCode.delete(code)) problems.push({ path: `removeItemCodes.${n}`, code: 'UNKNOWN_ITEM', message: `没有评价项 ${code}` });
  });
  const editLevels = (levels: CompetencyLevelColumn[], edits: LevelEdit[]): CompetencyLevelColumn[] =>
    levels.map((l) => {
      const e = edits.find((x) => x.level === l.level);
      if (!e) return l;
      const known = new Map(l.indicators.map((x) => [x.id, x]));
      const indicators = e.indicators === undefined ? l.indicators : e.indicators.map((x) => {
        const kept = x.id ? known.get(x.id) : undefined;
        // An unchanged source indicator keeps its provenance; anything written here is the organisation's.
        return kept && kept.text === x.text ? kept : { id: randomUUID(), text: x.text, provenance: authored };
      });
      const summaryChanged = e.summary !== undefined && e.summary !== l.summary;
      const changed = summaryChanged || indicators !== l.indicators;
      return {
        ...l,
        summary: e.summary === undefined ? l.summary : e.summary,
        indicators,
        provenance: changed && !l.provenance.includes(authored) ? `${l.provenance}; ${authored}` : l.provenance,
        // Text the sources never gave, now written by the organisation.
        completeness: changed && l.completeness === 'not_found' && (indicators.length > 0 || !!(e.summary ?? l.summary)) ? 'authored' : l.completeness,
      };
    });
  (body.items ?? []).forEach((e, n) => {
    const it = byCode.get(e.code);
    if (!it) {
      problems.push({ path: `items.${n}.code`, code: 'UNKNOWN_ITEM', message: `没有评价项 ${e.code}(或已被删除)` });
      return;
    }
    if (e.name !== undefined) it.name = e.name;
    if (e.definition !== undefined) {
      it.definition = e.definition;
      it.definition_provenance = authored;
    }
    if (e.levels) it.levels = editLevels(it.levels, e.levels);
  });
  let seq = Math.max(0, ...base.map((i) => i.seq));
  (body.addItems ?? []).forEach((a, n) => {
    if (byCode.has(a.code) || base.some((i) => i.code === a.code)) {
      problems.push({ path: `addItems.${n}.code`, code: 'ITEM_CODE_TAKEN', message: `评价项代码 ${a.code} 已存在` });
      return;
    }
    const category = categories.find((c) => c.id === a.categoryId);
    if (!category) {
      problems.push({ path: `addItems.${n}.categoryId`, code: 'UNKNOWN_CATEGORY', message: `类别须为 ${categories.map((c) => c.id).join(' / ')}` });
      return;
    }
    const empty: CompetencyLevelColumn[] = [1, 2, 3, 4].map((level) => ({ level, name: LEVEL_NAMES[level - 1]!, summary: null, indicators: [], completeness: 'not_found', provenance: authored, levelPosition: null, note: null }));
    byCode.set(a.code, {
      id: '', seq: ++seq, code: a.code, name: a.name, category: category.name, category_id: category.id, assessment: a.assessment,
      definition: a.definition ?? null, definition_provenance: authored, levels: a.levels ? editLevels(empty, a.levels) : empty,
    });
  });
  const next = [...byCode.values()].sort((x, y) => x.seq - y.seq);
  if (!next.some((i) => i.assessment === 'rating')) problems.push({ path: 'removeItemCodes', code: 'NO_RATED_ITEM', message: '模型至少需要一个评价项' });
  return { next, problems };
}
