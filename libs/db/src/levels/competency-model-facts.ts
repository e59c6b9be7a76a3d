import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../sql';

/** A competency model version as the rules read it: its items in order and its standard matrix
 * (标准级别设置: position level × item → standard level). */
export interface ModelFacts {
  id: string;
  trackId: string;
  version: number;
  levelPrinciples: unknown;
  categories: { name: string; itemIds: string[] }[];
  items: { id: string; code: string; name: string; category: string; categoryId: string; assessment: 'rating' | 'exam'; seq: number }[];
  /** positionLevel → itemId → standard level */
  standards: Map<number, Map<string, number>>;
}

export async function activeModelId(db: DataSource | EntityManager, trackId: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(db, `SELECT id FROM competency_model WHERE track_id = $1 AND status = 'active'`, [trackId]);
  return row?.id ?? null;
}

export async function loadModels(db: DataSource | EntityManager, ids: string[]): Promise<Map<string, ModelFacts>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, ModelFacts>();
  if (!unique.length) return out;
  const models = await queryRows<{ id: string; track_id: string; version: number; level_principles: unknown }>(db, `SELECT id, track_id, version, level_principles FROM competency_model WHERE id = ANY($1::uuid[])`, [unique]);
  const items = await queryRows<{ id: string; model_id: string; code: string; name: string; category: string; category_id: string; assessment: 'rating' | 'exam'; seq: number }>(
    db,
    `SELECT id, model_id, code, name, category, category_id, assessment, seq FROM competency_item WHERE model_id = ANY($1::uuid[]) ORDER BY seq`,
    [unique],
  );
  const standards = await queryRows<{ model_id: string; position_level: number; item_id: string; standard_level: number }>(
    db,
    `SELECT model_id, position_level, item_id, standard_level FROM competency_standard WHERE model_id = ANY($1::uuid[])`,
    [unique],
  );
  for (const m of models) {
    const own = items.filter((i) => i.model_id === m.id);
    const matrix = new Map<number, Map<string, number>>();
    for (const s of standards.filter((x) => x.model_id === m.id)) {
      if (!matrix.has(s.position_level)) matrix.set(s.position_level, new Map());
      matrix.get(s.position_level)!.set(s.item_id, s.standard_level);
    }
    const categories: ModelFacts['categories'] = [];
    for (const i of own) {
      const c = categories.find((x) => x.name === i.category);
      if (c) c.itemIds.push(i.id);
      else categories.push({ name: i.category, itemIds: [i.id] });
    }
    out.set(m.id, {
      id: m.id, trackId: m.track_id, version: m.version, levelPrinciples: m.level_principles, categories,
      items: own.map((i) => ({ id: i.id, code: i.code, name: i.name, category: i.category, categoryId: i.category_id, assessment: i.assessment, seq: i.seq })),
      standards: matrix,
    });
  }
  return out;
}

/** The standard of an item at a position level; a missing cell reads as the position level
 * (the diagonal default of 标准级别设置). */
export function standardOf(model: ModelFacts, positionLevel: number, itemId: string): number {
  return model.standards.get(positionLevel)?.get(itemId) ?? positionLevel;
}
