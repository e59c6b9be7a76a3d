import { chapterFromCategory, categoryFor, looksLikeCode, readMetaTags } from './meta';
import { decodeXmlEntities, escapeXml, htmlToText, parseRubricText } from './text';
import { declaresDtd } from './xml-guard';

describe('htmlToText', () => {
  it('keeps bold as **…**, list items as "- " lines, <br> and <p> as line breaks', () => {
    const html = `<p>第一段 <strong>重点</strong> 与 <b>加粗</b></p>
      <ul>
        <li>要点一</li>
        <li>要点 <em>二</em></li>
      </ul>
      <p>第二段<br/>换行&nbsp;&amp;&nbsp;&lt;b&gt;不是标签&lt;/b&gt;</p><script>alert(1)</script>`;
    expect(htmlToText(html)).toBe('第一段 **重点** 与 **加粗**\n- 要点一\n- 要点 二\n第二段\n换行 & <b>不是标签</b>');
  });

  it('decodes each entity once', () => {
    expect(htmlToText('&amp;lt;p&amp;gt;')).toBe('&lt;p&gt;');
  });
});

describe('entities and escaping', () => {
  it('decodes the XML entities and character references only', () => {
    expect(decodeXmlEntities('&amp; &lt; &gt; &quot; &apos; &#20013; &#x6587; &nbsp; &x; &#0; &#xD800;')).toBe('& < > " \' 中 文 &nbsp; &x; &#0; &#xD800;');
  });

  it('escapes XML text, keeps CR and drops characters XML cannot carry', () => {
    expect(escapeXml('a<b>&"\'\r\u0001\uFFFF')).toBe('a&lt;b&gt;&amp;&quot;&apos;&#13;');
    expect(decodeXmlEntities(escapeXml('政企 <x> & "y"\r\n'))).toBe('政企 <x> & "y"\r\n');
  });
});

describe('declaresDtd', () => {
  it('finds DOCTYPE/ENTITY declarations but not the same text in comments or CDATA', () => {
    expect(declaresDtd('<!DOCTYPE quiz><quiz/>')).toBe(true);
    expect(declaresDtd('<quiz><!ENTITY x "y"></quiz>')).toBe(true);
    expect(declaresDtd('<!-- <!DOCTYPE x> --><quiz><![CDATA[<!ENTITY a "b">]]></quiz>')).toBe(false);
    expect(declaresDtd('<quiz><![CDATA[ unterminated <!DOCTYPE x>')).toBe(true);
  });
});

describe('rubric lines', () => {
  it('splits at the last colon (half- or full-width), accepts 分, reports bad lines', () => {
    expect(parseRubricText('时间: 10:30 前到达:2\n\n准备材料:3分\n没有分值\n:4')).toEqual({
      rubric: [{ criterion: '时间: 10:30 前到达', maxPoints: 2 }, { criterion: '准备材料', maxPoints: 3 }],
      badLines: [4, 5],
    });
  });
});

describe('categories and metadata tags', () => {
  it('takes the chapter from a code-like last category segment', () => {
    expect(chapterFromCategory('$course$/GOV-M/GOV-M.3')).toBe('GOV-M.3');
    expect(chapterFromCategory('$course$/top/Default for 政企培训')).toBeNull();
    expect(chapterFromCategory('$course$/top')).toBeNull();
    expect(chapterFromCategory('$module$/top/a//b')).toBeNull();
    expect(looksLikeCode('VIP-1.2.1.1')).toBe(true);
    expect(looksLikeCode('IT')).toBe(true);
    expect(looksLikeCode('Default')).toBe(false);
    expect(categoryFor('VIP-1.2')).toBe('$course$/top/VIP-1/VIP-1.2');
    expect(chapterFromCategory(categoryFor('gov-m.3'))).toBe('gov-m.3');
  });

  it('reads difficulty, requirement, usage and type tags, keeping the others', () => {
    expect(readMetaTags(['difficulty:5', 'requirement:掌握', 'usage:practice', 'usage:exam', 'type:case', '法规', 'difficulty:9'])).toEqual({
      difficulty: 5, requirement: 'master', usage: ['practice', 'exam'], isCase: true, tags: ['法规', 'difficulty:9'],
    });
    expect(readMetaTags(['requirement:constructor'])).toEqual({ difficulty: 3, requirement: 'understand', isCase: false, tags: ['requirement:constructor'] });
  });
});

describe('hostile HTML', () => {
  it('costs linear time on many unclosed tags, comments and scripts', () => {
    for (const unit of ['<', '<!--', '<script>', '<b', '&#1']) {
      const started = Date.now();
      htmlToText(unit.repeat(200_000));
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it('drops comments and scripts, also unclosed ones', () => {
    expect(htmlToText('a<!-- x -->b<SCRIPT type="t">c</Script >d<style>e')).toBe('abd');
  });
});
