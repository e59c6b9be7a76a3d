import type { CompetencyItemEntity, CompetencyModelEntity } from '@cm/db';

/** A model version as the API shows it: every item with all four levels, each with its
 * completeness and provenance, and each ▶ indicator with its own provenance. */
export function toModelDto(m: CompetencyModelEntity, items: CompetencyItemEntity[]) {
  return {
    id: m.id,
    trackId: m.trackId,
    version: m.version,
    status: m.status,
    title: m.title,
    reason: m.reason,
    basedOnId: m.basedOnId,
    createdBy: m.createdBy,
    createdAt: new Date(m.createdAt).toISOString(),
    categories: m.categories,
    levelPrinciples: m.levelPrinciples,
    sources: m.sourceRefs,
    items: items.filter((i) => i.modelId === m.id).map((i) => ({
      id: i.id, code: i.code, name: i.name, category: i.category, categoryId: i.categoryId, assessment: i.assessment,
      definition: i.definition, definitionProvenance: i.definitionProvenance,
      levels: i.levels.map((l) => ({ level: l.level, name: l.name, summary: l.summary, completeness: l.completeness, provenance: l.provenance,
        levelPosition: l.levelPosition, indicators: l.indicators.map((x) => ({ id: x.id, text: x.text, provenance: x.provenance })) })),
    })),
  };
}
