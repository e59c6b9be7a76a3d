import type {
  Completeness,
  LevelNo,
  RefCompetencyCategory,
  RefCompetencyItem,
  RefCompetencyLevel,
  RefCompetencyModel,
  RefLevelPrinciple,
  RefUnplacedFragment,
} from './reference-data.types';
import {
  ReferenceDataError,
  asArray,
  asLevelNo,
  asNullableString,
  asNumber,
  asRecord,
  asString,
  asStringArray,
  field,
  type YamlRecord,
} from './yaml-guards';

/**
 * competency-model.yaml -> the 18-item model. Texts are copied verbatim; a level the source does
 * not give stays empty (summary null, indicators [], completeness not_found). Inferences of the
 * reference data (an inferred level position, an assumed exam rule) stay labelled as such.
 */

const COMPLETENESS: readonly Completeness[] = ['complete', 'partial', 'not_found'];
const FILE = 'competency-model.yaml';

const joinNotes = (...parts: (string | false | null | undefined)[]): string | null => {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length > 0 ? kept.join('; ') : null;
};

function parseCategories(root: YamlRecord): (RefCompetencyCategory & { itemCodes: string[] })[] {
  const where = `${FILE} composition`;
  const composition = asRecord(field(root, 'composition', FILE), where);
  const provenance = asString(field(composition, 'source', where), `${where}.source`);
  return asArray(field(composition, 'categories', where), `${where}.categories`).map((raw, i) => {
    const at = `${where}.categories[${i}]`;
    const c = asRecord(raw, at);
    return {
      id: asString(field(c, 'id', at), `${at}.id`),
      name: asString(field(c, 'name', at), `${at}.name`),
      definition: asString(field(c, 'definition', at), `${at}.definition`),
      provenance,
      itemCodes: asStringArray(field(c, 'items', at), `${at}.items`),
    };
  });
}

function parseLevelPrinciples(root: YamlRecord): RefLevelPrinciple[] {
  const where = `${FILE} level_principles`;
  const lp = asRecord(field(root, 'level_principles', FILE), where);
  const provenance = joinNotes(asString(field(lp, 'source', where), `${where}.source`), asNullableString(lp['note'], `${where}.note`)) ?? '';
  const levels = asArray(field(lp, 'levels', where), `${where}.levels`).map((raw, i) => {
    const at = `${where}.levels[${i}]`;
    const l = asRecord(raw, at);
    return {
      level: asLevelNo(field(l, 'ordinal', at), `${at}.ordinal`),
      name: asString(field(l, 'level', at), `${at}.level`),
      definition: asStringArray(field(l, 'definition', at), `${at}.definition`),
      provenance,
    };
  });
  const ordinals = levels.map((l) => l.level).sort();
  if (ordinals.join() !== '1,2,3,4') throw new ReferenceDataError(`${where}: expected the four levels 1..4, found ${ordinals.join()}`);
  return levels.sort((a, b) => a.level - b.level);
}

function notFoundLevel(level: LevelNo, name: string): RefCompetencyLevel {
  return { level, name, summary: null, indicators: [], completeness: 'not_found', provenance: 'not found', levelPosition: null, note: null };
}

function parseLevel(raw: unknown, level: LevelNo, name: string, at: string): RefCompetencyLevel {
  if (raw === 'not_found') return notFoundLevel(level, name);
  const l = asRecord(raw, at);
  const completeness = asString(field(l, 'completeness', at), `${at}.completeness`);
  if (!COMPLETENESS.includes(completeness as Completeness)) throw new ReferenceDataError(`${at}.completeness: unknown value '${completeness}'`);
  const position = l['level_position'];
  if (position !== undefined && position !== 'inferred') throw new ReferenceDataError(`${at}.level_position: unknown value '${String(position)}'`);
  const result: RefCompetencyLevel = {
    level,
    name,
    summary: asNullableString(field(l, 'summary', at), `${at}.summary`),
    indicators: asStringArray(field(l, 'indicators', at), `${at}.indicators`),
    completeness: completeness as Completeness,
    provenance: asString(field(l, 'source', at), `${at}.source`),
    levelPosition: position === 'inferred' ? 'inferred' : null,
    note: asNullableString(l['note'], `${at}.note`),
  };
  if (result.completeness === 'not_found' && (result.summary !== null || result.indicators.length > 0)) {
    throw new ReferenceDataError(`${at}: completeness not_found but text is present`);
  }
  return result;
}

function parseTextField(raw: unknown, at: string): { text: string | null; provenance: string } {
  if (raw === undefined) return { text: null, provenance: 'not found' };
  const r = asRecord(raw, at);
  return { text: asNullableString(field(r, 'text', at), `${at}.text`), provenance: asString(field(r, 'source', at), `${at}.source`) };
}

function parseExamRule(raw: unknown, at: string): { examRule: string | null; examRuleProvenance: string } {
  if (raw === undefined) return { examRule: null, examRuleProvenance: 'not found' };
  const s = asRecord(raw, at);
  const method = s['method_text'];
  const assumed = asNullableString(s['assumed_same_as'], `${at}.assumed_same_as`);
  const assumption = assumed && `${FILE} assumes (an inference, not source text) the same rule as ${assumed}`;
  if (!Array.isArray(method)) {
    return { examRule: null, examRuleProvenance: joinNotes('not found', assumption) ?? 'not found' };
  }
  const formula = asNullableString(s['formula'], `${at}.formula`);
  const weights = asNullableString(s['weights'], `${at}.weights`);
  const mapping = asNullableString(s['score_to_level_mapping'], `${at}.score_to_level_mapping`);
  return {
    // The source sentences, verbatim and in order (each ends with its own 。).
    examRule: asStringArray(method, `${at}.method_text`).join(''),
    examRuleProvenance:
      joinNotes(
        asString(field(s, 'source', at), `${at}.source`),
        formula && `formula (the reference data's rendering of the text, not source text): ${formula}`,
        weights && `weights: ${weights}`,
        mapping && `score_to_level_mapping: ${mapping}`,
        assumption,
      ) ?? '',
  };
}

function parseSubAreas(raw: unknown, at: string): { id: string; name: string }[] {
  if (!Array.isArray(raw)) return []; // `not found`
  return raw.map((v, i) => {
    const a = asRecord(v, `${at}[${i}]`);
    return { id: asString(field(a, 'id', `${at}[${i}]`), `${at}[${i}].id`), name: asString(field(a, 'name', `${at}[${i}]`), `${at}[${i}].name`) };
  });
}

function parseFragments(raw: unknown, at: string): RefUnplacedFragment[] {
  if (raw === undefined) return [];
  return asArray(raw, at).map((v, i) => {
    const f = asRecord(v, `${at}[${i}]`);
    return {
      text: asString(field(f, 'text', `${at}[${i}]`), `${at}[${i}].text`),
      levelHint: asString(field(f, 'level', `${at}[${i}]`), `${at}[${i}].level`),
      provenance: asString(field(f, 'source', `${at}[${i}]`), `${at}[${i}].source`),
    };
  });
}

export function parseCompetencyModel(doc: unknown): RefCompetencyModel {
  const root = asRecord(doc, FILE);
  const meta = asRecord(field(root, 'meta', FILE), `${FILE} meta`);
  const sources = asRecord(field(root, 'sources', FILE), `${FILE} sources`);
  const sourceRefs: Record<string, string> = {};
  for (const [k, v] of Object.entries(sources)) sourceRefs[k] = asString(v, `${FILE} sources.${k}`);

  const categories = parseCategories(root);
  const levelPrinciples = parseLevelPrinciples(root);

  const items = asArray(field(root, 'items', FILE), `${FILE} items`).map((raw, i): RefCompetencyItem => {
    const at = `${FILE} items[${i}]`;
    const it = asRecord(raw, at);
    const code = asString(field(it, 'id', at), `${at}.id`);
    const category = asString(field(it, 'category', at), `${at}.category`);
    const cat = categories.find((c) => c.name === category);
    if (!cat) throw new ReferenceDataError(`${at}.category: unknown category '${category}'`);
    if (!cat.itemCodes.includes(code)) throw new ReferenceDataError(`${at}: '${code}' is not listed under category '${category}' in composition`);

    const assessmentRaw = asString(field(it, 'assessment', at), `${at}.assessment`);
    let assessment: 'rating' | 'exam';
    if (assessmentRaw === 'behavioural_rating') assessment = 'rating';
    else if (/^exam\b/.test(assessmentRaw)) assessment = 'exam';
    else throw new ReferenceDataError(`${at}.assessment: unknown value '${assessmentRaw}'`);

    const levelsRaw = asRecord(field(it, 'levels', at), `${at}.levels`);
    for (const key of Object.keys(levelsRaw)) {
      if (!levelPrinciples.some((p) => p.name === key)) throw new ReferenceDataError(`${at}.levels: unknown level '${key}'`);
    }
    const levels = levelPrinciples.map((p) => parseLevel(field(levelsRaw, p.name, `${at}.levels`), p.level, p.name, `${at}.levels.${p.name}`));

    const definition = parseTextField(it['definition'], `${at}.definition`);
    const item: RefCompetencyItem = {
      seq: asNumber(field(it, 'seq', at), `${at}.seq`),
      code,
      name: asString(field(it, 'name', at), `${at}.name`),
      category,
      categoryId: cat.id,
      assessment,
      definition: definition.text,
      definitionProvenance: definition.provenance,
      levels,
      unplacedFragments: parseFragments(it['unplaced_fragments'], `${at}.unplaced_fragments`),
      note: joinNotes(
        asNullableString(it['note'], `${at}.note`),
        assessmentRaw !== 'behavioural_rating' && assessmentRaw !== 'exam' && `${FILE} gives the assessment as '${assessmentRaw}'`,
      ),
    };
    if (assessment === 'exam') {
      const description = parseTextField(it['description'], `${at}.description`);
      item.description = description.text;
      item.descriptionProvenance = description.provenance;
      item.subAreas = parseSubAreas(it['sub_areas'], `${at}.sub_areas`);
      Object.assign(item, parseExamRule(it['scoring'], `${at}.scoring`));
    }
    return item;
  });

  items.sort((a, b) => a.seq - b.seq);
  items.forEach((item, i) => {
    if (item.seq !== i + 1) throw new ReferenceDataError(`${FILE} items: expected seq ${i + 1}, found ${item.seq} (${item.code})`);
  });
  for (const cat of categories) {
    for (const code of cat.itemCodes) {
      if (!items.some((it) => it.code === code)) throw new ReferenceDataError(`${FILE} composition: category '${cat.name}' lists unknown item '${code}'`);
    }
  }

  return {
    title: asString(field(meta, 'title', `${FILE} meta`), `${FILE} meta.title`),
    sourceRefs,
    categories: categories.map(({ id, name, definition, provenance }) => ({ id, name, definition, provenance })),
    levelPrinciples,
    items,
  };
}

