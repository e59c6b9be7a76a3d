import { ALL_TYPES, FILL_TWO, MULTIPLE, SHORT, SINGLE } from './examples.test-helper';
import { parseGift, toGift } from './gift';
import { escapeGift, splitAnswers, unescapeGift } from './gift-syntax';
import type { QuestionDraft } from './types';

const GIFT_FILE = `// 从 Moodle 导出的题目
$CATEGORY: $course$/top/GOV-M/GOV-M.3

// [tag:difficulty:4] [tag:requirement:familiar] [tag:法规]
::资费::根据《电信条例》,电信资费实行以下哪种方式? {
  ~全部由企业自主定价#不对,企业不能完全自主定价
  =市场调节价、政府指导价和政府定价#正确
  ~全部由政府定价
}

::许可类别:: 下列属于电信业务经营许可的有 {~%50%基础电信业务 ~%-100%广播电视业务 ~%50%增值电信业务####许可分为基础和增值两类。}

::判断1:: 电信资费只有两种方式。{F}

::判断2:: 电信条例适用于中华人民共和国境内的电信活动。{TRUE#错了#对了}

$CATEGORY: $course$/top/GOV-M/GOV-M.4

// 填空:答案块在句中
::填空:: 我国电信监管的基本原则是政企分开、{=破除垄断 =打破垄断 =%50%垄断}、鼓励竞争。

::简答:: 简述商机挖掘的主要工作。{}

// 评分要点: 需求调研:4
// 评分要点: 商机评估:6分
// [tag:type:case]
::案例:: [html]<p>某市政府拟建设<b>智慧城市</b>平台。</p><p>请分析。</p>{}

::数值:: 1+1 等于几?{#2}

::配对:: 请配对 {=北京 -> 中国 =东京 -> 日本}

::说明:: 这是一段说明文字,没有答案块。

::坏题:: 缺少结尾 {=答案
`;

describe('parseGift', () => {
  const { drafts, problems } = parseGift(GIFT_FILE);

  it('reads every supported item with its chapter', () => {
    expect(drafts.map((d) => [d.type, d.chapterCode])).toEqual([
      ['single', 'GOV-M.3'], ['multiple', 'GOV-M.3'], ['judge', 'GOV-M.3'], ['judge', 'GOV-M.3'], ['fill', 'GOV-M.4'], ['short', 'GOV-M.4'], ['case', 'GOV-M.4'],
    ]);
  });

  it('reads single, multiple (weights), judge and metadata tags; # feedback becomes the explanation', () => {
    expect(drafts[0]).toEqual({
      chapterCode: 'GOV-M.3',
      type: 'single',
      stem: '根据《电信条例》,电信资费实行以下哪种方式?',
      options: [{ key: 'A', text: '全部由企业自主定价' }, { key: 'B', text: '市场调节价、政府指导价和政府定价' }, { key: 'C', text: '全部由政府定价' }],
      answer: 'B',
      difficulty: 4,
      requirement: 'familiar',
      tags: ['法规'],
      explanation: '正确',
    });
    expect(drafts[1]).toMatchObject({ type: 'multiple', answer: ['A', 'C'], explanation: '许可分为基础和增值两类。', difficulty: 3, requirement: 'understand' });
    expect(drafts[2]).toMatchObject({ answer: false, stem: '电信资费只有两种方式。' });
    expect(drafts[3]).toMatchObject({ answer: true, explanation: '错了\n对了' });
  });

  it('reads a short answer as a fill question with the blank where the block stood', () => {
    expect(drafts[4]).toMatchObject({ stem: '我国电信监管的基本原则是政企分开、____、鼓励竞争。', answer: [['破除垄断', '打破垄断']] });
  });

  it('reads essays: rubric from // 评分要点 comments, else one default criterion; [html] converted', () => {
    expect(drafts[5]).toMatchObject({ type: 'short', rubric: [{ criterion: '综合评分', maxPoints: 10 }] });
    expect(drafts[6]).toMatchObject({
      type: 'case',
      stem: '某市政府拟建设**智慧城市**平台。\n请分析。',
      rubric: [{ criterion: '需求调研', maxPoints: 4 }, { criterion: '商机评估', maxPoints: 6 }],
    });
  });

  it('reports numerical, matching, description and syntax errors with their item index', () => {
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [7, 'UNSUPPORTED_TYPE'], [8, 'UNSUPPORTED_TYPE'], [9, 'UNSUPPORTED_TYPE'], [10, 'GIFT_SYNTAX'],
    ]);
    expect(problems.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
  });
});

describe('GIFT escapes', () => {
  it('escapes and unescapes ~ = # { } : \\ and line breaks', () => {
    const text = '价格 {100} ~ 200 = #1: C:\\dir\n第二行';
    expect(escapeGift(text)).toBe('价格 \\{100\\} \\~ 200 \\= \\#1\\: C\\:\\\\dir\\n第二行');
    expect(unescapeGift(escapeGift(text))).toBe(text);
  });

  it('reads escaped characters in stems and answers', () => {
    const { drafts } = parseGift('::a\\:b:: 1 \\= 1 \\{是\\} 对吗\\? {=是 \\~ 对 ~否 \\# 不\\=对}');
    expect(drafts[0]).toMatchObject({ stem: '1 = 1 {是} 对吗\\?', options: [{ key: 'A', text: '是 ~ 对' }, { key: 'B', text: '否 # 不=对' }], answer: 'A' });
  });

  it('does not split answers at escaped marks', () => {
    expect(splitAnswers('=a\\=b ~c\\~d')?.map((a) => a.text)).toEqual(['a\\=b', 'c\\~d']);
    expect(splitAnswers('文字 =a')).toBeNull();
  });
});

describe('toGift → parseGift', () => {
  it('round-trips every type GIFT can express and skips a fill question with two blanks', () => {
    const { text, skipped } = toGift(ALL_TYPES);
    expect(skipped).toEqual([{ index: ALL_TYPES.indexOf(FILL_TWO), reason: expect.stringContaining('2 个空格') }]);
    const back = parseGift(text);
    expect(back.problems).toEqual([]);
    expect(back.drafts).toEqual(ALL_TYPES.filter((d) => d !== FILL_TWO));
  });

  it('writes the GIFT notation', () => {
    const { text } = toGift([SINGLE, MULTIPLE, SHORT]);
    expect(text).toContain('$CATEGORY: $course$/top/GOV-M/GOV-M.3');
    expect(text).toContain('{~不预约直接上门 =提前预约并按约定时间到达');
    expect(text).toContain('~%50%基础电信业务 ~%-100%广播电视业务 ~%50%增值电信业务');
    expect(text).toContain('// 评分要点: 列出商机评估要素:时间、预算:3.5');
    expect(text).toContain('\\{目标\\} \\~ \\= \\# 与 \\\\ 符号');
  });

  it('keeps option texts that start with % or contain -> and skips malformed drafts', () => {
    const odd: QuestionDraft = { ...SINGLE, options: [{ key: 'A', text: '%50% 折扣' }, { key: 'B', text: 'a -> b' }], answer: 'B' };
    expect(parseGift(toGift([odd]).text).drafts).toEqual([odd]);
    expect(toGift([{ ...SINGLE, answer: undefined }, { ...SHORT, rubric: undefined }]).skipped.map((s) => s.index)).toEqual([0, 1]);
  });
});

describe('hostile GIFT', () => {
  it('costs linear time on pathological input', () => {
    for (const text of ['{'.repeat(200_000), '\\'.repeat(200_000), `// ${'[tag:'.repeat(100_000)}\n::a:: b {}`, `q {${'=a '.repeat(100_000)}}`, '::'.repeat(100_000), `q {${'#'.repeat(200_000)}}`]) {
      const started = Date.now();
      parseGift(text);
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});
