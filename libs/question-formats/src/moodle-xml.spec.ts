import { ALL_TYPES, CASE, FILL_TWO, JUDGE, SHORT, SINGLE } from './examples.test-helper';
import { parseMoodleXml, toMoodleXml } from './moodle-xml';
import type { QuestionDraft } from './types';

/** A file as Moodle 4.x exports it (CDATA, HTML, categories, an unsupported matching question). */
const MOODLE_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/GOV-M/GOV-M.3</text>
    </category>
    <info format="moodle_auto_format">
      <text>第三章 电信法规</text>
    </info>
    <idnumber></idnumber>
  </question>

<!-- question: 101  -->
  <question type="multichoice">
    <name>
      <text>资费方式</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p dir="ltr" style="text-align: left;">根据《电信条例》,<strong>电信资费</strong>实行以下哪种方式?<br>请选择&nbsp;<em>一项</em>。</p>]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>见《电信条例》第二十三条 &amp; 第二十四条。</p>]]></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <answer fraction="0" format="html">
      <text><![CDATA[<p>全部由企业自主定价</p>]]></text>
      <feedback format="html"><text></text></feedback>
    </answer>
    <answer fraction="100" format="html">
      <text><![CDATA[<p>市场调节价、政府指导价和政府定价</p>]]></text>
      <feedback format="html"><text>正确</text></feedback>
    </answer>
    <answer fraction="0" format="html">
      <text>全部由政府定价 &amp;lt;统一&amp;gt;</text>
      <feedback format="html"><text></text></feedback>
    </answer>
    <tags>
      <tag><text>difficulty:4</text></tag>
      <tag><text>requirement:familiar</text></tag>
      <tag><text>法规</text></tag>
    </tags>
  </question>

<!-- question: 102  -->
  <question type="multichoice">
    <name><text>许可类别</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>下列属于电信业务经营许可的有:</p><ul><li>选出<b>全部</b>正确项</li><li>错选不得分</li></ul>]]></text>
    </questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <single>false</single>
    <answer fraction="50" format="html"><text>基础电信业务</text></answer>
    <answer fraction="-100" format="html"><text>广播电视业务</text></answer>
    <answer fraction="50" format="html"><text>增值电信业务</text></answer>
  </question>

<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/GOV-M/GOV-M.4</text></category>
  </question>

<!-- question: 103  -->
  <question type="truefalse">
    <name><text>判断</text></name>
    <questiontext format="moodle_auto_format"><text>电信资费只有两种方式。
第二行</text></questiontext>
    <answer fraction="0" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="100" format="moodle_auto_format"><text>false</text></answer>
  </question>

<!-- question: 104  -->
  <question type="matching">
    <name><text>配对</text></name>
    <questiontext format="html"><text><![CDATA[<p>请配对</p>]]></text></questiontext>
    <subquestion format="html"><text>A</text><answer><text>1</text></answer></subquestion>
  </question>

<!-- question: 105  -->
  <question type="shortanswer">
    <name><text>填空</text></name>
    <questiontext format="html"><text><![CDATA[<p>我国电信监管的基本原则之一是</p>]]></text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>破除垄断</text></answer>
    <answer fraction="100" format="moodle_auto_format"><text>打破垄断</text></answer>
    <answer fraction="50" format="moodle_auto_format"><text>垄断</text></answer>
  </question>

<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/Default for 政企培训</text></category>
  </question>

<!-- question: 106  -->
  <question type="essay">
    <name><text>简答</text></name>
    <questiontext format="html"><text><![CDATA[<p>简述商机挖掘的主要工作。</p>]]></text></questiontext>
    <defaultgrade>10.0000000</defaultgrade>
    <responseformat>editor</responseformat>
    <graderinfo format="html"><text><![CDATA[<p>需求调研:4</p><p>商机评估:6</p>]]></text></graderinfo>
  </question>

<!-- question: 107  -->
  <question type="essay">
    <name><text>论述</text></name>
    <questiontext format="html"><text><![CDATA[<p>论述客户关系管理。</p>]]></text></questiontext>
    <defaultgrade>15.0000000</defaultgrade>
    <graderinfo format="html"><text></text></graderinfo>
  </question>

<!-- question: 108  -->
  <question type="numerical">
    <name><text>数值</text></name>
    <questiontext format="html"><text>1+1=?</text></questiontext>
    <answer fraction="100"><text>2</text></answer>
  </question>
</quiz>
`;

describe('parseMoodleXml on a realistic Moodle export', () => {
  const { drafts, problems } = parseMoodleXml(MOODLE_EXPORT);

  it('reads the supported questions, in order, with chapters from the categories', () => {
    expect(drafts.map((d) => [d.type, d.chapterCode])).toEqual([
      ['single', 'GOV-M.3'], ['multiple', 'GOV-M.3'], ['judge', 'GOV-M.4'], ['fill', 'GOV-M.4'], ['short', null], ['short', null],
    ]);
  });

  it('converts HTML to text (bold as **…**, list items as "- " lines, <br>/<p> as line breaks) and decodes entities', () => {
    expect(drafts[0]).toEqual({
      chapterCode: 'GOV-M.3',
      type: 'single',
      stem: '根据《电信条例》,**电信资费**实行以下哪种方式?\n请选择 一项。',
      options: [
        { key: 'A', text: '全部由企业自主定价' },
        { key: 'B', text: '市场调节价、政府指导价和政府定价' },
        { key: 'C', text: '全部由政府定价 <统一>' },
      ],
      answer: 'B',
      difficulty: 4,
      requirement: 'familiar',
      explanation: '见《电信条例》第二十三条 & 第二十四条。',
      tags: ['法规'],
    });
    expect(drafts[1]).toMatchObject({
      stem: '下列属于电信业务经营许可的有:\n- 选出**全部**正确项\n- 错选不得分',
      answer: ['A', 'C'],
      difficulty: 3,
      requirement: 'understand',
    });
  });

  it('maps truefalse, shortanswer (100% answers, blank appended) and essay (graderinfo or defaultgrade)', () => {
    expect(drafts[2]).toMatchObject({ stem: '电信资费只有两种方式。\n第二行', answer: false });
    expect(drafts[3]).toMatchObject({ stem: '我国电信监管的基本原则之一是 ____', answer: [['破除垄断', '打破垄断']] });
    expect(drafts[4]!.rubric).toEqual([{ criterion: '需求调研', maxPoints: 4 }, { criterion: '商机评估', maxPoints: 6 }]);
    expect(drafts[5]!.rubric).toEqual([{ criterion: '综合评分', maxPoints: 15 }]);
  });

  it('reports and skips unsupported types, indexed among the questions', () => {
    expect(problems).toEqual([
      { index: 3, code: 'UNSUPPORTED_TYPE', message: expect.stringContaining('matching') },
      { index: 7, code: 'UNSUPPORTED_TYPE', message: expect.stringContaining('numerical') },
    ]);
  });
});

describe('toMoodleXml → parseMoodleXml', () => {
  it('round-trips every type Moodle can express and skips a fill question with two blanks', () => {
    const { xml, skipped } = toMoodleXml(ALL_TYPES);
    expect(skipped).toEqual([{ index: ALL_TYPES.indexOf(FILL_TWO), reason: expect.stringContaining('2 个空格') }]);
    const back = parseMoodleXml(xml);
    expect(back.problems).toEqual([]);
    expect(back.drafts).toEqual(ALL_TYPES.filter((d) => d !== FILL_TWO));
  });

  it('writes a category per chapter change, escaped text and Moodle grade fractions', () => {
    const { xml } = toMoodleXml([SINGLE, JUDGE, SHORT, CASE, { ...SINGLE, chapterCode: null }]);
    expect(xml.match(/<question type="category">/g)).toHaveLength(4);
    expect(xml).toContain('<text>$course$/top/GOV-M/GOV-M.3</text>');
    expect(xml).toContain('<text>$course$/top/VIP-1/VIP-1.2/VIP-1.2.1/VIP-1.2.1.1</text>');
    expect(xml).toContain('&amp; 其他 &lt;定价&gt;');
    expect(xml).toContain('<question type="essay">');
    expect(xml).toContain('<defaultgrade>7.5</defaultgrade>');
    expect(toMoodleXml([{ ...SINGLE, type: 'multiple', answer: ['A', 'B', 'C'] }]).xml).toContain('fraction="33.33333"');
    expect(parseMoodleXml(xml).drafts[4]!.chapterCode).toBeNull();
  });

  it('skips malformed drafts with a reason', () => {
    const bad: QuestionDraft[] = [{ ...JUDGE, answer: 'x' }, { ...SINGLE, answer: 'Z' }, { ...SHORT, rubric: [] }];
    expect(toMoodleXml(bad).skipped.map((s) => s.index)).toEqual([0, 1, 2]);
  });
});

describe('hostile or broken XML', () => {
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n  ')}
]>
<quiz><question type="truefalse"><questiontext format="plain_text"><text>&lol9;</text></questiontext>
<answer fraction="100"><text>true</text></answer></question></quiz>`;

  it('refuses a DOCTYPE with entity definitions (billion laughs) quickly, expanding nothing', () => {
    const started = Date.now();
    const out = parseMoodleXml(laughs);
    expect(Date.now() - started).toBeLessThan(500);
    expect(out).toEqual({ drafts: [], problems: [{ index: -1, code: 'DOCTYPE_NOT_ALLOWED', message: expect.any(String) }] });
  });

  it('never reads an external entity (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><questiontext format="plain_text"><text>&x;</text></questiontext><answer fraction="100"><text>true</text></answer></question></quiz>`;
    const out = parseMoodleXml(xxe);
    expect(out.drafts).toEqual([]);
    expect(out.problems[0]!.code).toBe('DOCTYPE_NOT_ALLOWED');
    expect(JSON.stringify(out)).not.toContain('root:');
  });

  it('leaves an undeclared entity reference unexpanded, but accepts DOCTYPE text inside CDATA', () => {
    const quiz = (stem: string) => `<quiz><question type="truefalse"><questiontext format="plain_text"><text>${stem}</text></questiontext><answer fraction="100"><text>true</text></answer></question></quiz>`;
    expect(parseMoodleXml(quiz('a &x; b &#65; &#x4E2D;')).drafts[0]!.stem).toBe('a &x; b A 中');
    expect(parseMoodleXml(quiz('<![CDATA[<!DOCTYPE x> 是 XML 的文档类型声明]]>')).drafts[0]!.stem).toBe('<!DOCTYPE x> 是 XML 的文档类型声明');
  });

  it('reports malformed XML and files that are not Moodle quizzes', () => {
    expect(parseMoodleXml('<quiz><question></quiz>').problems[0]!.code).toBe('XML_INVALID');
    expect(parseMoodleXml('<rss><channel/></rss>').problems[0]!.code).toBe('NOT_MOODLE_XML');
    expect(parseMoodleXml('').problems[0]!.code).not.toBe(undefined);
  });

  it('reports choice questions whose correct answers do not fit the type', () => {
    const out = parseMoodleXml(`<quiz><question type="multichoice"><questiontext format="plain_text"><text>q</text></questiontext><single>true</single>
      <answer fraction="100"><text>a</text></answer><answer fraction="100"><text>b</text></answer></question>
      <question type="truefalse"><questiontext><text>q</text></questiontext></question></quiz>`);
    expect(out.problems.map((p) => [p.index, p.code])).toEqual([[0, 'INVALID_ANSWER'], [1, 'INVALID_ANSWER']]);
  });
});
