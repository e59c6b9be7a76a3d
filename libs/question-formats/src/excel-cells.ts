/**
 * The words and small codecs of the import/export sheet (api-contract.md, "Question bank"):
 * type, requirement and usage words, judge answers, fill answers, and the formula-injection quote.
 */
import type { DraftRequirement, DraftType, DraftUsage } from './types';
import { own } from './text';

/** Header of the question sheet, in order (the contract's 16 columns; libs/contracts QUESTION_SHEET_COLUMNS). */
export const QUESTION_SHEET_COLUMNS = [
  '题型', '章节编码', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '选项H', '答案', '难度', '认知要求', '解析', '评分要点',
] as const;
/** Columns a sheet may add after the contract's: `标签` (tags) and `用途` (usage). */
export const QUESTION_SHEET_OPTIONAL_COLUMNS = ['标签', '用途'] as const;
/** What `draftToRow` writes: the 16 contract columns, then `标签` and `用途`. */
export const QUESTION_SHEET_HEADER = [...QUESTION_SHEET_COLUMNS, ...QUESTION_SHEET_OPTIONAL_COLUMNS] as const;
export type QuestionSheetColumn = (typeof QUESTION_SHEET_HEADER)[number];
export const OPTION_COLUMNS = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '选项H'] as const;

export const TYPE_WORDS: Readonly<Record<string, DraftType>> = { 单选: 'single', 多选: 'multiple', 判断: 'judge', 填空: 'fill', 简答: 'short', 案例分析: 'case' };
export const TYPE_NAMES: Readonly<Record<DraftType, string>> = { single: '单选', multiple: '多选', judge: '判断', fill: '填空', short: '简答', case: '案例分析' };
export const REQUIREMENT_WORDS: Readonly<Record<string, DraftRequirement>> = { 了解: 'understand', 熟悉: 'familiar', 掌握: 'master' };
export const REQUIREMENT_NAMES: Readonly<Record<DraftRequirement, string>> = { understand: '了解', familiar: '熟悉', master: '掌握' };
export const USAGE_NAMES: Readonly<Record<DraftUsage, string>> = { exam: '考试', practice: '练习' };
const USAGE_WORDS: Readonly<Record<string, DraftUsage>> = { 考试: 'exam', 练习: 'practice', exam: 'exam', practice: 'practice' };
const JUDGE_WORDS: Readonly<Record<string, boolean>> = {
  对: true, 正确: true, '√': true, '✓': true, '✔': true, t: true, true: true,
  错: false, 错误: false, '×': false, '✗': false, '✘': false, f: false, false: false,
};

/** `单选` or `单选题` (also the English value, e.g. `single`) → the type; null when unknown. */
export function typeFromWord(word: string): DraftType | null {
  const w = word.normalize('NFKC').trim();
  const english = Object.hasOwn(TYPE_NAMES, w) ? (w as DraftType) : undefined;
  return own(TYPE_WORDS, w) ?? own(TYPE_WORDS, w.replace(/题$/, '')) ?? english ?? null;
}

/** `了解`/`熟悉`/`掌握` (or `understand`/`familiar`/`master`) → the requirement; null when unknown. */
export function requirementFromWord(word: string): DraftRequirement | null {
  const w = word.normalize('NFKC').trim();
  const english = Object.hasOwn(REQUIREMENT_NAMES, w.toLowerCase()) ? (w.toLowerCase() as DraftRequirement) : undefined;
  return own(REQUIREMENT_WORDS, w) ?? english ?? null;
}

/** `考试` / `练习` / `考试,练习` (separated by , ， 、 / or spaces) → usages, deduplicated; `bad` lists unknown words. */
export function usageFromText(text: string): { usage: DraftUsage[]; bad: string[] } {
  const usage: DraftUsage[] = [];
  const bad: string[] = [];
  for (const word of text.split(/[,，、/\s]+/).filter((w) => w !== '')) {
    const u = own(USAGE_WORDS, word.toLowerCase());
    if (u === undefined) bad.push(word);
    else if (!usage.includes(u)) usage.push(u);
  }
  return { usage, bad };
}

/** `对`/`错` and the accepted synonyms (正确/错误/√/×/T/F/true/false, any case) → boolean; null otherwise. */
export function judgeFromWord(word: string): boolean | null {
  const v = own(JUDGE_WORDS, word.normalize('NFKC').trim().toLowerCase());
  return v === undefined ? null : v;
}

/** Tags separated by `,` `，` or `、`, trimmed, empty ones dropped, deduplicated. */
export function tagsFromText(text: string): string[] {
  const tags: string[] = [];
  for (const t of text.split(/[,，、]/).map((s) => s.trim())) if (t !== '' && !tags.includes(t)) tags.push(t);
  return tags;
}

/**
 * A fill answer: blanks joined by `|`, alternatives by `/`. A `\` before `|`, `/` or `\` makes it
 * literal (so `TCP\/IP` is one alternative); alternatives are trimmed.
 */
export function parseFillAnswer(text: string): string[][] {
  const blanks: string[][] = [[]];
  let current = '';
  const endAlternative = () => {
    blanks[blanks.length - 1]!.push(current.trim());
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && (next === '|' || next === '/' || next === '\\')) {
      current += next;
      i++;
    } else if (c === '/') {
      endAlternative();
    } else if (c === '|') {
      endAlternative();
      blanks.push([]);
    } else {
      current += c;
    }
  }
  endAlternative();
  return blanks;
}

/** The inverse of `parseFillAnswer`. */
export function formatFillAnswer(blanks: readonly (readonly string[])[]): string {
  const escape = (alt: string) => alt.replace(/[\\|/]/g, '\\$&');
  return blanks.map((alts) => alts.map(escape).join('/')).join('|');
}

const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/;

/**
 * Cell text as read: trimmed, and the `'` that @cm/spreadsheet's writer puts before a text
 * starting with `= + - @` (formula-injection defence) removed again.
 */
export function readCellText(value: string | undefined): string {
  const text = (value ?? '').trim();
  return QUOTED_FORMULA_START.test(text) ? text.slice(1) : text;
}

/** The inverse of `readCellText` for a text the writer would not quote itself (one already starting with `'`). */
export function writeCellText(text: string): string {
  return QUOTED_FORMULA_START.test(text) ? `'${text}` : text;
}
