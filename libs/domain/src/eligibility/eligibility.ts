/** Eligibility to register for a level exam (product.md, defaults.yaml `eligibility`), judged
 * at the session's opensAt. Pure: every fact is passed in; every failed rule is reported with
 * its numbers so that a refusal explains itself. */

export interface EligibilityPolicy {
  previousCertificateRequired: Record<number, boolean>;
  yearsSincePrevious: Record<number, number>;
  trainingHours: Record<number, number>;
  retakeIntervalMonths: number;
  /** false: a candidate who failed this track and level before may not sit it again (per session; default true) */
  retakeAllowed?: boolean;
  educationMin: string;
}

export interface EligibilityFacts {
  level: number;
  /** when the candidate obtained level − 1 of this track (none → null) */
  previousCertificateAt: Date | null;
  /** hours completed for this track and level before `at` */
  trainingHours: number;
  /** publication time of the candidate's last failed attempt of this track and level */
  lastFailurePublishedAt: Date | null;
  education: string | null;
}

export type EligibilityCode = 'PREVIOUS_CERTIFICATE_MISSING' | 'YEARS_SINCE_PREVIOUS' | 'TRAINING_HOURS_SHORT' | 'RETAKE_INTERVAL' | 'RETAKE_NOT_ALLOWED' | 'EDUCATION_BELOW_MINIMUM';

export interface EligibilityReason {
  code: EligibilityCode;
  message: string;
  required?: number | string;
  actual?: number | string;
}

export interface EligibilityResult {
  eligible: boolean;
  reasons: EligibilityReason[];
  /** shown to the officer, never a refusal (unknown education) */
  flags: { code: 'EDUCATION_UNKNOWN'; message: string }[];
}

export const EDUCATION_ORDER = ['中专', '高中', '大专', '本科', '硕士', '博士'] as const;

/** Whole months between two instants (calendar months, day-of-month respected). */
export function monthsBetween(from: Date, to: Date): number {
  let m = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) m -= 1;
  return m;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function judgeEligibility(facts: EligibilityFacts, policy: EligibilityPolicy, at: Date): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  const flags: EligibilityResult['flags'] = [];
  const L = facts.level;
  if (policy.previousCertificateRequired[L]) {
    if (!facts.previousCertificateAt) {
      reasons.push({ code: 'PREVIOUS_CERTIFICATE_MISSING', message: `报考该级别需先取得低一级证书`, required: L - 1, actual: '无' });
    } else {
      const years = policy.yearsSincePrevious[L] ?? 0;
      const months = monthsBetween(facts.previousCertificateAt, at);
      if (months < years * 12) {
        reasons.push({ code: 'YEARS_SINCE_PREVIOUS', message: `取得低一级证书须满 ${years} 年(目前 ${round1(months / 12)} 年)`, required: years, actual: round1(months / 12) });
      }
    }
  }
  const hours = policy.trainingHours[L] ?? 0;
  if (facts.trainingHours < hours) {
    reasons.push({ code: 'TRAINING_HOURS_SHORT', message: `培训学时不足:需要 ${hours} 学时,已完成 ${round1(facts.trainingHours)} 学时`, required: hours, actual: round1(facts.trainingHours) });
  }
  if (facts.lastFailurePublishedAt && policy.retakeAllowed === false) {
    reasons.push({ code: 'RETAKE_NOT_ALLOWED', message: '本场次不接受此前未通过该级别考试的考生补考', required: '无未通过记录', actual: `${facts.lastFailurePublishedAt.toISOString().slice(0, 10)} 未通过` });
  } else if (facts.lastFailurePublishedAt) {
    const months = monthsBetween(facts.lastFailurePublishedAt, at);
    if (months < policy.retakeIntervalMonths) {
      reasons.push({ code: 'RETAKE_INTERVAL', message: `上次未通过后须间隔 ${policy.retakeIntervalMonths} 个月才能补考(目前 ${months} 个月)`, required: policy.retakeIntervalMonths, actual: months });
    }
  }
  if (!facts.education) {
    flags.push({ code: 'EDUCATION_UNKNOWN', message: '学历未知,请认证管理员核实' });
  } else {
    const have = EDUCATION_ORDER.indexOf(facts.education as (typeof EDUCATION_ORDER)[number]);
    const need = EDUCATION_ORDER.indexOf(policy.educationMin as (typeof EDUCATION_ORDER)[number]);
    if (have >= 0 && need >= 0 && have < need) {
      reasons.push({ code: 'EDUCATION_BELOW_MINIMUM', message: `学历须为${policy.educationMin}及以上(可由认证管理员依据工作经验豁免)`, required: policy.educationMin, actual: facts.education });
    }
  }
  return { eligible: reasons.length === 0, reasons, flags };
}

/** The policy as stored in the `eligibility` setting (defaults.yaml keys). */
export function policyFromSetting(v: {
  previous_certificate_required: Record<string, boolean>;
  years_since_previous: Record<string, number>;
  training_hours: Record<string, number>;
  retake_interval_months: number;
  education_min: string;
}): EligibilityPolicy {
  const num = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).map(([k, x]) => [Number(k), x])) as Record<number, T>;
  return {
    previousCertificateRequired: num(v.previous_certificate_required),
    yearsSincePrevious: num(v.years_since_previous),
    trainingHours: num(v.training_hours),
    retakeIntervalMonths: v.retake_interval_months,
    educationMin: v.education_min,
  };
}
