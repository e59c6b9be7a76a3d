/** Inputs and outputs of classical item analysis (CTT). Scores are in integer cents, as stored. */

export type AnalysedType = 'single' | 'multiple' | 'judge' | 'fill' | 'short' | 'case';

/** One question version as analysed: the unit items are pooled over (the same version on
 * different candidates' papers is the same item). */
export interface AnalysedItem {
  key: string;
  type: AnalysedType;
  /** scored only 0 or full marks (right/wrong): required for KR-20 */
  dichotomous: boolean;
  /** the authored option keys, in authored order (single/multiple: A…; judge: true/false) */
  options?: readonly string[];
  /** the authored correct keys */
  correct?: readonly string[];
}

export interface ItemResponse {
  key: string;
  maxCents: number;
  earnedCents: number;
  /** authored option keys the candidate chose (already mapped back from the displayed order);
   * null or empty = omitted; undefined for items without options */
  choice?: readonly string[] | null;
}

export interface AnalysedAttempt {
  attemptId: string;
  /** the paper the attempt sat: a fixed form id, or the candidate's own paper */
  formId: string;
  responses: readonly ItemResponse[];
}

export type ItemFlag = 'negative_discrimination' | 'too_easy' | 'too_hard';

export interface DistractorRow {
  option: string;
  correct: boolean;
  count: number;
  /** count / n */
  share: number;
  /** share of the upper and lower 27 % groups choosing the option */
  upperShare: number | null;
  lowerShare: number | null;
}

export interface ItemAnalysis {
  key: string;
  type: AnalysedType;
  /** graded responses to the item */
  n: number;
  /** facility p: mean share of the item's points earned (for right/wrong items: proportion right) */
  facility: number;
  /** item–rest correlation (point-biserial for right/wrong items; the item is left out of the total) */
  pointBiserial: number | null;
  /** upper–lower 27 % discrimination D = p(upper) − p(lower) */
  discrimination: number | null;
  upperFacility: number | null;
  lowerFacility: number | null;
  groupSize: number;
  distractors: DistractorRow[] | null;
  omitted: number | null;
  flags: ItemFlag[];
  /** n is below the minimum for flags: the figures are shown, not judged */
  belowMinN: boolean;
}

export type ReliabilityReason = 'too_few_candidates' | 'too_few_items' | 'no_variance';

export interface FormReliability {
  formId: string;
  /** KR-20 when every item is right/wrong, coefficient alpha otherwise */
  method: 'kr20' | 'alpha';
  value: number | null;
  reason?: ReliabilityReason;
  /** items on the form, candidates who sat it */
  k: number;
  n: number;
  meanPoints: number;
  sdPoints: number;
  /** standard error of measurement in points: sd · √(1 − r) */
  sem: number | null;
}

export interface AnalysisOptions {
  /** below this many responses an item is not flagged (default 20) */
  minN?: number;
  /** share of candidates in each extreme group (default 0.27, Kelley) */
  groupFraction?: number;
  /** facility above which an item is too easy (default 0.95) */
  easyAbove?: number;
  /** facility below which an item is too hard (default 0.2) */
  hardBelow?: number;
}
