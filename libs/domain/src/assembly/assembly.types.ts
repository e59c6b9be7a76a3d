/**
 * Types of paper assembly. The bank snapshot arrives already narrowed by the caller to the
 * versions an exam may draw (status active, usage includes `exam`, the last approved version
 * of each question), with the exposure and history facts of this candidate filled in.
 */
import type { AllocationCell, DifficultyMix, DifficultyWindow, RequirementMix } from '../blueprint/blueprint.types';
import type { QuestionTypeValue, RequirementValue } from '../question';

/** What assembly needs of an allocation cell (`AllocationCell` fits). */
export type AssemblyCell = Pick<AllocationCell, 'areaId' | 'type' | 'count' | 'pointsEach'>;

export interface BankItem {
  versionId: string;
  questionId: string;
  /** the blueprint area whose subtree holds the question's syllabus node (mapped by the caller) */
  areaId: string;
  type: QuestionTypeValue;
  /** integer 1..5 */
  difficulty: number;
  requirement: RequirementValue;
  /** points come from the blueprint section, never from the item */
  points?: never;
  /** times used on papers so far; least-used first, and the cap applies to it */
  exposure: number;
  /** the candidate had this question in an earlier attempt of the track */
  seenByCandidate: boolean;
  /** questionIds that must never share a paper with this one (either side may list the pair) */
  enemyIds: readonly string[];
  /** option keys of single/multiple items, in authored order */
  optionKeys?: readonly string[];
}

export interface AssemblyMixes {
  requirement?: RequirementMix;
  difficulty?: DifficultyMix;
  /** percentage points of the paper's points a mix may be missed by; default 10 */
  tolerancePercent?: number;
}

/** The hard constraints of a paper besides the cells (shared by assembly, checker, feasibility). */
export interface AssemblyConstraints {
  /** a key missing from a given mix has target 0 % */
  mixes?: AssemblyMixes;
  /** bounds on the points-weighted mean difficulty; its midpoint is the objective's target */
  difficultyWindow?: DifficultyWindow;
  /** items whose exposure is at or over this count are excluded */
  exposureCap?: number;
}

export interface AssemblyInput extends AssemblyConstraints {
  cells: readonly AssemblyCell[];
  items: readonly BankItem[];
  /** per candidate (and per attempt): the only source of randomness */
  seed: string;
  /** λ of the objective's difficulty term; default: the number of items on the paper */
  difficultyWeight?: number;
  /** bound on the passes of the objective-improving local search; default 25 */
  maxImprovePasses?: number;
  /** bound on the pair moves tried after the single swaps settle; default 12 */
  maxPairMoves?: number;
}

export interface PaperItem {
  versionId: string;
  questionId: string;
  areaId: string;
  type: QuestionTypeValue;
  points: number;
  /** single/multiple with option keys: the order this candidate sees them in */
  optionOrder?: string[];
}

export interface PaperStats {
  totalPoints: number;
  pointsByRequirement: Record<RequirementValue, number>;
  /** keys "1".."5" */
  pointsByDifficulty: Record<string, number>;
  meanDifficulty: number;
  exposureSum: number;
  /** items the candidate saw before (only when the bank left no other way) */
  seenCount: number;
  repairSwaps: number;
  improveSwaps: number;
}

export interface AssembledPaper {
  seed: string;
  /** cell by cell in the order of `cells`, cheapest first within a cell */
  items: PaperItem[];
  /** Σ (exposure + jitter) + λ·|mean difficulty − target| (the target term only with a window) */
  objective: number;
  stats: PaperStats;
}

/** A cell (or a requirement/difficulty within it) that the bank cannot fill. */
export interface Shortfall {
  areaId: string;
  type: QuestionTypeValue;
  requirement?: RequirementValue;
  difficulty?: number;
  needed: number;
  available: number;
}

export const UNMET_CODES = ['REQUIREMENT_MIX', 'DIFFICULTY_MIX', 'DIFFICULTY_WINDOW', 'ENEMY_CONFLICT', 'FORM_OVERLAP'] as const;
export type UnmetCode = (typeof UNMET_CODES)[number];

/** A constraint the search could not satisfy although no cell is short. */
export interface UnmetConstraint {
  code: UnmetCode;
  message: string;
}

export type AssemblyResult =
  | { ok: true; paper: AssembledPaper }
  | { ok: false; shortfalls: Shortfall[]; unmet: UnmetConstraint[] };
