import { describe, expect, it } from '@jest/globals';
import type { RatingFormItemDto } from '@cm/contracts';
import { initialState, itemProblems, needsReason, serverProblems, toggleIndicator, toSaveRequest } from './rating-form';

const rule = { numerator: 2, denominator: 3 };
const rules = { indicatorRule: rule, evidenceRequiredFromLevel: 3, scale: [] };
const lvl = (level: number, ids: string[]) => ({ level, name: `L${level}`, summary: null, completeness: 'complete', provenance: 'seed', indicators: ids.map((id) => ({ id, text: id })) });
const item: RatingFormItemDto = {
  itemId: 'i1', code: 'frustration_tolerance', name: '抗挫能力', category: '基本能力', definition: null,
  levels: [lvl(1, ['a1', 'a2', 'a3']), lvl(2, ['b1', 'b2', 'b3']), lvl(3, ['c1', 'c2', 'c3']), lvl(4, ['d1', 'd2', 'd3'])],
};
const other: RatingFormItemDto = { ...item, itemId: 'i2', code: 'execution' };

describe('the rating form state', () => {
  it('starts from the saved entries, an unsaved item without a level', () => {
    const state = initialState({ items: [item, other], entries: [{ itemId: 'i2', level: 2, observedIndicatorIds: null, proposedLevel: null, evidence: null, reason: null }] });
    expect(state['i1']).toEqual({ level: null, observed: [], evidence: '', reason: '', manual: false });
    expect(state['i2']).toMatchObject({ level: 2, manual: true });
  });

  it('follows the live proposal (⌈2n/3⌉ per level, lower levels held) until the rater picks a level', () => {
    let s = initialState({ items: [item], entries: [] })['i1']!;
    for (const id of ['a1', 'a2', 'b1', 'b2']) s = toggleIndicator(item, s, id, rule);
    expect(s.level).toBe(2);
    s = toggleIndicator(item, s, 'a2', rule);
    expect(s.level).toBe(0);
    s = { ...toggleIndicator(item, s, 'a2', rule), level: 3, manual: true };
    expect(needsReason(item, s, rule)).toBe(true);
    expect(itemProblems(item, s, rules, true)).toEqual(['reason', 'evidence']);
    s = { ...s, reason: '表现超出描述', evidence: '牵头处理重大投诉' };
    expect(itemProblems(item, s, rules, true)).toEqual([]);
    // a manual level stays put when more indicators are ticked
    expect(toggleIndicator(item, s, 'c1', rule).level).toBe(3);
  });

  it('asks for no reason when no indicator is ticked, and a level only at submit', () => {
    const picked = { level: 2, observed: [], evidence: '', reason: '', manual: true };
    expect(needsReason(item, picked, rule)).toBe(false);
    const empty = { level: null, observed: [], evidence: '', reason: '', manual: false };
    expect(itemProblems(item, empty, rules, false)).toEqual([]);
    expect(itemProblems(item, empty, rules, true)).toEqual(['level']);
  });

  it('sends levelled items only, with indicators when ticked', () => {
    const state = {
      i1: { level: 3, observed: ['a1'], evidence: ' 事实 ', reason: '', manual: true },
      i2: { level: null, observed: [], evidence: '', reason: '', manual: false },
    };
    expect(toSaveRequest([item, other], state)).toEqual({ items: [{ itemId: 'i1', level: 3, observedIndicatorIds: ['a1'], evidence: '事实' }] });
  });

  it('maps server refusals to the items', () => {
    const request = { items: [{ itemId: 'i1', level: 3 }, { itemId: 'i2', level: 1 }] };
    expect(serverProblems(request, { code: 'RATING_EVIDENCE_REQUIRED', details: { itemIds: ['i1'] } })).toEqual({ i1: [{ problem: 'evidence' }] });
    expect(serverProblems(request, { code: 'RATING_INCOMPLETE', details: { missingItemIds: ['i9'] } })).toEqual({ i9: [{ problem: 'level' }] });
    expect(serverProblems(request, { code: 'VALIDATION_FAILED', details: {}, fieldProblems: [{ path: 'items.1.reason', code: 'REASON_REQUIRED', message: '需要说明理由' }] })).toEqual({ i2: [{ problem: 'reason', message: '需要说明理由' }] });
  });
});
