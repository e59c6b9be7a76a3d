import type { AnalysedAttempt, AnalysedItem, FormReliability } from './analysis.types';
import { mean, variance } from './statistics';

/** Internal consistency of one fixed paper: KR-20 when every item is right/wrong, else
 * coefficient alpha over the item points (KR-20 is alpha for 0/1 items). Population variances.
 *   KR-20 = k/(k−1) · (1 − Σ pq / σ²_X)     alpha = k/(k−1) · (1 − Σ σ²_i / σ²_X)
 * Defined only when every candidate sat the same items, so it is computed per fixed form; a
 * per-candidate paper is sat by one candidate and has none (the caller reports n/a). */
export function formReliability(formId: string, items: ReadonlyMap<string, AnalysedItem>, attempts: readonly AnalysedAttempt[]): FormReliability {
  const keys = [...new Set(attempts.flatMap((a) => a.responses.map((r) => r.key)))].sort();
  const k = keys.length;
  const n = attempts.length;
  const dichotomous = k > 0 && keys.every((key) => items.get(key)?.dichotomous === true);
  const method = dichotomous ? 'kr20' : 'alpha';
  // Rows: candidates; columns: items. A right/wrong item counts 1 for full marks (KR-20),
  // otherwise its points; a missing response counts 0.
  const matrix = attempts.map((a) => {
    const byKey = new Map(a.responses.map((r) => [r.key, r]));
    return keys.map((key) => {
      const r = byKey.get(key);
      if (!r) return 0;
      return dichotomous ? (r.maxCents > 0 && r.earnedCents >= r.maxCents ? 1 : 0) : r.earnedCents / 100;
    });
  });
  const points = attempts.map((a) => a.responses.reduce((s, r) => s + r.earnedCents, 0) / 100);
  const base = { formId, method, k, n, meanPoints: n ? mean(points) : 0, sdPoints: n ? Math.sqrt(variance(points)) : 0 } as const;
  if (n < 2) return { ...base, value: null, reason: 'too_few_candidates', sem: null };
  if (k < 2) return { ...base, value: null, reason: 'too_few_items', sem: null };
  const totals = matrix.map((row) => row.reduce((s, x) => s + x, 0));
  const totalVar = variance(totals);
  if (totalVar < 1e-12) return { ...base, value: null, reason: 'no_variance', sem: null };
  let itemVar = 0;
  for (let j = 0; j < k; j++) itemVar += variance(matrix.map((row) => row[j]!));
  const value = (k / (k - 1)) * (1 - itemVar / totalVar);
  const sem = base.sdPoints * Math.sqrt(Math.max(0, 1 - value));
  return { ...base, value, sem };
}
