import type { AnalysedAttempt, AnalysedItem, AnalysisOptions, FormReliability, ItemAnalysis } from './analysis.types';
import { analyseItems } from './item-analysis';
import { formReliability } from './reliability';

export interface SessionAnalysis {
  /** graded attempts analysed */
  n: number;
  items: ItemAnalysis[];
  /** one per fixed form; empty for per-candidate papers */
  reliability: FormReliability[];
  /** why there is no reliability figure: per-candidate papers have no common item set */
  reliabilityNote: 'per_candidate' | null;
}

/** Item statistics for every item, and the reliability of each fixed form. For per-candidate
 * papers KR-20 / alpha over the pooled items are not defined (every candidate answered a
 * different item set; most item pairs are never answered together), so only item statistics
 * are reported there (product.md: "for per-candidate papers, item statistics only"). */
export function analyseSession(formMode: 'fixed' | 'per_candidate', items: readonly AnalysedItem[], attempts: readonly AnalysedAttempt[], options: AnalysisOptions = {}): SessionAnalysis {
  const analysed = analyseItems(items, attempts, options);
  if (formMode !== 'fixed') return { n: attempts.length, items: analysed, reliability: [], reliabilityNote: 'per_candidate' };
  const byKey = new Map(items.map((i) => [i.key, i]));
  const byForm = new Map<string, AnalysedAttempt[]>();
  for (const a of attempts) {
    const list = byForm.get(a.formId);
    if (list) list.push(a);
    else byForm.set(a.formId, [a]);
  }
  const reliability = [...byForm.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([formId, list]) => formReliability(formId, byKey, list));
  return { n: attempts.length, items: analysed, reliability, reliabilityNote: null };
}
