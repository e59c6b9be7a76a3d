import fc from 'fast-check';
import { parseGift, toGift } from './gift';
import { parseMoodleXml, toMoodleXml } from './moodle-xml';
import { DRAFT_REQUIREMENTS, type QuestionDraft } from './types';

/** Texts full of the characters each format must escape (trimmed, non-empty, no blank run). */
const text = fc
  .string({ unit: fc.constantFrom(...'政企ABc 1:：~=#{}\\/%<>&"\'-\n*'.split('')), minLength: 1, maxLength: 16 })
  .map((s) => s.trim().replace(/_/g, ''))
  .filter((s) => s !== '');
const meta = {
  chapterCode: fc.option(fc.stringMatching(/^[A-Z]{2,4}-[A-Z0-9](\.[0-9]){0,2}$/), { nil: null }),
  stem: text,
  difficulty: fc.integer({ min: 1, max: 5 }),
  requirement: fc.constantFrom(...DRAFT_REQUIREMENTS),
};
const options = fc.array(text, { minLength: 2, maxLength: 6 }).map((t) => t.map((s, i) => ({ key: String.fromCharCode(65 + i), text: s })));
const drafts: fc.Arbitrary<QuestionDraft> = fc.oneof(
  fc.record({ ...meta, type: fc.constant('single' as const), options }).map((d) => ({ ...d, answer: d.options[d.options.length - 1]!.key })),
  fc.record({ ...meta, type: fc.constant('multiple' as const), options }).map((d) => ({ ...d, answer: d.options.slice(0, 2).map((o) => o.key) })),
  fc.record({ ...meta, type: fc.constant('judge' as const), answer: fc.boolean(), explanation: text }),
  fc.record({ ...meta, type: fc.constant('fill' as const), answer: fc.array(text.filter((s) => !s.includes('->')), { minLength: 1, maxLength: 3 }).map((a) => [a]) })
    .map((d) => ({ ...d, stem: `${d.stem}____` })),
  fc.record({ ...meta, type: fc.constantFrom('short' as const, 'case' as const), rubric: fc.array(fc.record({ criterion: text.map((s) => s.replace(/\s+/g, ' ')), maxPoints: fc.integer({ min: 1, max: 99 }) }), { minLength: 1, maxLength: 3 }) }),
);

describe('Moodle XML and GIFT round trips (property)', () => {
  it('parseMoodleXml(toMoodleXml(ds)) gives ds back', () => {
    fc.assert(fc.property(fc.array(drafts, { maxLength: 4 }), (ds) => {
      const { xml, skipped } = toMoodleXml(ds);
      expect(skipped).toEqual([]);
      expect(parseMoodleXml(xml)).toEqual({ drafts: ds, problems: [] });
    }), { numRuns: 300 });
  });

  it('parseGift(toGift(ds)) gives ds back', () => {
    fc.assert(fc.property(fc.array(drafts, { maxLength: 4 }), (ds) => {
      const { text: gift, skipped } = toGift(ds);
      expect(skipped).toEqual([]);
      expect(parseGift(gift)).toEqual({ drafts: ds, problems: [] });
    }), { numRuns: 300 });
  });
});
