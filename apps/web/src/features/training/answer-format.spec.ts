import { describe, expect, it } from '@jest/globals';
import { formatAnswer, isFilled } from './answer-format';

const words = { yes: '对', no: '错', none: '未作答' };

describe('training answer text', () => {
  it('writes keys and responses of every objective type as read', () => {
    expect(formatAnswer('single', 'B', words)).toBe('B');
    expect(formatAnswer('multiple', ['C', 'A'], words)).toBe('A、C');
    expect(formatAnswer('judge', false, words)).toBe('错');
    expect(formatAnswer('judge', true, words)).toBe('对');
    expect(formatAnswer('fill', [['政企分开'], ['破除垄断', '打破垄断']], words)).toBe('(1) 政企分开；(2) 破除垄断 / 打破垄断');
    expect(formatAnswer('fill', ['政企分开', ''], words)).toBe('(1) 政企分开；(2) 未作答');
    expect(formatAnswer('single', null, words)).toBe('未作答');
    expect(formatAnswer('multiple', [], words)).toBe('未作答');
  });

  it('knows when an answer can be submitted', () => {
    expect(isFilled(false)).toBe(true);
    expect(isFilled('  ')).toBe(false);
    expect(isFilled(['', ' '])).toBe(false);
    expect(isFilled(['', 'x'])).toBe(true);
    expect(isFilled(null)).toBe(false);
  });
});
