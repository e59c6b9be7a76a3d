import { describe, expect, it } from '@jest/globals';
import { checkNumbers } from './check-format';

describe('a check’s numbers', () => {
  it('shows the actual value against the requirement in the rule’s own terms', () => {
    expect(checkNumbers({ code: 'COMPOSITE_MIN', actual: 94, required: 70 })).toEqual({ actual: '94', required: '≥ 70' });
    expect(checkNumbers({ code: 'SHARE_AT_STANDARD', actual: 85.7, required: 80 })).toEqual({ actual: '85.7%', required: '≥ 80%' });
    expect(checkNumbers({ code: 'NO_ITEM_FAR_BELOW_STANDARD', actual: 2, required: 0 })).toEqual({ actual: '2', required: '≤ 0' });
    expect(checkNumbers({ code: 'EXAM_PUBLISHED', actual: null, required: null })).toEqual({ actual: '—', required: '—' });
  });
});
