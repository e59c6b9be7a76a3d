import type { QuestionVersionDto } from '@cm/contracts';

/** The fields compared between two versions, in display order. */
export const DIFF_FIELDS = ['syllabusCode', 'type', 'stem', 'options', 'answer', 'difficulty', 'requirement', 'explanation', 'rubric', 'usage', 'tags'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

type Comparable = Pick<QuestionVersionDto, DiffField>;

/** A value in a form where equal content compares equal: absent and empty are the same, and
 * the order of usage, tags and multiple-choice keys does not matter. */
function normalise(version: Comparable, field: DiffField): string {
  const value: unknown = version[field];
  if (value === undefined || value === null || value === '') return 'null';
  if ((field === 'usage' || field === 'tags') && Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  if (field === 'answer' && Array.isArray(value) && value.every((item) => typeof item === 'string')) return JSON.stringify([...value].sort());
  if (Array.isArray(value) && value.length === 0) return 'null';
  return JSON.stringify(value);
}

/** The fields whose content differs between `a` and `b`. */
export function changedFields(a: Comparable, b: Comparable): Set<DiffField> {
  return new Set(DIFF_FIELDS.filter((field) => normalise(a, field) !== normalise(b, field)));
}

/** The two versions compared by default: the one before the latest, and the latest. */
export function defaultComparison(versions: readonly { version: number }[]): [number, number] | null {
  if (versions.length < 2) return null;
  const sorted = versions.map((item) => item.version).sort((x, y) => x - y);
  return [sorted[sorted.length - 2] ?? 1, sorted[sorted.length - 1] ?? 1];
}
