/** Combining several raters' levels on one item (product.md, "Aggregation per item"): the mean
 * of each relation's submitted ratings (several peers are averaged first), then the
 * relation-weighted mean, the weights of absent relations re-spread over those present. A
 * campaign needs the supervisor: without the supervisor's rating the self rating never counts
 * (self never decides alone). The result has one decimal place. */

export const RATER_RELATIONS = ['supervisor', 'peer', 'self'] as const;
export type RaterRelation = (typeof RATER_RELATIONS)[number];
export type RaterWeights = Record<RaterRelation, number>;

export interface RaterLevel {
  relation: RaterRelation;
  level: number;
}

export interface ItemAggregate {
  /** weighted level, one decimal; null when no counted rating exists */
  rating: number | null;
  /** each relation's mean (one decimal), null when that relation has no submitted rating */
  byRelation: Record<RaterRelation, number | null>;
  /** submitted ratings of this item (all relations) */
  raters: number;
  /** highest minus lowest submitted level */
  spread: number;
  /** raters differ by `disagreementLevels` or more */
  disagreement: boolean;
  /** a self rating was given but not counted, because the supervisor has not rated */
  selfIgnored: boolean;
}

/** Rounds to one decimal; the epsilon keeps 2.05 from becoming 2.0 through binary fractions. */
export const round1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function aggregateItem(ratings: RaterLevel[], weights: RaterWeights, disagreementLevels: number): ItemAggregate {
  const by = (r: RaterRelation) => mean(ratings.filter((x) => x.relation === r).map((x) => x.level));
  const means: Record<RaterRelation, number | null> = { supervisor: by('supervisor'), peer: by('peer'), self: by('self') };
  const counted = RATER_RELATIONS.filter((r) => means[r] !== null && (r !== 'self' || means.supervisor !== null));
  const weightSum = counted.reduce((s, r) => s + weights[r], 0);
  const rating = weightSum > 0 ? round1(counted.reduce((s, r) => s + weights[r] * (means[r] as number), 0) / weightSum) : null;
  const levels = ratings.map((r) => r.level);
  const spread = levels.length ? Math.max(...levels) - Math.min(...levels) : 0;
  return {
    rating,
    byRelation: { supervisor: nullable(means.supervisor), peer: nullable(means.peer), self: nullable(means.self) },
    raters: ratings.length,
    spread,
    disagreement: levels.length > 1 && spread >= disagreementLevels,
    selfIgnored: means.self !== null && means.supervisor === null,
  };
}

const nullable = (x: number | null) => (x === null ? null : round1(x));
