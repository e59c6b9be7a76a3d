import type { z } from 'zod';
import { AppError } from './app-error';
import type { FieldProblem } from './error-codes';

/** Parses input with a schema; a failure becomes 400 VALIDATION_FAILED listing every field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: FieldProblem[] = r.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(body)',
    code: i.code.toUpperCase(),
    message: i.message,
  }));
  throw AppError.validation(fields);
}
