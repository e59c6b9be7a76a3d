import { describe, expect, it } from '@jest/globals';
import type { JobDto } from '@cm/contracts';
import { toCsv } from './csv';
import { questionImportResult } from './import-result';

describe('error CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(toCsv([['行', '列', '错误'], [3, '答案', '多选题必须至少有两个正确答案'], [4, '题干', '含有,逗号和"引号"\n换行'], [5, '=1+1', '-x']])).toBe(
      '行,列,错误\r\n3,答案,多选题必须至少有两个正确答案\r\n4,题干,"含有,逗号和""引号""\n换行"\r\n5,\'=1+1,\'-x',
    );
  });
});

describe('question import result', () => {
  const job = (result: unknown): JobDto => ({ id: 'j', name: 'import-questions', state: 'completed', progress: 100, result, createdAt: '', updatedAt: '' });

  it('reads the created count and the duplicates', () => {
    expect(questionImportResult(job({ created: 3, duplicates: [{ row: 4, message: '与已有题目重复' }] }))).toEqual({
      created: 3,
      duplicates: [{ row: 4, message: '与已有题目重复' }],
    });
    expect(questionImportResult(job({ created: 1 }))).toEqual({ created: 1, duplicates: [] });
    expect(questionImportResult(job({ nope: true }))).toBeNull();
  });
});
