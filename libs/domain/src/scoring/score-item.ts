/** Scoring of objective items (api-contract.md "Scoring"). Points are handled in integer
 * cents so that nothing is rounded before the final 百分制 score. Pure. */

export interface ObjectiveKey {
  type: 'single' | 'multiple' | 'judge' | 'fill';
  /** single: "B"; multiple: ["A","C"]; judge: boolean; fill: accepted alternatives per blank */
  answer: unknown;
  scoring?: 'all_or_nothing' | 'partial';
}

/** NFKC, case folding, trimming and collapsing inner whitespace (fill blanks). */
export function normaliseBlank(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

const asKeys = (x: unknown): string[] | null => (Array.isArray(x) && x.every((k) => typeof k === 'string') ? (x as string[]) : null);

/** Points earned, in cents, for a response already mapped to the question's own option keys. */
export function scoreObjective(key: ObjectiveKey, response: unknown, maxCents: number): number {
  if (response === null || response === undefined) return 0;
  switch (key.type) {
    case 'single':
      return typeof response === 'string' && response === key.answer ? maxCents : 0;
    case 'judge':
      return typeof response === 'boolean' && response === key.answer ? maxCents : 0;
    case 'multiple': {
      const correct = new Set(asKeys(key.answer) ?? []);
      const given = new Set(asKeys(response) ?? []);
      if (given.size === 0) return 0;
      const wrong = [...given].some((k) => !correct.has(k));
      if (wrong) return 0;
      if (given.size === correct.size) return maxCents;
      // A non-empty proper subset of the correct keys with no wrong key earns half.
      return key.scoring === 'partial' ? Math.floor(maxCents / 2) : 0;
    }
    case 'fill': {
      const blanks = Array.isArray(key.answer) ? (key.answer as unknown[]) : [];
      const given = Array.isArray(response) ? (response as unknown[]) : [];
      if (!blanks.length) return 0;
      // The item's points are split evenly over its blanks; the remainder cents go to the first blanks.
      const base = Math.floor(maxCents / blanks.length);
      let extra = maxCents - base * blanks.length;
      let earned = 0;
      blanks.forEach((alts, i) => {
        const share = base + (extra > 0 ? 1 : 0);
        if (extra > 0) extra--;
        const g = given[i];
        const ok = typeof g === 'string' && (asKeys(alts) ?? []).some((a) => normaliseBlank(a) === normaliseBlank(g));
        if (ok) earned += share;
      });
      return earned;
    }
  }
}

export interface ScoredItem {
  areaId: string;
  maxCents: number;
  earnedCents: number;
}

export interface PaperScore {
  earnedCents: number;
  possibleCents: number;
  /** 百分制, two decimals */
  score: number;
  areas: { areaId: string; earnedCents: number; possibleCents: number }[];
}

/** Totals per area and the 百分制 score of the whole paper (order-independent). */
export function scorePaper(items: readonly ScoredItem[]): PaperScore {
  const areas = new Map<string, { earnedCents: number; possibleCents: number }>();
  let earned = 0;
  let possible = 0;
  for (const it of items) {
    const e = Math.max(0, Math.min(it.earnedCents, it.maxCents));
    earned += e;
    possible += it.maxCents;
    const a = areas.get(it.areaId) ?? { earnedCents: 0, possibleCents: 0 };
    a.earnedCents += e;
    a.possibleCents += it.maxCents;
    areas.set(it.areaId, a);
  }
  const score = possible === 0 ? 0 : Math.round((earned * 10000) / possible) / 100;
  return { earnedCents: earned, possibleCents: possible, score, areas: [...areas.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([areaId, v]) => ({ areaId, ...v })) };
}

/** Standard score (标准分) of a knowledge item: the points-weighted score of its mapped areas. */
export function standardScore(areas: PaperScore['areas'], mapped: readonly string[]): number | null {
  const sel = areas.filter((a) => mapped.includes(a.areaId));
  const possible = sel.reduce((s, a) => s + a.possibleCents, 0);
  if (!possible) return null;
  return Math.round((sel.reduce((s, a) => s + a.earnedCents, 0) * 10000) / possible) / 100;
}
