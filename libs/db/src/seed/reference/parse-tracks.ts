import type { RefTrack } from './reference-data.types';
import { asArray, asLevelNo, asRecord, asString, field } from './yaml-guards';

/** The tracks of defaults.yaml with their four level names (四级 … 一级(资深)). */
export function parseTracks(defaults: unknown): RefTrack[] {
  const tracks = asArray(field(asRecord(defaults, 'defaults.yaml'), 'tracks', 'defaults.yaml'), 'defaults.yaml tracks');
  return tracks.map((raw, i) => {
    const where = `defaults.yaml tracks[${i}]`;
    const track = asRecord(raw, where);
    const levelMap = asRecord(field(track, 'levels', where), `${where}.levels`);
    const levels = Object.entries(levelMap)
      .map(([k, v]) => ({ level: asLevelNo(k, `${where}.levels`), name: asString(v, `${where}.levels.${k}`) }))
      .sort((a, b) => a.level - b.level);
    return { code: asString(field(track, 'code', where), `${where}.code`), name: asString(field(track, 'name', where), `${where}.name`), levels };
  });
}
