import fc from 'fast-check';
import {
  countBlanks,
  normaliseStem,
  optionKeyAt,
  QuestionContentInput,
  REQUIREMENT_VALUES,
  validateQuestionContent,
} from './question-rules';

/** Non-blank text without underscores (so it never adds a blank to a stem by accident). */
const text = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .map((s) => s.replace(/_/g, '-'))
  .filter((s) => s.trim().length > 0);
const difficulty = fc.integer({ min: 1, max: 5 });
const requirement = fc.constantFrom(...REQUIREMENT_VALUES);
const usage = fc.option(fc.constantFrom<string[]>(['exam'], ['practice'], ['exam', 'practice'], ['practice', 'exam']), { nil: undefined });

const optionList = (min: number) =>
  fc.array(text, { minLength: min, maxLength: 8 }).map((texts) => texts.map((t, i) => ({ key: optionKeyAt(i), text: t })));

const validSingle: fc.Arbitrary<QuestionContentInput> = fc
  .record({ stem: text, options: optionList(2), pick: fc.nat(), difficulty, requirement, usage })
  .map(({ pick, options, ...rest }) => ({ type: 'single', options, answer: options[pick % options.length]!.key, ...rest }));

const validMultiple: fc.Arbitrary<QuestionContentInput> = fc
  .record({ stem: text, options: optionList(3), difficulty, requirement, usage })
  .chain((q) =>
    fc
      // choose a strict subset of at least two keys, in any order
      .shuffledSubarray(q.options.map((o) => o.key), { minLength: 2, maxLength: q.options.length - 1 })
      .map((answer) => ({ type: 'multiple', answer, ...q })),
  );

const validFill: fc.Arbitrary<QuestionContentInput> = fc
  .record({
    parts: fc.array(text, { minLength: 1, maxLength: 6 }),
    underscores: fc.integer({ min: 3, max: 8 }),
    alternatives: fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 6, maxLength: 6 }),
    difficulty,
    requirement,
    usage,
  })
  .map(({ parts, underscores, alternatives, ...rest }) => ({
    type: 'fill',
    stem: parts.map((p) => `${p}${'_'.repeat(underscores)}`).join(''),
    answer: alternatives.slice(0, parts.length),
    ...rest,
  }));

const validMarked: fc.Arbitrary<QuestionContentInput> = fc
  .record({
    type: fc.constantFrom('short', 'case'),
    stem: text,
    rubric: fc.array(
      fc.record({ criterion: text, maxPoints: fc.integer({ min: 1, max: 4000 }).map((cents) => cents / 100) }),
      { minLength: 1, maxLength: 20 },
    ),
    difficulty,
    requirement,
    usage,
  });

const validJudge: fc.Arbitrary<QuestionContentInput> = fc.record({
  type: fc.constant('judge'),
  stem: text,
  answer: fc.boolean(),
  difficulty,
  requirement,
  usage,
});

const anyValid = fc.oneof(validSingle, validMultiple, validFill, validMarked, validJudge);

describe('question rules (properties)', () => {
  it('any generated valid question validates', () => {
    fc.assert(fc.property(anyValid, (q) => validateQuestionContent(q).length === 0));
  });

  it('any generated valid single-choice question validates', () => {
    fc.assert(fc.property(validSingle, (q) => validateQuestionContent(q).length === 0));
  });

  it('copying one option key onto another always fails with OPTION_KEY_DUPLICATE', () => {
    fc.assert(
      fc.property(fc.oneof(validSingle, validMultiple), fc.nat(), fc.nat(), (q, a, b) => {
        const options = [...(q.options ?? [])];
        const from = a % options.length;
        const to = (from + 1 + (b % (options.length - 1))) % options.length;
        options[to] = { ...options[to]!, key: options[from]!.key };
        const problems = validateQuestionContent({ ...q, options });
        return problems.some((p) => p.code === 'OPTION_KEY_DUPLICATE' && p.path === `options[${Math.max(from, to)}].key`);
      }),
    );
  });

  it('any reordering of the options that moves a key fails with OPTION_KEYS_NOT_CONTIGUOUS', () => {
    fc.assert(
      fc.property(validSingle, fc.nat(), (q, seed) => {
        const options = [...(q.options ?? [])];
        const i = seed % options.length;
        const j = (i + 1) % options.length;
        [options[i], options[j]] = [options[j]!, options[i]!];
        return validateQuestionContent({ ...q, options }).some((p) => p.code === 'OPTION_KEYS_NOT_CONTIGUOUS');
      }),
    );
  });

  it('a multiple-choice answer naming every option always fails', () => {
    fc.assert(
      fc.property(validMultiple, (q) => {
        const answer = (q.options ?? []).map((o) => o.key);
        return validateQuestionContent({ ...q, answer }).some((p) => p.code === 'MULTIPLE_NEEDS_WRONG_OPTION');
      }),
    );
  });

  it('a fill answer with one group more or less than the blanks always fails', () => {
    fc.assert(
      fc.property(validFill, fc.boolean(), (q, more) => {
        const answer = q.answer as string[][];
        const changed = more ? [...answer, ['多余']] : answer.slice(1);
        const problems = validateQuestionContent({ ...q, answer: changed });
        return changed.length === 0
          ? problems.length > 0
          : problems.some((p) => p.code === 'FILL_BLANK_COUNT_MISMATCH');
      }),
    );
  });

  it('an out-of-range difficulty always fails, and only on difficulty', () => {
    fc.assert(
      fc.property(
        anyValid,
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 6 }), fc.double({ min: 1, max: 5, noInteger: true })),
        (q, d) => {
          const problems = validateQuestionContent({ ...q, difficulty: d });
          return problems.length === 1 && problems[0]!.code === 'DIFFICULTY_OUT_OF_RANGE';
        },
      ),
    );
  });

  it('validation is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(anyValid, (q) => {
        const before = JSON.stringify(q);
        const first = validateQuestionContent(q);
        const second = validateQuestionContent(q);
        return JSON.stringify(q) === before && JSON.stringify(first) === JSON.stringify(second);
      }),
    );
  });

  it('countBlanks counts every inserted blank', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 10 }), fc.integer({ min: 3, max: 10 }), (parts, n) => {
        const stem = parts.join('_'.repeat(n));
        return countBlanks(stem) === parts.length - 1;
      }),
    );
  });

  it('normaliseStem is idempotent and ignores added whitespace and punctuation', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), fc.constantFrom(' ', '\u3000', ',', '。', '?', '“', '”', '(', ')', '____'), (s, noise) => {
        const once = normaliseStem(s);
        return normaliseStem(once) === once && normaliseStem(`${noise}${s}${noise}`) === once;
      }),
    );
  });
});
