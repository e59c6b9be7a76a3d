import { LEVEL_NAMES, type Level, type Requirement, type SyllabusNodeDto, type TrackDto } from '@cm/contracts';
import type { SyllabusNodeEntity, TrackEntity } from '@cm/db';

export const toTrackDto = (t: TrackEntity): TrackDto => ({ id: t.id, code: t.code, name: t.name, levels: t.levels });

export function toNodeDto(n: SyllabusNodeEntity): SyllabusNodeDto {
  return {
    id: n.id,
    trackId: n.trackId,
    parentId: n.parentId,
    code: n.code,
    title: n.title,
    kind: n.kind,
    ...(n.requirement ? { requirement: n.requirement as Requirement } : {}),
    levels: n.levels,
    position: n.position,
    provenance: n.provenance,
  };
}

export const levelName = (level: number): string => LEVEL_NAMES[level as Level]?.cert ?? String(level);
