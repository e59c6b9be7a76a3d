import {
  countBlanks,
  FieldProblem,
  normaliseStem,
  optionKeyAt,
  QuestionContentInput,
  validateQuestionContent,
} from './question-rules';

const opts = (...texts: string[]) => texts.map((text, i) => ({ key: optionKeyAt(i), text }));

const single = (over: Partial<QuestionContentInput> = {}): QuestionContentInput => ({
  type: 'single',
  stem: '电信监管遵循的原则不包括(  )。',
  options: opts('政企分开', '破除垄断', '鼓励竞争', '地方保护'),
  answer: 'D',
  difficulty: 2,
  requirement: 'understand',
  ...over,
});

const multiple = (over: Partial<QuestionContentInput> = {}): QuestionContentInput => ({
  type: 'multiple',
  stem: '以下属于实体渠道的是(  )。',
  options: opts('话费充值点', '自有营业厅', '合作营业厅', '网上营业厅'),
  answer: ['A', 'B', 'C'],
  difficulty: 3,
  requirement: 'familiar',
  ...over,
});

const judge = (over: Partial<QuestionContentInput> = {}): QuestionContentInput => ({
  type: 'judge',
  stem: '光纤的抗电磁干扰能力优于双绞线。',
  answer: true,
  difficulty: 1,
  requirement: 'understand',
  ...over,
});

const fill = (over: Partial<QuestionContentInput> = {}): QuestionContentInput => ({
  type: 'fill',
  stem: '电信监管的基本原则包括____、____、鼓励竞争、促进发展。',
  answer: [['政企分开'], ['破除垄断', '打破垄断']],
  difficulty: 2,
  requirement: 'understand',
  ...over,
});

const short = (over: Partial<QuestionContentInput> = {}): QuestionContentInput => ({
  type: 'short',
  stem: '简述上门拜访前应做哪些准备。',
  difficulty: 3,
  requirement: 'familiar',
  rubric: [
    { criterion: '预约时间、地点和目的', maxPoints: 4 },
    { criterion: '准备资料与方案', maxPoints: 3.5 },
    { criterion: '着装与仪容', maxPoints: 2.5 },
  ],
  ...over,
});

const kase = (over: Partial<QuestionContentInput> = {}): QuestionContentInput => ({
  ...short(),
  type: 'case',
  stem: '某客户连续两个月话费下降,请分析原因并提出维系方案。',
  requirement: 'master',
  ...over,
});

/** Lets a test pass values the static type forbids, as raw input would. */
const raw = (value: unknown): QuestionContentInput => value as QuestionContentInput;

const codes = (problems: FieldProblem[]) => problems.map((p) => p.code);
const at = (problems: FieldProblem[], path: string) => problems.filter((p) => p.path === path).map((p) => p.code);

describe('validateQuestionContent', () => {
  describe('valid questions of every type', () => {
    it.each([
      ['single', single()],
      ['multiple', multiple()],
      ['judge (true)', judge()],
      ['judge (false)', judge({ answer: false })],
      ['fill', fill()],
      ['short', short()],
      ['case', kase()],
      ['short with answer null', short({ answer: null })],
      ['single with 2 options', single({ options: opts('对外', '对内'), answer: 'A' })],
      ['single with 8 options', single({ options: opts('1', '2', '3', '4', '5', '6', '7', '8'), answer: 'H' })],
      ['multiple with 2 of 3 keys', multiple({ options: opts('甲', '乙', '丙'), answer: ['C', 'A'] })],
      ['usage exam', single({ usage: ['exam'] })],
      ['usage practice', single({ usage: ['practice'] })],
      ['usage both', single({ usage: ['exam', 'practice'] })],
      ['usage null (default)', single({ usage: null })],
      ['judge with options []', judge({ options: [] })],
      ['single with rubric []', single({ rubric: [] })],
      ['difficulty 1', judge({ difficulty: 1 })],
      ['difficulty 5', judge({ difficulty: 5 })],
      ['requirement master', judge({ requirement: 'master' })],
      ['stem of 5000 characters', judge({ stem: '题'.repeat(5000) })],
      ['stem of 5000 astral characters', judge({ stem: '𠀀'.repeat(5000) })],
      ['rubric points with two decimals', short({ rubric: [{ criterion: '要点', maxPoints: 0.25 }] })],
      ['rubric of 20 criteria', short({ rubric: Array.from({ length: 20 }, (_, i) => ({ criterion: `要点${i}`, maxPoints: 0.5 })) })],
    ])('%s is valid', (_name, q) => {
      expect(validateQuestionContent(q)).toEqual([]);
    });
  });

  describe('common fields', () => {
    it('requires a known type and skips type rules when it is unknown', () => {
      expect(validateQuestionContent(single({ type: 'essay' }))).toEqual([
        { path: 'type', code: 'TYPE_INVALID', message: expect.any(String) },
      ]);
      expect(at(validateQuestionContent(raw({ ...judge(), type: undefined })), 'type')).toEqual(['REQUIRED']);
    });

    it('requires a non-blank stem', () => {
      expect(at(validateQuestionContent(judge({ stem: '' })), 'stem')).toEqual(['REQUIRED']);
      expect(at(validateQuestionContent(judge({ stem: ' \n\t ' })), 'stem')).toEqual(['REQUIRED']);
      expect(at(validateQuestionContent(raw({ ...judge(), stem: undefined })), 'stem')).toEqual(['REQUIRED']);
      expect(at(validateQuestionContent(raw({ ...judge(), stem: 42 })), 'stem')).toEqual(['INVALID_VALUE']);
    });

    it('limits the stem to 5000 characters', () => {
      expect(at(validateQuestionContent(judge({ stem: '题'.repeat(5001) })), 'stem')).toEqual(['STEM_TOO_LONG']);
    });

    it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses difficulty %p', (difficulty) => {
      expect(at(validateQuestionContent(judge({ difficulty })), 'difficulty')).toEqual(['DIFFICULTY_OUT_OF_RANGE']);
    });

    it('refuses a missing or non-numeric difficulty', () => {
      expect(at(validateQuestionContent(raw({ ...judge(), difficulty: undefined })), 'difficulty')).toEqual(['REQUIRED']);
      expect(at(validateQuestionContent(raw({ ...judge(), difficulty: '3' })), 'difficulty')).toEqual(['DIFFICULTY_OUT_OF_RANGE']);
    });

    it('refuses an unknown or missing requirement', () => {
      expect(at(validateQuestionContent(judge({ requirement: 'know' })), 'requirement')).toEqual(['REQUIREMENT_INVALID']);
      expect(at(validateQuestionContent(judge({ requirement: '了解' })), 'requirement')).toEqual(['REQUIREMENT_INVALID']);
      expect(at(validateQuestionContent(judge({ requirement: '' })), 'requirement')).toEqual(['REQUIRED']);
    });

    it('reports every problem at once, each with a Chinese message', () => {
      const problems = validateQuestionContent(raw({ type: 'single', stem: '', difficulty: 9, requirement: 'x', answer: 'A' }));
      expect(codes(problems)).toEqual(['REQUIRED', 'DIFFICULTY_OUT_OF_RANGE', 'REQUIREMENT_INVALID', 'REQUIRED']);
      expect(problems.map((p) => p.path)).toEqual(['stem', 'difficulty', 'requirement', 'options']);
      for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('options', () => {
    it('are required for single and multiple', () => {
      expect(at(validateQuestionContent(single({ options: undefined })), 'options')).toEqual(['REQUIRED']);
      expect(at(validateQuestionContent(multiple({ options: null })), 'options')).toEqual(['REQUIRED']);
      expect(at(validateQuestionContent(raw({ ...single(), options: 'ABCD' })), 'options')).toEqual(['INVALID_VALUE']);
    });

    it.each(['judge', 'fill', 'short', 'case'] as const)('are not allowed for %s', (type) => {
      const base = { judge: judge(), fill: fill(), short: short(), case: kase() }[type];
      expect(at(validateQuestionContent({ ...base, options: opts('对', '错') }), 'options')).toEqual(['OPTIONS_NOT_ALLOWED']);
    });

    it('need 2 to 8 options', () => {
      expect(at(validateQuestionContent(single({ options: opts('唯一'), answer: 'A' })), 'options')).toEqual(['OPTIONS_COUNT_OUT_OF_RANGE']);
      expect(at(validateQuestionContent(single({ options: [], answer: 'A' })), 'options')).toEqual(['OPTIONS_COUNT_OUT_OF_RANGE']);
      const nine = opts('1', '2', '3', '4', '5', '6', '7', '8', '9');
      expect(at(validateQuestionContent(single({ options: nine, answer: 'A' })), 'options')).toEqual(['OPTIONS_COUNT_OUT_OF_RANGE']);
    });

    it('refuse a duplicate key', () => {
      const options = [{ key: 'A', text: '甲' }, { key: 'B', text: '乙' }, { key: 'B', text: '丙' }];
      const problems = validateQuestionContent(single({ options, answer: 'A' }));
      expect(problems).toEqual([{ path: 'options[2].key', code: 'OPTION_KEY_DUPLICATE', message: expect.stringContaining('B') }]);
    });

    it.each([
      ['starting at B', ['B', 'C', 'D']],
      ['with a gap', ['A', 'B', 'D']],
      ['out of order', ['B', 'A', 'C']],
      ['lower case', ['a', 'b', 'c']],
      ['digits', ['1', '2', '3']],
    ])('refuse keys %s', (_name, keys) => {
      const options = keys.map((key, i) => ({ key, text: `选项${i}` }));
      const problems = validateQuestionContent(single({ options, answer: keys[0] }));
      expect(problems).toEqual([{ path: 'options', code: 'OPTION_KEYS_NOT_CONTIGUOUS', message: expect.any(String) }]);
    });

    it('need a key and a non-blank text', () => {
      const options = [{ key: 'A', text: '甲' }, { key: 'B', text: '  ' }, { key: '', text: '丙' }];
      const problems = validateQuestionContent(single({ options, answer: 'A' }));
      expect(problems.map((p) => [p.path, p.code])).toEqual([
        ['options[1].text', 'OPTION_TEXT_REQUIRED'],
        ['options[2].key', 'REQUIRED'],
      ]);
      expect(at(validateQuestionContent(raw({ ...single(), options: ['甲', '乙'] })), 'options[0]')).toEqual(['INVALID_VALUE']);
    });
  });

  describe('single', () => {
    it('needs exactly one key', () => {
      expect(validateQuestionContent(single({ answer: ['A'] }))).toEqual([
        { path: 'answer', code: 'SINGLE_NEEDS_ONE_KEY', message: '单选题必须恰好有一个正确答案' },
      ]);
      expect(codes(validateQuestionContent(single({ answer: ['A', 'B'] })))).toEqual(['SINGLE_NEEDS_ONE_KEY']);
      expect(codes(validateQuestionContent(single({ answer: true })))).toEqual(['SINGLE_NEEDS_ONE_KEY']);
    });

    it('needs an answer', () => {
      expect(codes(validateQuestionContent(single({ answer: undefined })))).toEqual(['REQUIRED']);
      expect(codes(validateQuestionContent(single({ answer: '' })))).toEqual(['REQUIRED']);
    });

    it('needs the key among the options', () => {
      expect(codes(validateQuestionContent(single({ answer: 'E' })))).toEqual(['ANSWER_KEY_NOT_IN_OPTIONS']);
      expect(codes(validateQuestionContent(single({ answer: 'AB' })))).toEqual(['ANSWER_KEY_NOT_IN_OPTIONS']);
      expect(codes(validateQuestionContent(single({ answer: 'a' })))).toEqual(['ANSWER_KEY_NOT_IN_OPTIONS']);
    });
  });

  describe('multiple', () => {
    it('needs at least two distinct keys', () => {
      expect(codes(validateQuestionContent(multiple({ answer: ['A'] })))).toEqual(['MULTIPLE_NEEDS_TWO_KEYS']);
      expect(codes(validateQuestionContent(multiple({ answer: [] })))).toEqual(['MULTIPLE_NEEDS_TWO_KEYS']);
      expect(codes(validateQuestionContent(multiple({ answer: 'AC' })))).toEqual(['MULTIPLE_NEEDS_TWO_KEYS']);
      expect(codes(validateQuestionContent(multiple({ answer: ['A', 'A'] })))).toEqual(['ANSWER_KEY_DUPLICATE', 'MULTIPLE_NEEDS_TWO_KEYS']);
    });

    it('needs an answer', () => {
      expect(codes(validateQuestionContent(multiple({ answer: undefined })))).toEqual(['REQUIRED']);
    });

    it('refuses duplicate keys and keys outside the options', () => {
      const problems = validateQuestionContent(multiple({ answer: ['A', 'C', 'A', 'F'] }));
      expect(problems.map((p) => [p.path, p.code])).toEqual([
        ['answer[2]', 'ANSWER_KEY_DUPLICATE'],
        ['answer[3]', 'ANSWER_KEY_NOT_IN_OPTIONS'],
      ]);
      expect(at(validateQuestionContent(raw({ ...multiple(), answer: ['A', 3] })), 'answer[1]')).toEqual(['INVALID_VALUE']);
    });

    it('needs at least one wrong option', () => {
      expect(validateQuestionContent(multiple({ answer: ['A', 'B', 'C', 'D'] }))).toEqual([
        { path: 'answer', code: 'MULTIPLE_NEEDS_WRONG_OPTION', message: '多选题至少要有一个错误选项' },
      ]);
      expect(codes(validateQuestionContent(multiple({ options: opts('甲', '乙'), answer: ['B', 'A'] })))).toEqual(['MULTIPLE_NEEDS_WRONG_OPTION']);
    });
  });

  describe('judge', () => {
    it.each(['对', 'true', 1, 0, ['true']])('refuses the non-boolean answer %p', (answer) => {
      expect(codes(validateQuestionContent(judge({ answer })))).toEqual(['JUDGE_NEEDS_BOOLEAN']);
    });

    it('needs an answer', () => {
      expect(codes(validateQuestionContent(judge({ answer: undefined })))).toEqual(['REQUIRED']);
      expect(codes(validateQuestionContent(judge({ answer: null })))).toEqual(['REQUIRED']);
    });
  });

  describe('fill', () => {
    it('needs blanks in the stem', () => {
      const problems = validateQuestionContent(fill({ stem: '电信监管的基本原则包括哪些?', answer: [['政企分开']] }));
      expect(problems.map((p) => [p.path, p.code])).toEqual([['stem', 'FILL_NO_BLANKS']]);
      expect(codes(validateQuestionContent(fill({ stem: '只有两个下划线__。', answer: [['甲']] })))).toEqual(['FILL_NO_BLANKS']);
    });

    it('needs one group of alternatives per blank', () => {
      expect(validateQuestionContent(fill({ answer: [['政企分开']] }))).toEqual([
        { path: 'answer', code: 'FILL_BLANK_COUNT_MISMATCH', message: '题干有 2 个空格,答案却有 1 组' },
      ]);
      expect(codes(validateQuestionContent(fill({ answer: [['甲'], ['乙'], ['丙']] })))).toEqual(['FILL_BLANK_COUNT_MISMATCH']);
    });

    it('needs an array of arrays', () => {
      expect(codes(validateQuestionContent(fill({ answer: ['政企分开', '破除垄断'] })))).toEqual(['FILL_ANSWER_INVALID']);
      expect(codes(validateQuestionContent(fill({ answer: '政企分开' })))).toEqual(['FILL_ANSWER_INVALID']);
      expect(codes(validateQuestionContent(fill({ answer: undefined })))).toEqual(['REQUIRED']);
    });

    it('needs at least one non-blank alternative per blank', () => {
      const problems = validateQuestionContent(fill({ answer: [[], ['破除垄断', ' ']] }));
      expect(problems.map((p) => [p.path, p.code])).toEqual([
        ['answer[0]', 'FILL_BLANK_NEEDS_ANSWER'],
        ['answer[1][1]', 'FILL_ANSWER_EMPTY'],
      ]);
      expect(at(validateQuestionContent(raw({ ...fill(), answer: [['甲'], [7]] })), 'answer[1][0]')).toEqual(['FILL_ANSWER_EMPTY']);
    });
  });

  describe('short and case', () => {
    it.each([
      ['short', short],
      ['case', kase],
    ] as const)('%s refuses an answer', (_name, make) => {
      expect(codes(validateQuestionContent(make({ answer: '要点' })))).toEqual(['ANSWER_NOT_ALLOWED']);
      expect(codes(validateQuestionContent(make({ answer: false })))).toEqual(['ANSWER_NOT_ALLOWED']);
    });

    it.each([
      ['short', short],
      ['case', kase],
    ] as const)('%s requires a rubric', (_name, make) => {
      expect(codes(validateQuestionContent(make({ rubric: undefined })))).toEqual(['RUBRIC_REQUIRED']);
      expect(codes(validateQuestionContent(make({ rubric: [] })))).toEqual(['RUBRIC_REQUIRED']);
      expect(codes(validateQuestionContent(raw({ ...make(), rubric: '要点:10' })))).toEqual(['INVALID_VALUE']);
    });

    it('allows at most 20 criteria', () => {
      const rubric = Array.from({ length: 21 }, (_, i) => ({ criterion: `要点${i}`, maxPoints: 1 }));
      expect(codes(validateQuestionContent(short({ rubric })))).toEqual(['RUBRIC_COUNT_OUT_OF_RANGE']);
    });

    it('needs a criterion and positive points with at most two decimals', () => {
      const rubric = [
        { criterion: '', maxPoints: 5 },
        { criterion: '要点', maxPoints: 0 },
        { criterion: '要点', maxPoints: -2 },
        { criterion: '要点', maxPoints: 1.005 },
        { criterion: '要点', maxPoints: Number.NaN },
      ];
      expect(validateQuestionContent(short({ rubric })).map((p) => [p.path, p.code])).toEqual([
        ['rubric[0].criterion', 'RUBRIC_CRITERION_REQUIRED'],
        ['rubric[1].maxPoints', 'RUBRIC_POINTS_INVALID'],
        ['rubric[2].maxPoints', 'RUBRIC_POINTS_INVALID'],
        ['rubric[3].maxPoints', 'RUBRIC_POINTS_INVALID'],
        ['rubric[4].maxPoints', 'RUBRIC_POINTS_INVALID'],
      ]);
      expect(at(validateQuestionContent(raw({ ...short(), rubric: [{ criterion: '要点', maxPoints: '5' }] })), 'rubric[0].maxPoints')).toEqual([
        'RUBRIC_POINTS_INVALID',
      ]);
    });

    it.each([
      ['single', single()],
      ['multiple', multiple()],
      ['judge', judge()],
      ['fill', fill()],
    ])('a rubric is not allowed for %s', (_name, q) => {
      expect(codes(validateQuestionContent({ ...q, rubric: [{ criterion: '要点', maxPoints: 2 }] }))).toEqual(['RUBRIC_NOT_ALLOWED']);
    });
  });

  describe('usage', () => {
    it('must not be empty', () => {
      expect(codes(validateQuestionContent(single({ usage: [] })))).toEqual(['USAGE_EMPTY']);
    });

    it('allows only exam and practice, once each', () => {
      expect(validateQuestionContent(single({ usage: ['exam', 'training'] })).map((p) => [p.path, p.code])).toEqual([['usage[1]', 'USAGE_INVALID']]);
      expect(validateQuestionContent(single({ usage: ['exam', 'exam'] })).map((p) => [p.path, p.code])).toEqual([['usage[1]', 'USAGE_DUPLICATE']]);
      expect(codes(validateQuestionContent(raw({ ...single(), usage: 'exam' })))).toEqual(['USAGE_INVALID']);
    });
  });
});

describe('countBlanks', () => {
  it.each([
    ['没有空格', 0],
    ['两个下划线__不算', 0],
    ['三个___算一个', 1],
    ['____和________', 2],
    ['开头____中间____结尾____', 3],
    ['相邻的 ___ ___ 算两个', 2],
  ])('%s → %i', (stem, n) => {
    expect(countBlanks(stem)).toBe(n);
  });
});

describe('normaliseStem', () => {
  it('ignores width, case, whitespace and punctuation', () => {
    expect(normaliseStem('５Ｇ 网络的三大应用场景是____。')).toBe(normaliseStem('5g网络的三大应用场景是:'));
    expect(normaliseStem(' ＡＢＣ, d!\n')).toBe('abcd');
    expect(normaliseStem('“政企分开”、(破除垄断)')).toBe('政企分开破除垄断');
  });

  it('keeps letters, digits and Chinese characters', () => {
    expect(normaliseStem('电信条例第4条')).toBe('电信条例第4条');
    expect(normaliseStem('单选题')).not.toBe(normaliseStem('多选题'));
  });

  it('removes invisible format characters', () => {
    expect(normaliseStem('客户\u200b经理')).toBe('客户经理');
  });
});
