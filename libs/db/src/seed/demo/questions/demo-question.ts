/**
 * One question of the demo bank (`npm run db:seed -- --demo`). Chinese content written for
 * the demo from the domain reference (syllabus, certification standard, sample paper); it is
 * demo data authored for the platform, not source text of either standard.
 *
 * `chapterCode` is a syllabus chapter code from reference-data/defaults.yaml (kind chapter,
 * e.g. `VIP-1.1.2`, `GOV-M.3`). Answers follow api-contract.md: single "B"; multiple ["A","C"];
 * judge true/false; fill one list of accepted strings per blank (blanks are `____` in the stem);
 * short/case no answer but a rubric whose points sum to 10 (short) or 20 (case).
 */
export type DemoQuestionType = 'single' | 'multiple' | 'judge' | 'fill' | 'short' | 'case';
export type DemoQuestionUsage = 'exam' | 'practice';

export interface DemoQuestion {
  chapterCode: string;
  type: DemoQuestionType;
  stem: string;
  options?: { key: string; text: string }[];
  answer?: string | string[] | boolean | string[][];
  difficulty: 1 | 2 | 3 | 4 | 5;
  requirement: 'understand' | 'familiar' | 'master';
  /** 解析 */
  explanation: string;
  /** short/case only */
  rubric?: { criterion: string; maxPoints: number }[];
  usage: DemoQuestionUsage[];
  tags?: string[];
}

/** Options keyed A, B, C, … in the order given. */
export function opts(...texts: string[]): { key: string; text: string }[] {
  return texts.map((text, i) => ({ key: String.fromCharCode(65 + i), text }));
}
