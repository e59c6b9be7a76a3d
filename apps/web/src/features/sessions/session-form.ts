import type { CreateSessionRequest } from '@cm/contracts';

/** `YYYY-MM-DDTHH:mm` in local time, the value of an `<input type="datetime-local">`. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A local `datetime-local` value as an ISO instant, or null when it does not parse. */
export function localInputToIso(value: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface SessionFormValues {
  trackId?: string;
  level?: number;
  blueprintId?: string;
  title?: string;
  opensAt?: string;
  closesAt?: string;
  formMode: 'per_candidate' | 'fixed';
  parallelForms?: number | null;
  durationMinutes?: number | null;
  graceSeconds?: number | null;
  instructions?: string;
  retakeAllowed?: boolean;
  retakeIntervalMonths?: number | null;
}

/** The create request from the form's values (validated by the form beforehand). */
export function toCreateSessionRequest(values: SessionFormValues): CreateSessionRequest {
  const request: CreateSessionRequest = {
    blueprintId: values.blueprintId ?? '',
    title: (values.title ?? '').trim(),
    opensAt: localInputToIso(values.opensAt) ?? '',
    closesAt: localInputToIso(values.closesAt) ?? '',
    formMode: values.formMode,
  };
  if (values.formMode === 'fixed') request.parallelForms = values.parallelForms ?? 1;
  if (values.durationMinutes) request.durationMinutes = values.durationMinutes;
  if (values.graceSeconds !== undefined && values.graceSeconds !== null) request.graceSeconds = values.graceSeconds;
  if (values.retakeAllowed === false) request.retakeAllowed = false;
  if (values.retakeIntervalMonths !== undefined && values.retakeIntervalMonths !== null) request.retakeIntervalMonths = values.retakeIntervalMonths;
  const instructions = values.instructions?.trim();
  if (instructions) request.instructions = instructions;
  return request;
}
