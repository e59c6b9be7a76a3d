import { ERROR_STATUS, type ErrorCode, type FieldProblem } from './error-codes';

/** A refusal with a stable code; the API's one exception filter maps it to HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static validation(fields: FieldProblem[], message = '输入有误'): AppError {
    return new AppError('VALIDATION_FAILED', message, { fields });
  }

  static notFound(what = '资源'): AppError {
    return new AppError('NOT_FOUND', `${what}不存在`);
  }

  static forbidden(message = '无权执行此操作'): AppError {
    return new AppError('FORBIDDEN', message);
  }
}
