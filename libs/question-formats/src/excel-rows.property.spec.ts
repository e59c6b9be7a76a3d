import fc from 'fast-check';
import { QUESTION_SHEET_HEADER } from './excel-cells';
import { draftToRow, rowToDraft } from './excel-rows';
import { DRAFT_REQUIREMENTS, DRAFT_USAGES, type QuestionDraft } from './types';

/** Cell text as @cm/spreadsheet's reader returns it: trimmed, no line breaks unless asked. */
const text = (opts: { lines?: boolean; exclude?: RegExp } = {}) =>
  fc
    .string({ unit: fc.constantFrom(...'政企客户经理ABCabc 123=+-@\'/|\\:：,，、_%#~{}<>&"'.split(''), ...(opts.lines ? ['\n'] : [])), minLength: 1, maxLength: 20 })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !(opts.exclude?.test(s) ?? false));

const plainLine = text({ exclude: /[\n]/ });
const meta = {
  chapterCode: fc.stringMatching(/^[A-Z]{2,4}-[A-Z0-9](\.[0-9]){0,3}$/),
  stem: text({ lines: true }),
  difficulty: fc.integer({ min: 1, max: 5 }),
  requirement: fc.constantFrom(...DRAFT_REQUIREMENTS),
  explanation: fc.option(text({ lines: true }), { nil: undefined }),
  tags: fc.option(fc.uniqueArray(text({ exclude: /[,，、]/ }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  usage: fc.option(fc.subarray([...DRAFT_USAGES], { minLength: 1 }), { nil: undefined }),
};
const options = fc.array(text({ lines: true }), { minLength: 2, maxLength: 8 }).map((texts) => texts.map((t, i) => ({ key: String.fromCharCode(65 + i), text: t })));

const single = fc.record({ ...meta, type: fc.constant('single' as const), options }).chain((d) =>
  fc.integer({ min: 0, max: d.options.length - 1 }).map((i) => ({ ...d, answer: d.options[i]!.key })),
);
const multiple = fc.record({ ...meta, type: fc.constant('multiple' as const), options }).chain((d) =>
  fc.subarray(d.options.map((o) => o.key), { minLength: 1 }).map((answer) => ({ ...d, answer })),
);
const judge = fc.record({ ...meta, type: fc.constant('judge' as const), answer: fc.boolean() });
const fill = fc.record({ ...meta, type: fc.constant('fill' as const), answer: fc.array(fc.array(plainLine, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) });
const rubric = fc.array(
  fc.record({ criterion: plainLine, maxPoints: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100) }),
  { minLength: 1, maxLength: 5 },
);
const marked = fc.record({ ...meta, type: fc.constantFrom('short' as const, 'case' as const), rubric });

/** Drops the optional fields fast-check left `undefined` (rowToDraft never sets them). */
const clean = (d: QuestionDraft): QuestionDraft => JSON.parse(JSON.stringify(d)) as QuestionDraft;

describe('Excel row round trip (property)', () => {
  it('rowToDraft(draftToRow(d)) equals d for every well-formed draft', () => {
    fc.assert(
      fc.property(fc.oneof(single, multiple, judge, fill, marked), (generated) => {
        const draft = clean(generated);
        const values = draftToRow(draft);
        const cells = new Map(QUESTION_SHEET_HEADER.map((h, i) => [h as string, values[i]!.trim()]));
        expect(rowToDraft(9, cells)).toEqual({ draft, problems: [] });
        // the same after @cm/spreadsheet's writer quoted the cells starting with = + - @
        const quoted = new Map(QUESTION_SHEET_HEADER.map((h, i) => [h as string, values[i]!.replace(/^[=+\-@]/, "'$&")]));
        expect(rowToDraft(9, quoted)).toEqual({ draft, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});
