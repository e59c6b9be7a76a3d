/**
 * The blueprint (比重表) of one track and level, exactly the body of `POST /api/blueprints`
 * (api-contract.md, "Blueprints"). Pure data: the API parses JSON into this shape and calls
 * `validateBlueprint`; `allocate` turns a valid one into integer counts per cell.
 */
import type { QuestionTypeValue, RequirementValue } from '../question';

/** `multiple` scoring: all_or_nothing (default) or partial (a correct subset earns half). */
export const MULTIPLE_SCORING_VALUES = ['all_or_nothing', 'partial'] as const;
export type MultipleScoring = (typeof MULTIPLE_SCORING_VALUES)[number];

/** Keys of a difficulty mix: the integer difficulties 1 (easiest) .. 5 (hardest) as strings. */
export const DIFFICULTY_KEYS = ['1', '2', '3', '4', '5'] as const;
export type DifficultyKey = (typeof DIFFICULTY_KEYS)[number];

/** Percent of the paper's points per requirement (of each question's own requirement). */
export type RequirementMix = Partial<Record<RequirementValue, number>>;
/** Percent of the paper's points per difficulty. */
export type DifficultyMix = Partial<Record<DifficultyKey, number>>;

export interface BlueprintArea {
  /** a syllabus node (usually a part); every question under it counts for the area */
  syllabusNodeId: string;
  /** share of the paper's points, 0 < percent ≤ 100, at most two decimals */
  percent: number;
}

export interface BlueprintSection {
  type: QuestionTypeValue;
  count: number;
  pointsEach: number;
  /** only for `multiple` */
  scoring?: MultipleScoring;
}

/**
 * Bounds on the points-weighted MEAN difficulty of a paper (Σ difficulty × points / Σ points),
 * 1 ≤ min ≤ max ≤ 5. A paper outside them is invalid (a hard constraint of assembly); the
 * midpoint (min + max) / 2 is the difficulty target that the assembly objective pulls towards.
 */
export interface DifficultyWindow {
  min: number;
  max: number;
}

export interface Blueprint {
  trackId: string;
  level: number;
  name: string;
  totalPoints: number;
  durationMinutes: number;
  /** 百分制 pass mark, 0..100 and never above totalPoints */
  passMark: number;
  areas: BlueprintArea[];
  sections: BlueprintSection[];
  /** omitted = imposes nothing */
  requirementMix?: RequirementMix;
  /** omitted = imposes nothing */
  difficultyMix?: DifficultyMix;
  /** how far (in percentage points of the paper's points) a mix may be missed; default 10 */
  mixTolerancePercent?: number;
  difficultyWindow?: DifficultyWindow;
  /** omitted = exposure is only a preference (least-used first) */
  exposureCapPercent?: number;
}

/** What validation needs to know about the syllabus, without loading it here (pure). */
export interface BlueprintContext {
  nodeExists(id: string): boolean;
  /** true when node `ancestorId` contains node `id` (strictly: a node is not its own ancestor) */
  isAncestor(ancestorId: string, id: string): boolean;
}

/** Default tolerance of the mixes (defaults.yaml, assembly.mix_tolerance_percent). */
export const DEFAULT_MIX_TOLERANCE_PERCENT = 10;

/** One cell of the allocation: how many questions of one type one area gets. */
export interface AllocationCell {
  areaId: string;
  type: QuestionTypeValue;
  count: number;
  pointsEach: number;
  /** count × pointsEach */
  points: number;
}

/** How close an area came to its share: deviation = points − targetPoints. */
export interface AreaAllocation {
  areaId: string;
  targetPoints: number;
  points: number;
  deviation: number;
}

export interface Allocation {
  cells: AllocationCell[];
  areas: AreaAllocation[];
}
