import { describe, expect, it } from '@jest/globals';
import { formatSeconds } from './dashboard-api';
import { toCreateSessionRequest } from './session-form';

describe('session form → create request', () => {
  const base = { blueprintId: 'b', title: ' 四级 ', opensAt: '2026-12-01T09:00', closesAt: '2026-12-01T11:00', formMode: 'per_candidate' as const };

  it('sends the retake policy only when the officer set it (the server stores the setting’s default otherwise)', () => {
    const plain = toCreateSessionRequest({ ...base, retakeAllowed: true, retakeIntervalMonths: null });
    expect(plain).not.toHaveProperty('retakeAllowed');
    expect(plain).not.toHaveProperty('retakeIntervalMonths');
    expect(toCreateSessionRequest({ ...base, retakeAllowed: false, retakeIntervalMonths: 0 })).toMatchObject({ retakeAllowed: false, retakeIntervalMonths: 0, title: '四级' });
    expect(toCreateSessionRequest({ ...base, retakeIntervalMonths: 6 })).toMatchObject({ retakeIntervalMonths: 6 });
  });
});

describe('formatSeconds (time left on the dashboard)', () => {
  it('shows mm:ss under an hour and h:mm:ss from an hour on, never negative', () => {
    expect(formatSeconds(65)).toBe('01:05');
    expect(formatSeconds(3600 + 62)).toBe('1:01:02');
    expect(formatSeconds(-5)).toBe('00:00');
  });
});
