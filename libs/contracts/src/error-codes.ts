/** Stable error codes (api-contract.md). The HTTP status of each lives beside it so that one
 * filter maps every domain error the same way. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_THROTTLED: 429,
  AUTH_USER_DEACTIVATED: 401,
  AUTH_PASSWORD_CHANGE_REQUIRED: 403,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  PASSWORD_TOO_WEAK: 400,
  PASSWORD_WRONG: 400,
  ORG_UNIT_CYCLE: 422,
  FILE_INVALID: 400,
  FILE_TOO_LARGE: 413,
  FILE_UNSUPPORTED: 415,
  IMPORT_INVALID: 422,
  QUESTION_SELF_REVIEW: 403,
  SYLLABUS_NODE_IN_USE: 422,
  SYLLABUS_CODE_TAKEN: 409,
  BLUEPRINT_INVALID: 400,
  BLUEPRINT_INFEASIBLE: 422,
  NOT_ELIGIBLE: 422,
  ALREADY_REGISTERED: 409,
  SESSION_NOT_OPEN: 409,
  ATTEMPT_CLOSED: 409,
  ATTEMPT_ALREADY_SUBMITTED: 409,
  RATING_EVIDENCE_REQUIRED: 422,
  RATING_INCOMPLETE: 422,
  DECISION_SEPARATION_OF_DUTIES: 403,
  DECISION_NOT_AWARDED: 422,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
  errorId?: string;
}
