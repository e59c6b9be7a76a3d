import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { isSafeImageUrl, parseInline, parseRichText, RichText, richTextToPlain } from './rich-text';

const ASSET = '/api/assets/0b6c1f0e-3a4d-4c8e-9f10-2b3c4d5e6f70';
const html = (text: string, inline = false) => renderToStaticMarkup(createElement(RichText, { text, inline }));

describe('rich text parsing', () => {
  it('reads bold and platform images inline', () => {
    expect(parseInline(`答案是**政企分开**，见![示意图](${ASSET})。`)).toEqual([
      { kind: 'text', text: '答案是' },
      { kind: 'bold', children: [{ kind: 'text', text: '政企分开' }] },
      { kind: 'text', text: '，见' },
      { kind: 'image', alt: '示意图', src: ASSET },
      { kind: 'text', text: '。' },
    ]);
  });

  it('groups list items and keeps the number a numbered list starts at', () => {
    const blocks = parseRichText('步骤如下：\n- 接待\n- 识别\n\n3. 推荐\n4. 成交');
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'list', 'list']);
    expect(blocks[1]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: '接待' }], [{ text: '识别' }]] });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
  });

  it('reads a pipe table and pads short rows to the header', () => {
    const [table] = parseRichText('| 业务 | 资费 |\n|---|:---:|\n| 宽带 | **100** 元 |\n| 专线 |');
    expect(table).toMatchObject({ kind: 'table', header: [[{ text: '业务' }], [{ text: '资费' }]] });
    if (table?.kind !== 'table') throw new Error('not a table');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.[1]).toEqual([{ kind: 'bold', children: [{ kind: 'text', text: '100' }] }, { kind: 'text', text: ' 元' }]);
    expect(table.rows[1]?.[1]).toEqual([]);
  });

  it('treats a pipe line without a separator as text', () => {
    expect(parseRichText('| 不是表格 |\n第二行')).toEqual([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: '| 不是表格 |' }], [{ kind: 'text', text: '第二行' }]] },
    ]);
  });

  it('accepts only /api/assets/<uuid> images', () => {
    expect(isSafeImageUrl(ASSET)).toBe(true);
    for (const url of ['javascript:alert(1)', 'https://evil.example/x.png', '/api/assets/../users', '/api/assets/1', `${ASSET}?x=1`, `//evil${ASSET}`]) {
      expect(isSafeImageUrl(url)).toBe(false);
    }
    expect(parseInline('![x](javascript:alert(1))')).toEqual([{ kind: 'text', text: '![x](javascript:alert(1))' }]);
  });
});

describe('rich text rendering', () => {
  it('renders paragraphs, line breaks, bold, lists, tables and images as elements', () => {
    const out = html(`第一行\n**第二行**\n\n- 甲\n- 乙\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![图一](${ASSET})`);
    expect(out).toContain('<p>第一行<br/><strong>第二行</strong></p>');
    expect(out).toContain('<ul><li>甲</li><li>乙</li></ul>');
    expect(out).toContain('<thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody>');
    expect(out).toContain(`<img src="${ASSET}" alt="图一" title="图一" class="rich-text-image" loading="lazy"/>`);
  });

  it('keeps <script>, HTML and javascript: as plain text', () => {
    const out = html('<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n[点我](javascript:alert(3))\n![x](javascript:alert(4))');
    expect(out).not.toMatch(/<script|<img|<a /);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(out).toContain('[点我](javascript:alert(3))');
    expect(out).toContain('![x](javascript:alert(4))');
  });

  it('escapes quotes in alt text and never renders a foreign image', () => {
    const out = html(`![" onerror="alert(1)](${ASSET})![y](https://evil.example/a.png)`);
    expect(out).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(out).toContain('![y](https://evil.example/a.png)');
    expect(out.match(/<img/g)).toHaveLength(1);
  });

  it('renders inline content in a span for option texts', () => {
    expect(html('**A** 选项', true)).toBe('<span class="rich-text rich-text-inline"><span class="rich-text-line"><strong>A</strong> 选项</span></span>');
  });

  it('gives a one-line plain text without markup', () => {
    expect(richTextToPlain(`**重点**：\n- 甲\n- 乙\n![图](${ASSET})`)).toBe('重点： 甲；乙 [图]');
    expect(richTextToPlain(null)).toBe('');
  });
});
