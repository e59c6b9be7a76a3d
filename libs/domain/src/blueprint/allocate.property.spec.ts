import fc from 'fast-check';
import { QUESTION_TYPE_VALUES } from '../question';
import { allocate } from './allocate';
import type { BlueprintArea, BlueprintSection } from './blueprint.types';

/** Area percents with two decimals summing to exactly 100 (in hundredths). */
const areasArb: fc.Arbitrary<BlueprintArea[]> = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }).map((weights) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  const hundredths = weights.map((w) => Math.max(1, Math.floor((w * 10000) / sum)));
  hundredths[0] += 10000 - hundredths.reduce((a, b) => a + b, 0);
  return hundredths.map((h, i) => ({ syllabusNodeId: `area-${i}`, percent: h / 100 }));
}).filter((areas) => areas.every((a) => a.percent > 0));

const sectionsArb: fc.Arbitrary<BlueprintSection[]> = fc
  .shuffledSubarray([...QUESTION_TYPE_VALUES], { minLength: 1 })
  .chain((types) =>
    fc.tuple(...types.map((type) => fc.record({ count: fc.integer({ min: 1, max: 30 }), halfPoints: fc.integer({ min: 1, max: 40 }) }).map(({ count, halfPoints }) => ({ type, count, pointsEach: halfPoints / 2 })))),
  );

describe('allocate (properties)', () => {
  it('fills every section exactly, keeps the total and keeps each area within the largest pointsEach of its target', () => {
    fc.assert(
      fc.property(areasArb, sectionsArb, (areas, sections) => {
        const { cells, areas: result } = allocate({ areas, sections });
        const total = sections.reduce((s, x) => s + x.count * x.pointsEach * 100, 0);
        for (const s of sections) expect(cells.filter((c) => c.type === s.type).reduce((n, c) => n + c.count, 0)).toBe(s.count);
        expect(Math.round(cells.reduce((s, c) => s + c.points * 100, 0))).toBe(Math.round(total));
        expect(Math.round(result.reduce((s, a) => s + a.points * 100, 0))).toBe(Math.round(total));
        const largest = Math.max(...sections.map((s) => s.pointsEach));
        for (const a of result) expect(Math.abs(a.deviation)).toBeLessThanOrEqual(largest + 1e-9);
        for (const c of cells) expect(c.count).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and independent of object identity', () => {
    fc.assert(
      fc.property(areasArb, sectionsArb, (areas, sections) => {
        expect(allocate({ areas, sections })).toEqual(allocate(structuredClone({ areas, sections })));
      }),
      { numRuns: 300 },
    );
  });
});
