import { toOriginalKeys } from '../scoring/option-order';
import type { AnalysedType } from './analysis.types';

/** Judge items have two "options": the authored keys are the answers true and false. */
export const JUDGE_OPTIONS = ['true', 'false'] as const;

/** Whether an item can only score 0 or full marks (KR-20 needs right/wrong items). */
export function isDichotomous(type: string, opts: { scoring?: 'partial' | 'all_or_nothing'; blanks?: number } = {}): boolean {
  if (type === 'single' || type === 'judge') return true;
  if (type === 'multiple') return opts.scoring !== 'partial';
  if (type === 'fill') return (opts.blanks ?? 1) === 1;
  return false;
}

/** The authored option keys a candidate chose, from the stored response in displayed keys and
 * the paper's option permutation. null = omitted; undefined = the type has no options. */
export function authoredChoice(type: AnalysedType | string, response: unknown, optionOrder: readonly string[] | undefined): string[] | null | undefined {
  if (type === 'judge') return typeof response === 'boolean' ? [String(response)] : null;
  if (type !== 'single' && type !== 'multiple') return undefined;
  const mapped = toOriginalKeys(type, response ?? null, optionOrder);
  if (type === 'single') return typeof mapped === 'string' ? [mapped] : null;
  const keys = Array.isArray(mapped) ? [...new Set(mapped.filter((k): k is string => typeof k === 'string'))] : [];
  return keys.length ? keys : null;
}
