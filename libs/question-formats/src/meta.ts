/**
 * What Moodle XML and GIFT carry the same way: metadata as tags (`difficulty:4`,
 * `requirement:familiar`, `usage:practice`, `type:case`), chapter codes as category paths, and
 * choice questions as a list of options each marked correct or not.
 */
import { DRAFT_REQUIREMENTS, type DraftRequirement, type DraftType, type DraftUsage, type QuestionDraft } from './types';
import { optionKeyAt, own } from './text';

export const DEFAULT_DIFFICULTY = 3;
export const DEFAULT_REQUIREMENT: DraftRequirement = 'understand';
/** Criterion given to an essay that has no `criterion:points` grader information. */
export const DEFAULT_RUBRIC_CRITERION = '综合评分';

const REQUIREMENT_ALIASES: Readonly<Record<string, DraftRequirement>> = { 了解: 'understand', 熟悉: 'familiar', 掌握: 'master' };
const USAGE_ALIASES: Readonly<Record<string, DraftUsage>> = { exam: 'exam', practice: 'practice', 考试: 'exam', 练习: 'practice' };

/**
 * A syllabus code as the contract allows it (`[A-Za-z0-9.-_]`, at most 32) that also looks like one:
 * all upper-case, or with a digit or a separator ('GOV-M.3', 'VIP-1.2.1.1', 'IT'); plain words
 * such as Moodle's 'top' or 'Default' are not codes.
 */
export function looksLikeCode(segment: string): boolean {
  return segment.length <= 32 && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(segment) && (/[0-9._-]/.test(segment) || segment === segment.toUpperCase());
}

/** `$course$/top/GOV-M/GOV-M.3` → 'GOV-M.3'; null when the last segment is not code-like. */
export function chapterFromCategory(path: string): string | null {
  // Moodle writes a '/' inside a category name as '//'; such a name is never a code.
  const segments = path.replace(/\/\//g, '\u0000').split('/').map((s) => s.trim()).filter((s) => s !== '');
  const last = segments[segments.length - 1];
  return last !== undefined && looksLikeCode(last) ? last : null;
}

/** The category path written for a chapter: `$course$/top/GOV-M/GOV-M.3` (each '.'-prefix a level). */
export function categoryFor(chapterCode: string | null): string {
  if (chapterCode === null) return '$course$/top/未分类';
  const parts = chapterCode.split('.');
  const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.')).filter(looksLikeCode);
  return ['$course$', 'top', ...parents, chapterCode].map((l) => l.replace(/\//g, '//')).join('/');
}

/** Tags that carry a draft's metadata, followed by its own tags. */
export function metaTagsFor(d: QuestionDraft): string[] {
  const tags = [`difficulty:${d.difficulty}`, `requirement:${d.requirement}`];
  for (const u of d.usage ?? []) tags.push(`usage:${u}`);
  if (d.type === 'case') tags.push('type:case');
  return [...tags, ...(d.tags ?? [])];
}

export interface ReadMeta {
  difficulty: number;
  requirement: DraftRequirement;
  usage?: DraftUsage[];
  tags?: string[];
  isCase: boolean;
}

/** Splits tags into metadata (defaults: difficulty 3, requirement 'understand') and plain tags. */
export function readMetaTags(raw: readonly string[]): ReadMeta {
  const meta: ReadMeta = { difficulty: DEFAULT_DIFFICULTY, requirement: DEFAULT_REQUIREMENT, isCase: false };
  const tags: string[] = [];
  const usage: DraftUsage[] = [];
  for (const tag of raw.map((t) => t.trim()).filter((t) => t !== '')) {
    const m = /^(difficulty|requirement|usage|type)\s*[:：]\s*(.+)$/i.exec(tag);
    const name = m?.[1]?.toLowerCase();
    const value = m?.[2]?.trim() ?? '';
    if (name === 'difficulty' && /^[1-5]$/.test(value)) meta.difficulty = Number(value);
    else if (name === 'requirement' && (DRAFT_REQUIREMENTS as readonly string[]).includes(value.toLowerCase())) meta.requirement = value.toLowerCase() as DraftRequirement;
    else if (name === 'requirement' && own(REQUIREMENT_ALIASES, value)) meta.requirement = own(REQUIREMENT_ALIASES, value)!;
    else if (name === 'usage' && own(USAGE_ALIASES, value.toLowerCase())) {
      const u = own(USAGE_ALIASES, value.toLowerCase())!;
      if (!usage.includes(u)) usage.push(u);
    } else if (name === 'type' && value.toLowerCase() === 'case') meta.isCase = true;
    else if (!tags.includes(tag)) tags.push(tag);
  }
  if (usage.length > 0) meta.usage = usage;
  if (tags.length > 0) meta.tags = tags;
  return meta;
}

/** Builds the metadata part of a draft from read tags (absent optional fields stay absent). */
export function withMeta<T extends Partial<QuestionDraft>>(base: T, meta: ReadMeta): T & Pick<QuestionDraft, 'difficulty' | 'requirement'> {
  const d = { ...base, difficulty: meta.difficulty, requirement: meta.requirement };
  if (meta.tags) d.tags = meta.tags;
  if (meta.usage) d.usage = meta.usage;
  return d;
}

export interface ChoiceOption {
  text: string;
  correct: boolean;
}

/**
 * Options keyed A, B, … and the answer: `single` needs exactly one correct option (else an error
 * message); `multiple` lists every correct key (rule checks are left to validateQuestionContent).
 */
export function buildChoice(
  choices: readonly ChoiceOption[],
  single: boolean,
): { type: DraftType; options: { key: string; text: string }[]; answer: string | string[] } | { error: string } {
  const options = choices.map((c, i) => ({ key: optionKeyAt(i), text: c.text }));
  const correct = options.filter((_, i) => choices[i]!.correct).map((o) => o.key);
  if (!single) return { type: 'multiple', options, answer: correct };
  if (correct.length !== 1) return { error: `单选题必须恰好有一个正确选项,实际有 ${correct.length} 个` };
  return { type: 'single', options, answer: correct[0]! };
}

/** A percentage with at most five decimals, as Moodle lists grades: 100/3 → '33.33333'. */
export function percent(value: number): string {
  return String(Number(value.toFixed(5)));
}
