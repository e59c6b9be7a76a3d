import fc from 'fast-check';
import { DEFAULT_POLICY_FIXTURE } from './policy.fixture';
import { recommendLevel, type RecommendationFacts } from './recommend-level';
import type { DecisionPolicy } from './decision-policy';

const tenthsArb = fc.integer({ min: 0, max: 40 }).map((t) => t / 10);
const factsArb: fc.Arbitrary<RecommendationFacts> = fc.record({
  level: fc.integer({ min: 1, max: 4 }),
  exam: fc.option(fc.integer({ min: 0, max: 10000 }).map((c) => ({ score: c / 100 })), { nil: null }),
  ratings: fc.option(fc.record({ supervisorSubmitted: fc.boolean(), submitted: fc.integer({ min: 0, max: 5 }), total: fc.constant(5) }), { nil: null }),
  items: fc.array(fc.record({ standard: fc.integer({ min: 0, max: 4 }), rating: fc.option(tenthsArb, { nil: null }) }), { minLength: 1, maxLength: 16 }).map((xs) =>
    xs.map((x, i) => ({ itemId: `i${i}`, code: `c${i}`, name: `n${i}`, ...x })),
  ),
});
const policyArb: fc.Arbitrary<DecisionPolicy> = fc.record({
  examWeight: fc.integer({ min: 0, max: 100 }),
  examPassMark: fc.integer({ min: 0, max: 100 }),
  compositeMin: fc.integer({ min: 0, max: 100 }),
  maxLevelsBelowStandard: fc.integer({ min: 0, max: 3 }),
  minShareAtStandard: fc.integer({ min: 0, max: 100 }),
}).map((p) => ({ ...DEFAULT_POLICY_FIXTURE, ...p, behaviourWeight: 100 - p.examWeight }));

/** The decision is monotone (quality-bars): a higher exam score or a higher rating never turns
 * a passed check into a failed one, never lowers the composite, and never withdraws an award. */
function notWorse(before: ReturnType<typeof recommendLevel>, after: ReturnType<typeof recommendLevel>): boolean {
  if (before.awarded && !after.awarded) return false;
  for (const c of before.checks) if (c.passed && !after.checks.find((x) => x.code === c.code)!.passed) return false;
  if (before.composite !== null && (after.composite === null || after.composite < before.composite)) return false;
  if (before.behaviouralIndex !== null && (after.behaviouralIndex === null || after.behaviouralIndex < before.behaviouralIndex)) return false;
  return true;
}

describe('level recommendation: monotonicity', () => {
  it('a higher exam score (or a first published exam) never lowers the recommendation', () => {
    fc.assert(fc.property(factsArb, policyArb, fc.integer({ min: 0, max: 10000 }), (f, p, raise) => {
      const higher = { score: Math.min(100, (f.exam?.score ?? 0) + raise / 100) };
      return notWorse(recommendLevel(f, p), recommendLevel({ ...f, exam: f.exam ? higher : { score: raise / 100 } }, p));
    }), { numRuns: 2000 });
  });

  it('a higher rating on any item (or a first rating) never lowers the recommendation', () => {
    fc.assert(fc.property(factsArb, policyArb, fc.nat(), fc.integer({ min: 1, max: 40 }), (f, p, pick, step) => {
      const k = pick % f.items.length;
      const items = f.items.map((it, i) => (i === k ? { ...it, rating: Math.min(4, Math.round(((it.rating ?? 0) + (it.rating === null ? 0 : step / 10)) * 10) / 10) } : it));
      return notWorse(recommendLevel(f, p), recommendLevel({ ...f, items }, p));
    }), { numRuns: 2000 });
  });

  it('is awarded exactly when every check passes, and lists every rule', () => {
    fc.assert(fc.property(factsArb, policyArb, (f, p) => {
      const r = recommendLevel(f, p);
      return r.awarded === r.checks.every((c) => c.passed) && r.checks.length === 6 && r.level === f.level;
    }));
  });
});
