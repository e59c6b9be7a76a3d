/**
 * The shapes this library reads and writes. Re-declared here on purpose: a `type:util` library
 * depends on no other lib, so callers map a draft to `CreateQuestionRequest` (resolving
 * `chapterCode` to a syllabus node) and run `validateQuestionContent` themselves.
 */

export const DRAFT_TYPES = ['single', 'multiple', 'judge', 'fill', 'short', 'case'] as const;
export type DraftType = (typeof DRAFT_TYPES)[number];

export const DRAFT_REQUIREMENTS = ['understand', 'familiar', 'master'] as const;
export type DraftRequirement = (typeof DRAFT_REQUIREMENTS)[number];

export const DRAFT_USAGES = ['exam', 'practice'] as const;
export type DraftUsage = (typeof DRAFT_USAGES)[number];

export interface QuestionDraft {
  /** Syllabus node code, e.g. 'GOV-M.3'; null when the source format has none. */
  chapterCode: string | null;
  type: DraftType;
  stem: string;
  options?: { key: string; text: string }[];
  /** single → 'B'; multiple → ['A','C']; judge → boolean; fill → one string[] of alternatives per blank. */
  answer?: string | string[] | boolean | string[][];
  /** 1..5 */
  difficulty: number;
  requirement: DraftRequirement;
  explanation?: string;
  rubric?: { criterion: string; maxPoints: number }[];
  tags?: string[];
  usage?: DraftUsage[];
}

/** One problem with one cell of an import sheet; `message` is Chinese, shown to people. */
export interface RowProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

/**
 * One problem with one item of a Moodle XML or GIFT file. `index` is the 0-based position of the
 * item among the file's questions (category entries not counted); -1 for the whole file.
 */
export interface FormatProblem {
  index: number;
  code: string;
  message: string;
}

export interface ParsedQuestions {
  drafts: QuestionDraft[];
  problems: FormatProblem[];
}

/** A draft an exporter could not express; `index` is its position in the input array. */
export interface SkippedDraft {
  index: number;
  reason: string;
}

/** Problem codes of the Moodle XML and GIFT readers (stable; messages are Chinese). */
export const FORMAT_PROBLEM_CODES = [
  'TOO_LARGE',
  'DOCTYPE_NOT_ALLOWED',
  'XML_INVALID',
  'NOT_MOODLE_XML',
  'GIFT_SYNTAX',
  'UNSUPPORTED_TYPE',
  'INVALID_ANSWER',
] as const;
export type FormatProblemCode = (typeof FORMAT_PROBLEM_CODES)[number];
