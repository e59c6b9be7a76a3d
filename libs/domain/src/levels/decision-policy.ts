import type { IndicatorRule } from '../competency/propose-level';
import type { RaterWeights } from '../competency/aggregate-ratings';

/** Every number the rating and level-decision rules use. Versioned by officers (动态调整);
 * version 1 is built from the defaults of defaults.yaml (`competency`, `decision_policy`,
 * `eligibility.appeal_window_days`), which are defaults, not source text. */
export interface DecisionPolicy {
  raterWeights: RaterWeights;
  /** raters this many levels apart on an item raise the disagreement flag */
  disagreementLevels: number;
  /** "mostly observed": ⌈n·numerator/denominator⌉ of a level's n indicators */
  indicatorRule: IndicatorRule;
  /** evidence text is required for a rated level at or above this */
  evidenceRequiredFromLevel: number;
  /** composite C = (examWeight·E + behaviourWeight·B) / 100; the two sum to 100 */
  examWeight: number;
  behaviourWeight: number;
  examPassMark: number;
  compositeMin: number;
  /** no rated item more than this many levels below its standard */
  maxLevelsBelowStandard: number;
  /** percent of rated items at or above their standard */
  minShareAtStandard: number;
  /** standard score on the level-L paper that rates a knowledge item at L */
  knowledgePassMark: number;
  appealWindowDays: number;
}

type Obj = Record<string, unknown>;

function num(o: Obj | undefined, key: string, where: string): number {
  const v = o?.[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`setting ${where}.${key} is missing or not a number: run db:seed`);
  return v;
}

/** "at least ceil(2n/3) of a level's n indicators observed" → {2, 3}. */
export function parseIndicatorRule(text: unknown): IndicatorRule {
  const m = typeof text === 'string' ? /ceil\((\d+)n\/(\d+)\)/.exec(text) : null;
  if (!m) throw new Error(`setting competency.indicator_rule is not of the form "ceil(<a>n/<b>)": ${String(text)}`);
  return { numerator: Number(m[1]), denominator: Number(m[2]) };
}

/** Builds version 1 from the settings rows `competency`, `decision_policy` and `eligibility`. */
export function policyFromSettings(competency: unknown, decision: unknown, eligibility: unknown): DecisionPolicy {
  const c = competency as Obj;
  const d = decision as Obj;
  const e = eligibility as Obj;
  const w = c?.['rater_weights'] as Obj | undefined;
  return {
    raterWeights: { supervisor: num(w, 'supervisor', 'competency.rater_weights'), peer: num(w, 'peer', 'competency.rater_weights'), self: num(w, 'self', 'competency.rater_weights') },
    disagreementLevels: num(c, 'disagreement_levels', 'competency'),
    indicatorRule: parseIndicatorRule(c?.['indicator_rule']),
    evidenceRequiredFromLevel: num(c, 'evidence_required_from_level', 'competency'),
    examWeight: num(d, 'exam_weight', 'decision_policy'),
    behaviourWeight: num(d, 'behaviour_weight', 'decision_policy'),
    examPassMark: num(d, 'exam_pass_mark', 'decision_policy'),
    compositeMin: num(d, 'composite_min', 'decision_policy'),
    maxLevelsBelowStandard: num(d, 'max_levels_below_standard', 'decision_policy'),
    minShareAtStandard: num(d, 'min_share_at_standard', 'decision_policy'),
    // The defaults name one pass mark for the level paper (knowledge_item_rule: pass_level_paper).
    knowledgePassMark: num(d, 'exam_pass_mark', 'decision_policy'),
    appealWindowDays: num(e, 'appeal_window_days', 'eligibility'),
  };
}

/** Rules a policy must keep beyond its field ranges; each problem names its field. */
export function policyProblems(p: DecisionPolicy): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (p.examWeight + p.behaviourWeight !== 100) out.push({ path: 'examWeight', message: '考试权重与行为权重之和必须为 100' });
  if (p.raterWeights.supervisor <= 0) out.push({ path: 'raterWeights.supervisor', message: '上级评价的权重必须大于 0(评价活动必须有上级评价)' });
  if (p.indicatorRule.numerator > p.indicatorRule.denominator) out.push({ path: 'indicatorRule', message: '指标比例不能大于 1' });
  return out;
}
