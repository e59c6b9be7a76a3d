/** The competency profile (评估打分): each item's rating against the standard level of the
 * target position level (标准级别设置), and the behavioural index over the rated items
 * (product.md): B = 100 × Σ min(rating, standard) / Σ standard. Arithmetic runs in tenths of a
 * level, so one-decimal ratings compare exactly. */

export type Assessment = 'rating' | 'exam';

export interface ProfileInputItem {
  itemId: string;
  code: string;
  assessment: Assessment;
  standard: number;
  /** one decimal; null when there is nothing to rate by yet */
  rating: number | null;
}

export interface ProfileItem extends ProfileInputItem {
  /** rating − standard (one decimal): negative means below the standard; null without a rating */
  gap: number | null;
  belowStandard: boolean | null;
  /** more than `maxLevelsBelow` levels under the standard */
  farBelow: boolean | null;
}

export interface CompetencyProfile {
  items: ProfileItem[];
  /** over the rated (behavioural) items; null when none of them has a rating */
  behaviouralIndex: number | null;
}

export const tenths = (x: number): number => Math.round(x * 10);

export function behaviouralIndex(items: { standard: number; rating: number | null }[]): number | null {
  if (!items.some((i) => i.rating !== null)) return null;
  let num = 0;
  let den = 0;
  for (const i of items) {
    const s = tenths(i.standard);
    num += Math.min(i.rating === null ? 0 : tenths(i.rating), s);
    den += s;
  }
  if (den === 0) return 100;
  return Math.round((1000 * num) / den + 1e-9) / 10;
}

export function buildProfile(items: ProfileInputItem[], maxLevelsBelow: number): CompetencyProfile {
  const out = items.map((i): ProfileItem => {
    if (i.rating === null) return { ...i, gap: null, belowStandard: null, farBelow: null };
    const d = tenths(i.rating) - tenths(i.standard);
    return { ...i, gap: d / 10, belowStandard: d < 0, farBelow: -d > tenths(maxLevelsBelow) };
  });
  return { items: out, behaviouralIndex: behaviouralIndex(items.filter((i) => i.assessment === 'rating')) };
}

export type KnowledgeBasis = 'exam_passed' | 'exam_below_pass_mark' | 'held_level' | 'none';

/** A knowledge item (专业/技术能力) is rated by the exam of the target level (defaults.yaml
 * `knowledge_item_rule: pass_level_paper`; scoring-and-levels.md §2.2): a standard score at or
 * above the pass mark on the level-L paper gives L; otherwise the item stays at the level the
 * candidate already holds. */
export function knowledgeItemRating(input: { standardScore: number | null; targetLevel: number; heldLevel: number; passMark: number }): { rating: number | null; basis: KnowledgeBasis } {
  if (input.standardScore !== null) {
    return input.standardScore >= input.passMark ? { rating: input.targetLevel, basis: 'exam_passed' } : { rating: input.heldLevel, basis: 'exam_below_pass_mark' };
  }
  return input.heldLevel > 0 ? { rating: input.heldLevel, basis: 'held_level' } : { rating: null, basis: 'none' };
}
