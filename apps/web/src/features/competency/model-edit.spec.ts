import { describe, expect, it } from '@jest/globals';
import type { ModelItemDto } from './api';
import { buildVersionRequest, cellKey, draftOf, isEmptyEdit } from './model-edit';

const level = (n: number, indicators: { id: string; text: string }[], summary: string | null = `第${n}级`) => ({
  level: n, name: ['初级', '中级', '高级', '资深'][n - 1]!, summary, completeness: 'complete' as const, provenance: 'S2, seed', levelPosition: null,
  indicators: indicators.map((x) => ({ ...x, provenance: 'S2, seed' })),
});
const item: ModelItemDto = {
  id: 'item-1', code: 'frustration_tolerance', name: '抗挫能力', category: '基本能力', categoryId: 'basic', assessment: 'rating',
  definition: '面对挫折时的承受能力与应对能力。', definitionProvenance: 'seed',
  levels: [level(1, [{ id: 'a', text: '正视挫折' }, { id: 'b', text: '努力弥补' }]), level(2, []), level(3, [], null), level(4, [], null)],
};
const model = { items: [item] };
const diagonal = (positionLevel: number) => positionLevel;

describe('the new-version request', () => {
  it('sends nothing but the reason when nothing changed', () => {
    const body = buildVersionRequest(model, { [item.code]: draftOf(item) }, {}, diagonal, '  年度复核  ');
    expect(body).toEqual({ reason: '年度复核' });
    expect(isEmptyEdit(body)).toBe(true);
  });

  it('sends the full indicator list of an edited level, keeping ids of untouched indicators', () => {
    const draft = draftOf(item);
    draft.levels[0]!.indicators[1]!.text = '努力弥补,维持标准';
    draft.levels[2]!.indicators.push({ text: '能在逆境中寻找机会' }, { text: '   ' });
    draft.levels[2]!.summary = '化解困境';
    const body = buildVersionRequest(model, { [item.code]: draft }, {}, diagonal, '补充高级指标');
    expect(body.items).toEqual([
      {
        code: 'frustration_tolerance',
        levels: [
          { level: 1, indicators: [{ id: 'a', text: '正视挫折' }, { id: 'b', text: '努力弥补,维持标准' }] },
          { level: 3, summary: '化解困境', indicators: [{ text: '能在逆境中寻找机会' }] },
        ],
      },
    ]);
    expect(isEmptyEdit(body)).toBe(false);
  });

  it('sends only the standard cells that differ from the base matrix', () => {
    const body = buildVersionRequest(model, {}, { [cellKey(2, item.code)]: 3, [cellKey(1, item.code)]: 1 }, diagonal, '提高标准');
    expect(body.standards).toEqual([{ positionLevel: 2, itemCode: 'frustration_tolerance', standardLevel: 3 }]);
  });
});
