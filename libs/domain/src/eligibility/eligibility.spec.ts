import fc from 'fast-check';
import { judgeEligibility, monthsBetween, type EligibilityFacts, type EligibilityPolicy } from './eligibility';

const policy: EligibilityPolicy = {
  previousCertificateRequired: { 1: false, 2: true, 3: true, 4: true },
  yearsSincePrevious: { 2: 1, 3: 2, 4: 2 },
  trainingHours: { 1: 30, 2: 24, 3: 18, 4: 12 },
  retakeIntervalMonths: 3,
  educationMin: '大专',
};
const at = new Date('2026-12-01T00:00:00Z');
const base: EligibilityFacts = { level: 1, previousCertificateAt: null, trainingHours: 30, lastFailurePublishedAt: null, education: '本科' };

describe('judgeEligibility', () => {
  it('admits a 四级 candidate with 30 hours and no certificate', () => {
    expect(judgeEligibility(base, policy, at)).toEqual({ eligible: true, reasons: [], flags: [] });
  });

  it('lists every failed rule with its numbers', () => {
    const r = judgeEligibility({ level: 3, previousCertificateAt: new Date('2025-06-01T00:00:00Z'), trainingHours: 10.5, lastFailurePublishedAt: new Date('2026-10-15T00:00:00Z'), education: '高中' }, policy, at);
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => [x.code, x.required, x.actual])).toEqual([
      ['YEARS_SINCE_PREVIOUS', 2, 1.5],
      ['TRAINING_HOURS_SHORT', 18, 10.5],
      ['RETAKE_INTERVAL', 3, 1],
      ['EDUCATION_BELOW_MINIMUM', '大专', '高中'],
    ]);
  });

  it('requires the previous certificate from 三级 on', () => {
    expect(judgeEligibility({ ...base, level: 2, trainingHours: 24 }, policy, at).reasons.map((r) => r.code)).toEqual(['PREVIOUS_CERTIFICATE_MISSING']);
  });

  it('flags unknown education without refusing', () => {
    const r = judgeEligibility({ ...base, education: null }, policy, at);
    expect(r.eligible).toBe(true);
    expect(r.flags[0]!.code).toBe('EDUCATION_UNKNOWN');
  });

  it('applies the session retake policy: its own interval, or no retake at all', () => {
    const failed = { ...base, lastFailurePublishedAt: new Date('2026-10-15T00:00:00Z') };
    expect(judgeEligibility(failed, { ...policy, retakeIntervalMonths: 1 }, at).eligible).toBe(true);
    expect(judgeEligibility(failed, { ...policy, retakeIntervalMonths: 6 }, at).reasons).toEqual([expect.objectContaining({ code: 'RETAKE_INTERVAL', required: 6, actual: 1 })]);
    const barred = judgeEligibility({ ...failed, lastFailurePublishedAt: new Date('2024-01-10T00:00:00Z') }, { ...policy, retakeAllowed: false }, at);
    expect(barred.reasons.map((r) => [r.code, r.actual])).toEqual([['RETAKE_NOT_ALLOWED', '2024-01-10 未通过']]);
    // Never failed: the policy is irrelevant.
    expect(judgeEligibility(base, { ...policy, retakeAllowed: false }, at).eligible).toBe(true);
  });

  it('counts calendar months', () => {
    expect(monthsBetween(new Date('2026-09-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'))).toBe(3);
    expect(monthsBetween(new Date('2026-09-02T00:00:00Z'), new Date('2026-12-01T00:00:00Z'))).toBe(2);
  });

  it('is monotone: more hours or an older certificate never adds a reason', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 24 }), (level, hours, more, ageMonths, older) => {
        const cert = new Date(at.getTime() - ageMonths * 30.5 * 86400e3);
        const f: EligibilityFacts = { ...base, level, trainingHours: hours, previousCertificateAt: cert };
        const a = judgeEligibility(f, policy, at).reasons.length;
        const b = judgeEligibility({ ...f, trainingHours: hours + more, previousCertificateAt: new Date(cert.getTime() - older * 30.5 * 86400e3) }, policy, at).reasons.length;
        return b <= a;
      }),
    );
  });
});
