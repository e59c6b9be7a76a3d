import { round1 } from '../competency/aggregate-ratings';
import { behaviouralIndex, tenths } from '../competency/competency-profile';
import type { DecisionPolicy } from './decision-policy';

/** The level recommendation (product.md, "Rules the product applies"): for the level asked for,
 * every rule is a check with its numbers, passed or not, so a person can read why. Level L is
 * recommended when every check passes. Missing inputs (no published exam, no submitted
 * ratings) are failed checks, never errors. Arithmetic in tenths/cents keeps the comparisons
 * exact; the numbers compared are the rounded numbers shown. */

export const DECISION_CHECK_CODES = ['EXAM_PUBLISHED', 'EXAM_PASS_MARK', 'RATINGS_SUBMITTED', 'COMPOSITE_MIN', 'NO_ITEM_FAR_BELOW_STANDARD', 'SHARE_AT_STANDARD'] as const;
export type DecisionCheckCode = (typeof DECISION_CHECK_CODES)[number];

export interface RatedItemFacts {
  itemId: string;
  code: string;
  name: string;
  /** standard level of the target position level */
  standard: number;
  /** aggregated rating (one decimal), null when no counted rating */
  rating: number | null;
}

export interface RecommendationFacts {
  level: number;
  /** the latest published graded exam of this track and level */
  exam: { score: number } | null;
  /** null: no rating campaign */
  ratings: { supervisorSubmitted: boolean; submitted: number; total: number } | null;
  /** the rated (behavioural) items of the model */
  items: RatedItemFacts[];
}

export interface CheckItem {
  itemId: string;
  code: string;
  name: string;
  rating: number | null;
  standard: number;
}

export interface DecisionCheck {
  code: DecisionCheckCode;
  passed: boolean;
  /** the rule and its numbers, in words */
  detail: string;
  actual: number | null;
  required: number | null;
  items?: CheckItem[];
}

export interface LevelRecommendation {
  awarded: boolean;
  level: number;
  examScore: number | null;
  behaviouralIndex: number | null;
  composite: number | null;
  shareAtStandard: number | null;
  checks: DecisionCheck[];
}

const fmt = (x: number | null) => (x === null ? '—' : String(x));

export function compositeScore(exam: number, b: number, policy: Pick<DecisionPolicy, 'examWeight' | 'behaviourWeight'>): number {
  const total = policy.examWeight + policy.behaviourWeight;
  return round1((policy.examWeight * exam + policy.behaviourWeight * b) / total);
}

export function recommendLevel(f: RecommendationFacts, policy: DecisionPolicy): LevelRecommendation {
  const examScore = f.exam ? Math.round(f.exam.score * 100 + 1e-9) / 100 : null;
  const b = behaviouralIndex(f.items);
  const composite = examScore !== null && b !== null ? compositeScore(examScore, b, policy) : null;
  const rated = f.items.filter((i) => i.rating !== null);
  const far = f.items.filter((i) => i.rating === null || tenths(i.standard) - tenths(i.rating) > tenths(policy.maxLevelsBelowStandard));
  const atStandard = rated.filter((i) => tenths(i.rating as number) >= tenths(i.standard));
  const share = f.items.length && rated.length ? round1((100 * atStandard.length) / f.items.length) : null;
  const toItem = (i: RatedItemFacts): CheckItem => ({ itemId: i.itemId, code: i.code, name: i.name, rating: i.rating, standard: i.standard });

  const checks: DecisionCheck[] = [
    {
      code: 'EXAM_PUBLISHED',
      passed: examScore !== null,
      detail: examScore !== null ? `已有本序列本级别已发布的考试成绩 ${examScore} 分` : '没有本序列本级别已发布的考试成绩',
      actual: examScore,
      required: null,
    },
    {
      code: 'EXAM_PASS_MARK',
      passed: examScore !== null && examScore >= policy.examPassMark,
      detail: `考试成绩 ${fmt(examScore)} ${examScore !== null && examScore >= policy.examPassMark ? '≥' : '未达到'} 及格线 ${policy.examPassMark}`,
      actual: examScore,
      required: policy.examPassMark,
    },
    ratingsCheck(f.ratings),
    {
      code: 'COMPOSITE_MIN',
      passed: composite !== null && composite >= policy.compositeMin,
      detail: composite === null
        ? `缺少${examScore === null ? '考试成绩' : '评价结果'},无法计算综合分(综合分 = ${policy.examWeight}% × 考试 + ${policy.behaviourWeight}% × 行为指数,须 ≥ ${policy.compositeMin})`
        : `综合分 ${composite} = ${policy.examWeight}% × 考试 ${examScore} + ${policy.behaviourWeight}% × 行为指数 ${b},${composite >= policy.compositeMin ? '≥' : '低于'} ${policy.compositeMin}`,
      actual: composite,
      required: policy.compositeMin,
    },
    {
      code: 'NO_ITEM_FAR_BELOW_STANDARD',
      passed: far.length === 0,
      detail: far.length === 0
        ? `${f.items.length} 个评价项均未低于标准级别 ${policy.maxLevelsBelowStandard} 级以上`
        : `${far.length} 个评价项低于标准级别超过 ${policy.maxLevelsBelowStandard} 级或没有评价:${far.map((i) => `${i.name}(${fmt(i.rating)} / 标准 ${i.standard})`).join('、')}`,
      actual: far.length,
      required: 0,
      items: far.map(toItem),
    },
    {
      code: 'SHARE_AT_STANDARD',
      passed: share !== null && share >= policy.minShareAtStandard,
      detail: share === null
        ? `没有评价结果,须至少 ${policy.minShareAtStandard}% 的评价项达到标准级别`
        : `${atStandard.length}/${f.items.length} 个评价项达到标准级别(${share}%),${share >= policy.minShareAtStandard ? '≥' : '低于'} ${policy.minShareAtStandard}%`,
      actual: share,
      required: policy.minShareAtStandard,
      items: f.items.filter((i) => !atStandard.includes(i)).map(toItem),
    },
  ];
  return { awarded: checks.every((c) => c.passed), level: f.level, examScore, behaviouralIndex: b, composite, shareAtStandard: share, checks };
}

function ratingsCheck(r: RecommendationFacts['ratings']): DecisionCheck {
  if (!r) return { code: 'RATINGS_SUBMITTED', passed: false, detail: '没有能力素质评价活动', actual: 0, required: 1 };
  return {
    code: 'RATINGS_SUBMITTED',
    passed: r.supervisorSubmitted,
    detail: `已提交 ${r.submitted}/${r.total} 份评价;${r.supervisorSubmitted ? '上级评价已提交' : '上级评价尚未提交(必需)'}`,
    actual: r.submitted,
    required: 1,
  };
}
