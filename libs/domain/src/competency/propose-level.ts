/** The indicator rule of the rating form (product.md; scoring-and-levels.md §2.1): an item's
 * level is the highest level whose ▶ indicators are mostly observed, with every lower level
 * held. "Mostly" is a fraction of a level's n indicators, ⌈n·numerator/denominator⌉ (default
 * ⌈2n/3⌉). A level whose text was not found has no indicators: the walk cannot judge it, so
 * from there on the rater picks the level directly. */

export interface IndicatorRule {
  numerator: number;
  denominator: number;
}

export interface LevelIndicators {
  level: number;
  indicatorIds: string[];
}

export interface LevelJudgement {
  level: number;
  indicators: number;
  observed: number;
  /** observed indicators needed; null when the level has none to judge by */
  required: number | null;
  held: boolean | null;
}

export interface LevelProposal {
  /** the level the indicators support; null when the lowest level has no indicators */
  proposed: number | null;
  /** levels a rater may choose without a reason: the proposal, or — when the walk stopped at a
   * level without indicators — the proposal and every level above it */
  consistent: number[];
  levels: LevelJudgement[];
}

/** ⌈n·num/den⌉ in integers (no floating-point edge at n = 3, 6, …). */
export function requiredObserved(n: number, rule: IndicatorRule): number {
  return Math.ceil((n * rule.numerator) / rule.denominator);
}

export function proposeLevel(levels: LevelIndicators[], observedIds: Iterable<string>, rule: IndicatorRule): LevelProposal {
  const observed = new Set(observedIds);
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  const judged: LevelJudgement[] = sorted.map((l) => {
    const n = l.indicatorIds.length;
    const seen = l.indicatorIds.filter((id) => observed.has(id)).length;
    if (n === 0) return { level: l.level, indicators: 0, observed: 0, required: null, held: null };
    const required = requiredObserved(n, rule);
    return { level: l.level, indicators: n, observed: seen, required, held: seen >= required };
  });
  let proposed = 0;
  for (let i = 0; i < judged.length; i++) {
    const j = judged[i]!;
    if (j.held === null) {
      // Nothing to judge this level by: the indicators support `proposed`, the rater decides
      // above it — up to the first higher level whose indicators are judged and not held.
      const first = i === 0;
      let upper = judged[judged.length - 1]!.level;
      for (const above of judged.slice(i + 1)) {
        if (above.held === false) {
          upper = above.level - 1;
          break;
        }
      }
      return { proposed: first ? null : proposed, consistent: range(first ? 0 : proposed, Math.max(upper, first ? 0 : proposed)), levels: judged };
    }
    if (!j.held) break;
    proposed = j.level;
  }
  return { proposed, consistent: [proposed], levels: judged };
}

/** A chosen level that the observed indicators do not support needs a reason. */
export function reasonRequired(chosen: number, proposal: LevelProposal): boolean {
  return !proposal.consistent.includes(chosen);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
