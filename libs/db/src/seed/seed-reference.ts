import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { loadReferenceData, type RefCompetencyModel, type ReferenceData } from './reference';
import { seedDefaultBlueprints } from './seed-blueprints';

export interface SeedReport {
  tracks: number;
  syllabusNodes: number;
  settings: number;
  competencyModels: number;
  blueprints: number;
}

/** Loads the reference data idempotently: only what is missing is inserted, so a second run
 * changes nothing and organisation edits (new versions, new nodes) are never overwritten. */
export async function seedReferenceData(ds: DataSource, dir: string): Promise<SeedReport> {
  const ref = loadReferenceData(dir);
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(7262001)`);
    const report: SeedReport = { tracks: 0, syllabusNodes: 0, settings: 0, competencyModels: 0, blueprints: 0 };
    const trackIds = await seedTracks(m, ref, report);
    await seedSyllabus(m, ref, trackIds, report);
    await seedSettings(m, ref, report);
    for (const [code, trackId] of trackIds) await seedCompetencyModel(m, ref.competencyModel, trackId, code, report);
    report.blueprints = await seedDefaultBlueprints(m);
    return report;
  });
}

async function seedTracks(m: EntityManager, ref: ReferenceData, report: SeedReport): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const t of ref.tracks) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO track (code, name, levels) VALUES ($1, $2, $3::jsonb) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [t.code, t.name, JSON.stringify(t.levels)],
    );
    if (rows[0]) report.tracks++;
    const [row] = await m.query(`SELECT id FROM track WHERE code = $1`, [t.code]);
    ids.set(t.code, row.id);
  }
  return ids;
}

async function seedSyllabus(m: EntityManager, ref: ReferenceData, trackIds: Map<string, string>, report: SeedReport): Promise<void> {
  // Parents come before children in the reference data.
  for (const n of ref.syllabus) {
    const trackId = trackIds.get(n.trackCode)!;
    const rows: { id: string }[] = await m.query(
      `INSERT INTO syllabus_node (track_id, parent_id, code, title, kind, requirement, levels, position, provenance, provenance_note)
       VALUES ($1, (SELECT id FROM syllabus_node WHERE track_id = $1 AND code = $2), $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (track_id, code) DO NOTHING RETURNING id`,
      [trackId, n.parentCode, n.code, n.title, n.kind, n.requirement, n.levels, n.position, n.provenance, n.provenanceNote],
    );
    if (rows[0]) report.syllabusNodes++;
  }
}

async function seedSettings(m: EntityManager, ref: ReferenceData, report: SeedReport): Promise<void> {
  for (const s of ref.settings) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO setting (key, version, value, provenance, note)
       SELECT $1, 1, $2::jsonb, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM setting WHERE key = $1) RETURNING id`,
      [s.key, JSON.stringify(s.value), s.provenance, s.note],
    );
    if (rows[0]) report.settings++;
  }
}

/** Version 1 of the model for a track, with the diagonal standard matrix (标准级别设置 default:
 * position level L → standard L on every item). Indicator ids are generated once, here. */
async function seedCompetencyModel(m: EntityManager, model: RefCompetencyModel, trackId: string, trackCode: string, report: SeedReport): Promise<void> {
  const exists = await m.query(`SELECT 1 FROM competency_model WHERE track_id = $1`, [trackId]);
  if (exists.length) return;
  const [{ id: modelId }] = await m.query(
    `INSERT INTO competency_model (track_id, version, status, title, source_refs, categories, level_principles, reason)
     VALUES ($1, 1, 'active', $2, $3::jsonb, $4::jsonb, $5::jsonb, $6) RETURNING id`,
    [trackId, model.title, JSON.stringify(model.sourceRefs), JSON.stringify(model.categories), JSON.stringify(model.levelPrinciples),
      `reference data for ${trackCode}: competency-model.yaml`],
  );
  for (const item of model.items) {
    const levels = item.levels.map((l) => ({
      level: l.level, name: l.name, summary: l.summary, completeness: l.completeness, provenance: l.provenance,
      levelPosition: l.levelPosition, note: l.note,
      indicators: l.indicators.map((text) => ({ id: randomUUID(), text, provenance: l.provenance })),
    }));
    const [{ id: itemId }] = await m.query(
      `INSERT INTO competency_item (model_id, seq, code, name, category, category_id, assessment, definition, definition_provenance, levels)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) RETURNING id`,
      [modelId, item.seq, item.code, item.name, item.category, item.categoryId, item.assessment, item.definition, item.definitionProvenance, JSON.stringify(levels)],
    );
    for (const level of [1, 2, 3, 4]) {
      await m.query(`INSERT INTO competency_standard (model_id, position_level, item_id, standard_level) VALUES ($1, $2, $3, $4)`, [modelId, level, itemId, level]);
    }
  }
  report.competencyModels++;
}
