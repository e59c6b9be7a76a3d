import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCompetencyModel } from './parse-competency-model';
import { parseSettings } from './parse-settings';
import { parseSyllabus } from './parse-syllabus';
import { parseTracks } from './parse-tracks';
import type { ReferenceData } from './reference-data.types';
import { ReferenceDataError, asArray, asRecord, asString, field } from './yaml-guards';
import { parseReferenceYaml, type ParsedReferenceYaml } from './yaml-read';

export const REFERENCE_FILES = {
  defaults: 'defaults.yaml',
  syllabus: 'syllabus.yaml',
  competencyModel: 'competency-model.yaml',
  certificationStandard: 'certification-standard.yaml',
} as const;

function readYaml(dir: string, file: string): ParsedReferenceYaml {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (err) {
    throw new ReferenceDataError(`Cannot read reference file ${full}: ${(err as Error).message}`);
  }
  return parseReferenceYaml(text, file);
}

/** Every blueprint / knowledge-item area code of defaults.yaml names a syllabus node of its track. */
function checkAreaCodes(defaults: unknown, data: ReferenceData): void {
  asArray(field(asRecord(defaults, 'defaults.yaml'), 'tracks', 'defaults.yaml'), 'defaults.yaml tracks').forEach((raw, t) => {
    const track = asRecord(raw, `defaults.yaml tracks[${t}]`);
    const code = asString(track['code'], `defaults.yaml tracks[${t}].code`);
    const known = new Set(data.syllabus.filter((n) => n.trackCode === code).map((n) => n.code));
    const areas = [...asArray(track['blueprint_areas'] ?? [], `${code} blueprint_areas`)];
    for (const list of Object.values(asRecord(track['knowledge_items'] ?? {}, `${code} knowledge_items`))) areas.push(...asArray(list, `${code} knowledge_items`));
    for (const area of areas) {
      if (typeof area !== 'string' || !known.has(area)) throw new ReferenceDataError(`defaults.yaml track ${code}: area '${String(area)}' is not a syllabus node of the track`);
    }
  });
}

/**
 * Reads the reference files in `dir` (defaults.yaml, syllabus.yaml, competency-model.yaml,
 * certification-standard.yaml) and returns plain typed records. Pure apart from reading files:
 * no database access. Throws ReferenceDataError when a file is missing or inconsistent.
 */
export function loadReferenceData(dir: string): ReferenceData {
  const defaults = readYaml(dir, REFERENCE_FILES.defaults);
  const syllabus = readYaml(dir, REFERENCE_FILES.syllabus);
  const competency = readYaml(dir, REFERENCE_FILES.competencyModel);
  const standard = readYaml(dir, REFERENCE_FILES.certificationStandard);

  const data: ReferenceData = {
    tracks: parseTracks(defaults.data),
    syllabus: parseSyllabus({ defaults: defaults.data, syllabus: syllabus.data, standard: standard.data, defaultsComments: defaults.comments }),
    competencyModel: parseCompetencyModel(competency.data),
    settings: parseSettings(defaults.data, defaults.comments),
  };
  checkAreaCodes(defaults.data, data);
  return data;
}
