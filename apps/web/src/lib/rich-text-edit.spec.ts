import { describe, expect, it } from '@jest/globals';
import { imageMarkup, insertBlock, insertInline, tableTemplate, toggleBold, toggleList } from './rich-text-edit';

describe('rich text toolbar edits', () => {
  it('wraps the selection in ** and unwraps it again', () => {
    const bold = toggleBold({ text: '客户分级', start: 0, end: 2 }, '粗体');
    expect(bold).toEqual({ text: '**客户**分级', start: 2, end: 4 });
    expect(toggleBold(bold, '粗体')).toEqual({ text: '客户分级', start: 0, end: 2 });
    expect(toggleBold({ text: '**客户**分级', start: 0, end: 6 }, '粗体')).toEqual({ text: '客户分级', start: 0, end: 2 });
  });

  it('inserts a selected placeholder when nothing is selected', () => {
    expect(toggleBold({ text: 'ab', start: 1, end: 1 }, '粗体')).toEqual({ text: 'a**粗体**b', start: 3, end: 5 });
  });

  it('turns the touched lines into list items and back', () => {
    const text = '第一\n第二\n第三';
    const bullets = toggleList({ text, start: 1, end: 4 }, false);
    expect(bullets.text).toBe('- 第一\n- 第二\n第三');
    expect(toggleList(bullets, false).text).toBe(text);
    expect(toggleList({ text, start: 0, end: text.length }, true).text).toBe('1. 第一\n2. 第二\n3. 第三');
    expect(toggleList({ text: '- 甲\n- 乙', start: 0, end: 6 }, true).text).toBe('1. 甲\n2. 乙');
  });

  it('puts blocks on lines of their own', () => {
    expect(insertBlock({ text: '前文后文', start: 2, end: 2 }, 'X')).toEqual({ text: '前文\n\nX\n\n后文', start: 5, end: 5 });
    expect(insertBlock({ text: '', start: 0, end: 0 }, 'X')).toEqual({ text: 'X', start: 1, end: 1 });
    expect(insertBlock({ text: '前文\n', start: 3, end: 3 }, 'X').text).toBe('前文\n\nX');
  });

  it('inserts inline text at the cursor', () => {
    expect(insertInline({ text: 'ab', start: 1, end: 1 }, '![](u)')).toEqual({ text: 'a![](u)b', start: 7, end: 7 });
  });

  it('builds a table template and safe image markup', () => {
    expect(tableTemplate(['列1', '列2'], 1)).toBe('| 列1 | 列2 |\n| --- | --- |\n|   |   |');
    expect(imageMarkup('图[1]\n说明', '/api/assets/x')).toBe('![图 1  说明](/api/assets/x)');
  });
});
