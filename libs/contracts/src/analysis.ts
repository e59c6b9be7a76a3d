/** Item analysis (classical test theory) of graded attempts: per session and pooled per
 * question version. Shares are 0..1 rounded to 4 decimals; null = not defined. */

export type ItemFlagDto = 'negative_discrimination' | 'too_easy' | 'too_hard';

export interface DistractorDto {
  /** the authored option key (single/multiple: A…H; judge: "true"/"false") */
  option: string;
  correct: boolean;
  count: number;
  share: number;
  upperShare: number | null;
  lowerShare: number | null;
}

export interface ItemStatsDto {
  /** graded responses */
  n: number;
  /** p: mean share of the item's points earned */
  facility: number | null;
  /** item–rest correlation (point-biserial for right/wrong items) */
  pointBiserial: number | null;
  /** upper–lower 27 % index D */
  discrimination: number | null;
  upperFacility: number | null;
  lowerFacility: number | null;
  groupSize: number;
  distractors: DistractorDto[] | null;
  omitted: number | null;
  flags: ItemFlagDto[];
  belowMinN: boolean;
}

export interface ItemAnalysisRowDto extends ItemStatsDto {
  versionId: string;
  questionId: string;
  version: number;
  type: string;
  /** plain-text start of the stem */
  stem: string;
  syllabusNodeId: string;
  areaTitle: string;
  /** position on the paper (fixed forms: on the first form that has it) */
  position: number | null;
}

export interface FormReliabilityDto {
  formId: string;
  /** the fixed form's label (A, B, …) */
  label: string;
  method: 'kr20' | 'alpha';
  value: number | null;
  reason?: 'too_few_candidates' | 'too_few_items' | 'no_variance';
  k: number;
  n: number;
  meanPoints: number;
  sdPoints: number;
  sem: number | null;
}

export interface SessionItemAnalysisDto {
  sessionId: string;
  formMode: 'per_candidate' | 'fixed';
  /** graded attempts analysed */
  attempts: number;
  /** items with fewer responses are shown but not flagged */
  minN: number;
  items: ItemAnalysisRowDto[];
  reliability: FormReliabilityDto[];
  /** "per_candidate": KR-20/alpha need one common paper, so only item statistics exist */
  reliabilityNote: 'per_candidate' | null;
  flagged: number;
}
