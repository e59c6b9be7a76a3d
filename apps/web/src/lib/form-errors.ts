import type { FormInstance } from 'antd';
import type { FieldProblem } from '@cm/contracts';
import { ApiError } from './api';

export interface FieldErrorTarget {
  /** Dotted form field path, e.g. `profile.hireDate`. */
  field: string;
  errors: string[];
}

/** Maps each problem of a `VALIDATION_FAILED` body to the longest known form field that
 * prefixes its path (`roles.0` → `roles`); problems with no matching field are returned apart. */
export function matchFieldProblems(
  problems: FieldProblem[],
  knownFields: readonly string[],
  describe: (problem: FieldProblem) => string,
): { matched: FieldErrorTarget[]; unmatched: string[] } {
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const problem of problems) {
    const path = problem.path.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
    const field = knownFields
      .filter((known) => path === known || path.startsWith(`${known}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (field) byField.set(field, [...(byField.get(field) ?? []), describe(problem)]);
    else unmatched.push(problem.path ? `${problem.path}: ${describe(problem)}` : describe(problem));
  }
  return { matched: [...byField].map(([field, errors]) => ({ field, errors })), unmatched };
}

/** Puts `details.fields` of a 400 on the form's fields. Returns the messages that fit no field
 * (to show in an alert), or `null` when the error is not a field-level validation error. */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields'>,
  error: unknown,
  knownFields: readonly string[] | Readonly<Record<string, string>>,
  describe: (problem: FieldProblem) => string,
): string[] | null {
  if (!(error instanceof ApiError) || error.fieldProblems.length === 0) return null;
  // A record maps an API path to the form field that edits it (e.g. `value` → `valueText`).
  const rename: Readonly<Record<string, string>> = isStringList(knownFields)
    ? Object.fromEntries(knownFields.map((field) => [field, field]))
    : knownFields;
  const { matched, unmatched } = matchFieldProblems(error.fieldProblems, Object.keys(rename), describe);
  form.setFields(matched.map(({ field, errors }) => ({ name: (rename[field] ?? field).split('.'), errors })));
  return unmatched;
}

function isStringList(value: readonly string[] | Readonly<Record<string, string>>): value is readonly string[] {
  return Array.isArray(value);
}
