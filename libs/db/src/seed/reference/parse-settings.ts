import type { RefSetting } from './reference-data.types';
import { commentsUnder, type YamlComments } from './yaml-comments';
import { ReferenceDataError, asArray, asNumber, asRecord, asString, asStringArray, field } from './yaml-guards';

/**
 * defaults.yaml -> one setting per top-level concern (every key except `tracks`), plus
 * `blueprint_areas.<trackCode>` and `knowledge_items.<trackCode>` per track. Values are kept
 * exactly as in the file. Every setting is provenance `default` (editable, versioned); the note
 * names the parts that are sourced and repeats the file's own remarks.
 */

/** What is sourced (or an analogue) in each concern; everything not named here is a default. */
export const SETTING_NOTES: Readonly<Record<string, string>> = {
  paper_structures:
    'Default paper structure per level (README, Defaults), the same for both tracks. Sourced: the 四级 duration (100 min) and its first 70 points ' +
    '(填空10×1, 单选15×2, 多选10×3) copy the real 政企 四级 sample paper (G1). The other sections, levels 2-4 and pass_mark 60 ' +
    '(the national 百分制 60分合格 wording, an analogue: N1) are defaults.',
  requirement_mix: 'Default 了解/熟悉/掌握 mix of points per level (README, Defaults); not source data. The recovered 四级 syllabus points are all 了解 (source).',
  marking: 'Default marking rules; not source data.',
  sitting: 'Default sitting rules; not source data.',
  assembly: 'Default paper-assembly tolerances; not source data.',
  competency:
    'Defaults (README, Defaults; scoring-and-levels.md §2). Sourced: only the level names 初级/中级/高级/资深 in rating_scale (S1); ' +
    'the source sections 评分标准 and 标准级别设置 were not found.',
  decision_policy:
    'Defaults: no source combines exam and behaviour. exam_pass_mark 60 follows the national 百分制 60分合格 wording (N1, an analogue, not China Telecom text).',
  eligibility:
    'Defaults, except training_hours 30/24/18/12 (VIP standard V2.0, source V1; also used for 政企) and education_min 大专 with its waiver ' +
    'for experienced staff (VIP standard, V1). The certificate chain follows a sister standard (A1, years blank); years, retake interval ' +
    'and appeal window are defaults.',
};

const GENERIC_NOTE = 'Default; not source data.';

function withRemarks(note: string, remarks: string[]): string {
  return remarks.length > 0 ? `${note} defaults.yaml remarks: ${remarks.join(' | ')}` : note;
}

export function parseSettings(defaults: unknown, comments: YamlComments = new Map()): RefSetting[] {
  const root = asRecord(defaults, 'defaults.yaml');
  const settings: RefSetting[] = [];

  for (const [key, value] of Object.entries(root)) {
    if (key === 'tracks') continue;
    settings.push({ key, value, provenance: 'default', note: withRemarks(SETTING_NOTES[key] ?? GENERIC_NOTE, commentsUnder(comments, key)) });
  }

  asArray(field(root, 'tracks', 'defaults.yaml'), 'defaults.yaml tracks').forEach((raw, t) => {
    const where = `defaults.yaml tracks[${t}]`;
    const track = asRecord(raw, where);
    const code = asString(field(track, 'code', where), `${where}.code`);

    const areasRaw = field(track, 'blueprint_areas', where);
    const areas = asStringArray(areasRaw, `${where}.blueprint_areas`);
    const percentsRaw = field(track, 'area_percents', where);
    for (const [level, row] of Object.entries(asRecord(percentsRaw, `${where}.area_percents`))) {
      const cells = asArray(row, `${where}.area_percents.${level}`);
      cells.forEach((c, i) => asNumber(c, `${where}.area_percents.${level}[${i}]`));
      if (cells.length !== areas.length) {
        throw new ReferenceDataError(`${where}.area_percents.${level}: ${cells.length} values for ${areas.length} blueprint areas`);
      }
    }
    settings.push({
      key: `blueprint_areas.${code}`,
      value: { areas: areasRaw, area_percents: percentsRaw },
      provenance: 'default',
      note: withRemarks(
        'Default 比重 per area and level (README, Defaults): every 比重 percentage of the sources is not found. The area codes are syllabus nodes of this track.',
        [...commentsUnder(comments, `tracks.${t}.blueprint_areas`), ...commentsUnder(comments, `tracks.${t}.area_percents`)],
      ),
    });

    const knowledge = field(track, 'knowledge_items', where);
    for (const [item, list] of Object.entries(asRecord(knowledge, `${where}.knowledge_items`))) asStringArray(list, `${where}.knowledge_items.${item}`);
    settings.push({
      key: `knowledge_items.${code}`,
      value: knowledge,
      provenance: 'default',
      note: withRemarks(
        'Default mapping of the knowledge items 9-12 to exam areas, points-weighted (README, Defaults); the source only says the weights are set 按照能力级别和管理需要.',
        commentsUnder(comments, `tracks.${t}.knowledge_items`),
      ),
    });
  });
  return settings;
}
