import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql';

interface PaperStructure {
  duration_minutes: number;
  pass_mark: number;
  sections: { type: string; count: number; points_each: number; scoring?: string }[];
}

/** Version 1 of every track × level default blueprint, active, built from the settings that
 * hold defaults.yaml (provenance `default`; feasibility is reported, not enforced, for these). */
export async function seedDefaultBlueprints(m: EntityManager): Promise<number> {
  const setting = async <T>(key: string): Promise<T | null> => {
    const rows = await queryRows<{ value: T }>(m, `SELECT value FROM setting WHERE key = $1 ORDER BY version DESC LIMIT 1`, [key]);
    return rows[0]?.value ?? null;
  };
  const structures = await setting<Record<string, PaperStructure>>('paper_structures');
  const mixes = await setting<Record<string, { understand: number; familiar: number; master: number }>>('requirement_mix');
  const assembly = await setting<{ mix_tolerance_percent: number }>('assembly');
  const marking = await setting<{ double_marking: { short: boolean; case: boolean }; discrepancy_threshold_percent: number }>('marking');
  if (!structures || !mixes) return 0;
  const tracks = await queryRows<{ id: string; code: string; name: string }>(m, `SELECT id, code, name FROM track ORDER BY code`);
  let created = 0;
  for (const t of tracks) {
    const areas = await setting<{ areas: string[]; area_percents: Record<string, number[]> }>(`blueprint_areas.${t.code}`);
    if (!areas) continue;
    const nodes = await queryRows<{ id: string; code: string }>(m, `SELECT id, code FROM syllabus_node WHERE track_id = $1 AND code = ANY($2)`, [t.id, areas.areas]);
    const idOf = new Map(nodes.map((n) => [n.code, n.id]));
    for (const level of [1, 2, 3, 4]) {
      const exists = await queryRows<{ id: string }>(m, `SELECT id FROM blueprint WHERE track_id = $1 AND level = $2 LIMIT 1`, [t.id, level]);
      const s = structures[String(level)];
      const percents = areas.area_percents[String(level)];
      if (exists.length || !s || !percents || areas.areas.some((c) => !idOf.has(c))) continue;
      const totalPoints = s.sections.reduce((sum, x) => sum + x.count * x.points_each, 0);
      const body = {
        trackId: t.id,
        level,
        name: `${t.name} ${['四级', '三级', '二级', '一级'][level - 1]} 默认比重表`,
        totalPoints,
        durationMinutes: s.duration_minutes,
        passMark: s.pass_mark,
        areas: areas.areas.map((code, i) => ({ syllabusNodeId: idOf.get(code)!, percent: percents[i]! })),
        sections: s.sections.map((x) => ({ type: x.type, count: x.count, pointsEach: x.points_each, ...(x.scoring ? { scoring: x.scoring } : {}) })),
        requirementMix: mixes[String(level)],
        mixTolerancePercent: assembly?.mix_tolerance_percent ?? 10,
        ...(marking ? { doubleMarking: { short: marking.double_marking.short, case: marking.double_marking.case, discrepancyThresholdPercent: marking.discrepancy_threshold_percent } } : {}),
      };
      await m.query(
        `INSERT INTO blueprint (track_id, level, version, status, name, body, provenance, activated_at) VALUES ($1, $2, 1, 'active', $3, $4::jsonb, 'default', now())`,
        [t.id, level, body.name, JSON.stringify(body)],
      );
      created++;
    }
  }
  return created;
}
