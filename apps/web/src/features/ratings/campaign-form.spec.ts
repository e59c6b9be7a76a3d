import { describe, expect, it } from '@jest/globals';
import { defaultDueDate, endOfDayIso, toCreateCampaignRequest } from './campaign-form';

describe('the campaign form', () => {
  it('names one supervisor, the peers once each, and the candidate as self when asked', () => {
    const body = toCreateCampaignRequest({ candidateId: 'c', trackId: 't', targetLevel: 2, supervisorId: 's', peerIds: ['p1', 'p1', 's', 'c', 'p2'], includeSelf: true, dueDate: '2027-01-15', note: '  ' });
    expect(body.raters).toEqual([
      { raterId: 's', relation: 'supervisor' },
      { raterId: 'p1', relation: 'peer' },
      { raterId: 'p2', relation: 'peer' },
      { raterId: 'c', relation: 'self' },
    ]);
    expect(body).toMatchObject({ candidateId: 'c', trackId: 't', targetLevel: 2, dueAt: new Date('2027-01-15T23:59:59').toISOString() });
    expect(body.note).toBeUndefined();
  });

  it('reads only calendar dates', () => {
    expect(endOfDayIso('2027-13')).toBeUndefined();
    expect(defaultDueDate(new Date(2027, 0, 1, 9))).toBe('2027-01-15');
  });
});
