/** Statistics officers see for a session before publishing: distribution, pass rate and
 * per-area means over graded attempts. Pure; scores are 百分制. */

export interface GradedAttemptFacts {
  score: number;
  passed: boolean;
  formLabel: string | null;
  areas: { syllabusNodeId: string; title: string; earned: number; possible: number }[];
}

export interface SessionStats {
  graded: number;
  mean: number | null;
  median: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
  passRate: number | null;
  /** ten bins [0,10) … [90,100]; the last includes 100 */
  distribution: { from: number; to: number; count: number }[];
  areas: { syllabusNodeId: string; title: string; possible: number; meanEarned: number; meanPercent: number }[];
  forms: { label: string; graded: number; mean: number; passRate: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function sessionStats(attempts: readonly GradedAttemptFacts[]): SessionStats {
  const distribution = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 10, count: 0 }));
  for (const a of attempts) distribution[Math.min(9, Math.max(0, Math.floor(a.score / 10)))]!.count += 1;
  const n = attempts.length;
  const scores = attempts.map((a) => a.score).sort((x, y) => x - y);
  const mean = n ? scores.reduce((t, s) => t + s, 0) / n : null;
  const sd = n && mean !== null ? Math.sqrt(scores.reduce((t, s) => t + (s - mean) ** 2, 0) / n) : null;

  const areas = new Map<string, { title: string; possible: number; earned: number; percent: number; n: number }>();
  for (const a of attempts) {
    for (const x of a.areas) {
      const cur = areas.get(x.syllabusNodeId) ?? { title: x.title, possible: 0, earned: 0, percent: 0, n: 0 };
      cur.possible += x.possible;
      cur.earned += x.earned;
      cur.percent += x.possible > 0 ? (x.earned / x.possible) * 100 : 0;
      cur.n += 1;
      areas.set(x.syllabusNodeId, cur);
    }
  }
  const forms = new Map<string, { n: number; sum: number; passed: number }>();
  for (const a of attempts) {
    if (!a.formLabel) continue;
    const f = forms.get(a.formLabel) ?? { n: 0, sum: 0, passed: 0 };
    f.n += 1;
    f.sum += a.score;
    f.passed += a.passed ? 1 : 0;
    forms.set(a.formLabel, f);
  }
  return {
    graded: n,
    mean: mean === null ? null : round2(mean),
    median: n ? round2(median(scores)) : null,
    standardDeviation: sd === null ? null : round2(sd),
    min: n ? scores[0]! : null,
    max: n ? scores[n - 1]! : null,
    passRate: n ? round2((attempts.filter((a) => a.passed).length / n) * 100) : null,
    distribution,
    areas: [...areas.entries()].map(([id, v]) => ({ syllabusNodeId: id, title: v.title, possible: round2(v.possible / v.n), meanEarned: round2(v.earned / v.n), meanPercent: round2(v.percent / v.n) })),
    forms: [...forms.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, f]) => ({ label, graded: f.n, mean: round2(f.sum / f.n), passRate: round2((f.passed / f.n) * 100) })),
  };
}

export type ItemOutcome = 'right' | 'partial' | 'wrong' | 'pending';

/** How a candidate did on one item, without the key: full, part or no credit. */
export function itemOutcome(earnedCents: number | null, maxCents: number): ItemOutcome {
  if (earnedCents === null) return 'pending';
  if (earnedCents >= maxCents) return 'right';
  return earnedCents > 0 ? 'partial' : 'wrong';
}
