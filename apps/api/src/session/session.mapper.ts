import type { SessionDto } from '@cm/contracts';

export interface SessionDbRow {
  id: string;
  blueprint_id: string;
  track_id: string;
  level: number;
  title: string;
  instructions: string | null;
  opens_at: Date;
  closes_at: Date;
  duration_minutes: number;
  form_mode: 'per_candidate' | 'fixed';
  parallel_forms: number;
  grace_seconds: number;
  exposure_cap_percent: string | null;
  retake_allowed: boolean;
  retake_interval_months: number;
  published_at: Date | null;
  created_at: Date;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function toSessionDto(r: SessionDbRow): SessionDto {
  return {
    id: r.id,
    blueprintId: r.blueprint_id,
    trackId: r.track_id,
    level: r.level,
    title: r.title,
    instructions: r.instructions,
    opensAt: iso(r.opens_at),
    closesAt: iso(r.closes_at),
    durationMinutes: r.duration_minutes,
    formMode: r.form_mode,
    parallelForms: r.parallel_forms,
    graceSeconds: r.grace_seconds,
    exposureCapPercent: r.exposure_cap_percent === null ? null : Number(r.exposure_cap_percent),
    retakeAllowed: r.retake_allowed,
    retakeIntervalMonths: r.retake_interval_months,
    publishedAt: r.published_at ? iso(r.published_at) : null,
    createdAt: iso(r.created_at),
  };
}
