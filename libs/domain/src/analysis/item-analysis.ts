import type { AnalysedAttempt, AnalysedItem, AnalysisOptions, DistractorRow, ItemAnalysis, ItemFlag } from './analysis.types';
import { mean, pearson } from './statistics';

export const ANALYSIS_DEFAULTS = { minN: 20, groupFraction: 0.27, easyAbove: 0.95, hardBelow: 0.2 } as const;

interface Entry {
  attemptId: string;
  /** the attempt's total as a share of its possible points (papers may differ in total) */
  total: number;
  /** the rest score (total without this item) as a share of the rest's possible points */
  rest: number | null;
  x: number;
  choice: readonly string[] | null | undefined;
}

/** Classical item analysis of graded attempts, per item key (question version):
 * - facility p = mean share of the item's points earned;
 * - item–rest correlation (point-biserial for right/wrong items) against the attempt's score
 *   without the item, both as shares of their possible points so that papers of different
 *   totals pool (on one paper this is a linear transform and leaves r unchanged);
 * - D = p(upper 27 %) − p(lower 27 %) with the groups ranked by total score among the attempts
 *   that had the item (ties broken by attempt id, so the result is reproducible);
 * - distractor frequencies per authored option key, overall and in both groups;
 * - flags (negative discrimination, too easy, too hard) once n ≥ minN. */
export function analyseItems(items: readonly AnalysedItem[], attempts: readonly AnalysedAttempt[], options: AnalysisOptions = {}): ItemAnalysis[] {
  const o = { ...ANALYSIS_DEFAULTS, ...options };
  const byKey = new Map<string, Entry[]>();
  for (const a of attempts) {
    let earned = 0;
    let possible = 0;
    for (const r of a.responses) {
      earned += r.earnedCents;
      possible += r.maxCents;
    }
    const total = possible > 0 ? earned / possible : 0;
    for (const r of a.responses) {
      if (r.maxCents <= 0) continue;
      const restPossible = possible - r.maxCents;
      const entry: Entry = {
        attemptId: a.attemptId,
        total,
        rest: restPossible > 0 ? (earned - r.earnedCents) / restPossible : null,
        x: Math.max(0, Math.min(1, r.earnedCents / r.maxCents)),
        choice: r.choice,
      };
      const list = byKey.get(r.key);
      if (list) list.push(entry);
      else byKey.set(r.key, [entry]);
    }
  }
  return items.map((item) => analyseOne(item, byKey.get(item.key) ?? [], o));
}

function analyseOne(item: AnalysedItem, entries: Entry[], o: Required<AnalysisOptions>): ItemAnalysis {
  const n = entries.length;
  const facility = n ? mean(entries.map((e) => e.x)) : NaN;
  const withRest = entries.filter((e) => e.rest !== null);
  const pointBiserial = pearson(withRest.map((e) => e.x), withRest.map((e) => e.rest!));
  const ranked = [...entries].sort((a, b) => b.total - a.total || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0));
  const g = n >= 2 ? Math.max(1, Math.round(o.groupFraction * n)) : 0;
  const upper = ranked.slice(0, g);
  const lower = g ? ranked.slice(n - g) : [];
  const upperFacility = g ? mean(upper.map((e) => e.x)) : null;
  const lowerFacility = g ? mean(lower.map((e) => e.x)) : null;
  const discrimination = upperFacility !== null && lowerFacility !== null ? upperFacility - lowerFacility : null;
  const belowMinN = n < o.minN;
  const flags: ItemFlag[] = [];
  if (!belowMinN) {
    if ((pointBiserial !== null && pointBiserial < 0) || (discrimination !== null && discrimination < 0)) flags.push('negative_discrimination');
    if (facility > o.easyAbove) flags.push('too_easy');
    if (facility < o.hardBelow) flags.push('too_hard');
  }
  const hasOptions = !!item.options?.length;
  return {
    key: item.key,
    type: item.type,
    n,
    facility: n ? facility : NaN,
    pointBiserial,
    discrimination,
    upperFacility,
    lowerFacility,
    groupSize: g,
    distractors: hasOptions ? distractors(item, entries, upper, lower) : null,
    omitted: hasOptions ? entries.filter((e) => !e.choice?.length).length : null,
    flags,
    belowMinN,
  };
}

function distractors(item: AnalysedItem, all: Entry[], upper: Entry[], lower: Entry[]): DistractorRow[] {
  const correct = new Set(item.correct ?? []);
  const count = (es: Entry[], k: string) => es.filter((e) => e.choice?.includes(k)).length;
  return (item.options ?? []).map((option) => {
    const c = count(all, option);
    return {
      option,
      correct: correct.has(option),
      count: c,
      share: all.length ? c / all.length : 0,
      upperShare: upper.length ? count(upper, option) / upper.length : null,
      lowerShare: lower.length ? count(lower, option) / lower.length : null,
    };
  });
}
