import { parseIndicatorRule, policyFromSettings, policyProblems } from './decision-policy';
import { DEFAULT_POLICY_FIXTURE as P } from './policy.fixture';
import { recommendLevel, type RatedItemFacts, type RecommendationFacts } from './recommend-level';

const items = (ratings: (number | null)[], standard = 2): RatedItemFacts[] =>
  ratings.map((rating, i) => ({ itemId: `i${i}`, code: `c${i}`, name: `项${i}`, standard, rating }));
/** scoring-and-levels.md §2.4: 14 rated items at standard 2, exam 74.25. */
const EXAMPLE = [2, 2, 3, 2, 2, 1, 2, 2, 2, 2, 1, 2, 3, 2];
const facts = (over: Partial<RecommendationFacts> = {}): RecommendationFacts => ({
  level: 2,
  exam: { score: 74.25 },
  ratings: { supervisorSubmitted: true, submitted: 3, total: 3 },
  items: items(EXAMPLE),
  ...over,
});
const check = (r: ReturnType<typeof recommendLevel>, code: string) => r.checks.find((c) => c.code === code)!;

describe('recommendLevel', () => {
  it('confirms the worked example with every check and its numbers', () => {
    const r = recommendLevel(facts(), P);
    expect(r).toMatchObject({ awarded: true, level: 2, examScore: 74.25, behaviouralIndex: 92.9, composite: 85.4, shareAtStandard: 85.7 });
    expect(r.checks.map((c) => [c.code, c.passed])).toEqual([
      ['EXAM_PUBLISHED', true], ['EXAM_PASS_MARK', true], ['RATINGS_SUBMITTED', true],
      ['COMPOSITE_MIN', true], ['NO_ITEM_FAR_BELOW_STANDARD', true], ['SHARE_AT_STANDARD', true],
    ]);
    expect(check(r, 'COMPOSITE_MIN')).toMatchObject({ actual: 85.4, required: 70 });
    expect(check(r, 'SHARE_AT_STANDARD')).toMatchObject({ actual: 85.7, required: 80 });
    expect(check(r, 'SHARE_AT_STANDARD').items!.map((i) => i.itemId)).toEqual(['i5', 'i10']);
    expect(check(r, 'SHARE_AT_STANDARD').detail).toContain('12/14');
  });

  it('still recommends without an exam or ratings, with those checks failing', () => {
    const r = recommendLevel(facts({ exam: null, ratings: null, items: items(EXAMPLE.map(() => null)) }), P);
    expect(r.awarded).toBe(false);
    expect(r).toMatchObject({ examScore: null, behaviouralIndex: null, composite: null, shareAtStandard: null });
    expect(r.checks.every((c) => !c.passed)).toBe(true);
    expect(check(r, 'EXAM_PUBLISHED').detail).toContain('没有');
    expect(check(r, 'NO_ITEM_FAR_BELOW_STANDARD').actual).toBe(14);
  });

  it('refuses a failed exam even with a strong behavioural record', () => {
    const r = recommendLevel(facts({ exam: { score: 59.5 }, items: items(EXAMPLE.map(() => 4)) }), P);
    expect(r.awarded).toBe(false);
    expect(r.checks.filter((c) => !c.passed).map((c) => c.code)).toEqual(['EXAM_PASS_MARK']);
  });

  it('refuses one item more than one level below its standard (the hurdle is not masked by the rest)', () => {
    const r = recommendLevel(facts({ exam: { score: 95 }, items: items([0.9, ...Array(13).fill(4)]) }), P);
    expect(check(r, 'NO_ITEM_FAR_BELOW_STANDARD')).toMatchObject({ passed: false, actual: 1, items: [{ itemId: 'i0', rating: 0.9, standard: 2 }] });
    expect(r.awarded).toBe(false);
    // exactly one level below is allowed
    expect(check(recommendLevel(facts({ items: items([1, ...Array(13).fill(2)]) }), P), 'NO_ITEM_FAR_BELOW_STANDARD').passed).toBe(true);
  });

  it('refuses when fewer than 80 % of items reach their standard', () => {
    const r = recommendLevel(facts({ items: items([1, 1, 1, ...Array(11).fill(2)]) }), P);
    expect(check(r, 'SHARE_AT_STANDARD')).toMatchObject({ passed: false, actual: 78.6 });
  });

  it('refuses a composite below 70 and without the supervisor’s rating', () => {
    const low = recommendLevel(facts({ exam: { score: 60 }, items: items([1.9, 1.9, 1.9, ...Array(11).fill(2)]) }), P);
    expect(check(low, 'COMPOSITE_MIN').passed).toBe(true);
    const weak = recommendLevel(facts({ exam: { score: 60 }, items: items(Array(14).fill(1), 2) }), { ...P, maxLevelsBelowStandard: 1 });
    expect(check(weak, 'COMPOSITE_MIN')).toMatchObject({ passed: false, actual: 54 });
    const noSup = recommendLevel(facts({ ratings: { supervisorSubmitted: false, submitted: 2, total: 3 } }), P);
    expect(check(noSup, 'RATINGS_SUBMITTED')).toMatchObject({ passed: false, actual: 2 });
  });

  it('follows an edited policy', () => {
    const r = recommendLevel(facts(), { ...P, compositeMin: 90 });
    expect(check(r, 'COMPOSITE_MIN')).toMatchObject({ passed: false, required: 90 });
  });
});

describe('decision policy from the settings', () => {
  it('reads defaults.yaml’s competency, decision_policy and eligibility sections', () => {
    const p = policyFromSettings(
      { rating_scale: {}, indicator_rule: 'at least ceil(2n/3) of a level\'s n indicators observed', evidence_required_from_level: 3, rater_weights: { supervisor: 60, peer: 30, self: 10 }, disagreement_levels: 2 },
      { exam_weight: 40, behaviour_weight: 60, exam_pass_mark: 60, composite_min: 70, max_levels_below_standard: 1, min_share_at_standard: 80 },
      { appeal_window_days: 30 },
    );
    expect(p).toEqual(P);
    expect(policyProblems(p)).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(() => policyFromSettings({}, {}, {})).toThrow(/rater_weights/);
    expect(() => parseIndicatorRule('most')).toThrow(/ceil/);
    expect(policyProblems({ ...P, examWeight: 50 }).map((x) => x.path)).toEqual(['examWeight']);
    expect(policyProblems({ ...P, raterWeights: { supervisor: 0, peer: 50, self: 50 } }).map((x) => x.path)).toEqual(['raterWeights.supervisor']);
  });
});
