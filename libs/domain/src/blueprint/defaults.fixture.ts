/**
 * The default blueprints of /work/shared/domain/defaults.yaml (paper_structures, area_percents,
 * requirement_mix), transcribed for tests and timing scripts. Not exported from the library:
 * the seeds read the YAML itself.
 */
import type { Blueprint, BlueprintContext, BlueprintSection } from './blueprint.types';

export const TRACK_AREAS = {
  'vip-service-manager': ['VIP-1.1', 'VIP-1.2', 'VIP-2.1', 'VIP-2.2', 'VIP-2.3', 'VIP-3'],
  'gov-enterprise-sales-manager': ['GOV-B', 'GOV-E', 'GOV-Y', 'GOV-M'],
} as const;
export type TrackCode = keyof typeof TRACK_AREAS;

const AREA_PERCENTS: Record<TrackCode, Record<number, number[]>> = {
  'vip-service-manager': { 1: [15, 15, 20, 25, 15, 10], 2: [10, 10, 20, 25, 25, 10], 3: [10, 5, 20, 25, 30, 10], 4: [5, 5, 20, 25, 35, 10] },
  'gov-enterprise-sales-manager': { 1: [20, 15, 35, 30], 2: [15, 10, 35, 40], 3: [10, 10, 35, 45], 4: [10, 5, 35, 50] },
};

const STRUCTURES: Record<number, { durationMinutes: number; sections: BlueprintSection[] }> = {
  1: {
    durationMinutes: 100,
    sections: [
      { type: 'fill', count: 10, pointsEach: 1 },
      { type: 'single', count: 15, pointsEach: 2 },
      { type: 'multiple', count: 10, pointsEach: 3, scoring: 'partial' },
      { type: 'judge', count: 10, pointsEach: 1 },
      { type: 'short', count: 2, pointsEach: 10 },
    ],
  },
  2: {
    durationMinutes: 100,
    sections: [
      { type: 'fill', count: 10, pointsEach: 1 },
      { type: 'single', count: 15, pointsEach: 2 },
      { type: 'multiple', count: 10, pointsEach: 3, scoring: 'partial' },
      { type: 'judge', count: 10, pointsEach: 1 },
      { type: 'case', count: 1, pointsEach: 20 },
    ],
  },
  3: {
    durationMinutes: 120,
    sections: [
      { type: 'single', count: 15, pointsEach: 2 },
      { type: 'multiple', count: 10, pointsEach: 3, scoring: 'partial' },
      { type: 'judge', count: 10, pointsEach: 1 },
      { type: 'case', count: 2, pointsEach: 15 },
    ],
  },
  4: {
    durationMinutes: 120,
    sections: [
      { type: 'single', count: 10, pointsEach: 2 },
      { type: 'multiple', count: 10, pointsEach: 3, scoring: 'partial' },
      { type: 'judge', count: 10, pointsEach: 1 },
      { type: 'case', count: 2, pointsEach: 20 },
    ],
  },
};

const REQUIREMENT_MIX: Record<number, { understand: number; familiar: number; master: number }> = {
  1: { understand: 50, familiar: 35, master: 15 },
  2: { understand: 35, familiar: 40, master: 25 },
  3: { understand: 20, familiar: 40, master: 40 },
  4: { understand: 10, familiar: 40, master: 50 },
};

export function defaultBlueprint(track: TrackCode, level: 1 | 2 | 3 | 4): Blueprint {
  const s = STRUCTURES[level];
  return {
    trackId: track,
    level,
    name: `${track} L${level}`,
    totalPoints: 100,
    durationMinutes: s.durationMinutes,
    passMark: 60,
    areas: TRACK_AREAS[track].map((syllabusNodeId, i) => ({ syllabusNodeId, percent: AREA_PERCENTS[track][level][i] })),
    sections: s.sections.map((x) => ({ ...x })),
    requirementMix: { ...REQUIREMENT_MIX[level] },
    mixTolerancePercent: 10,
  };
}

/** Syllabus codes as ids; "A contains B" when B's code extends A's by ".…". */
export const codeTreeContext: BlueprintContext = {
  nodeExists: (id) => /^(VIP|GOV)-[A-Z0-9.]+$/.test(id),
  isAncestor: (a, b) => b.startsWith(`${a}.`),
};
