import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorBody, type ErrorCode } from '@cm/contracts';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'FILE_TOO_LARGE',
  415: 'FILE_UNSUPPORTED',
  429: 'AUTH_THROTTLED',
  503: 'SERVICE_UNAVAILABLE',
};

/** One filter maps every error to the contract's body; a 5xx gets an errorId that is also
 * in the JSON log line. Unknown GET paths outside /api fall back to the web app. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private indexHtml: { mtimeMs: number; html: string } | null = null;

  constructor(private readonly webDist: string | null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();

    if (exception instanceof HttpException && exception.getStatus() === 404 && this.isWebRoute(req)) {
      const html = this.loadIndex();
      if (html) {
        void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
        return;
      }
    }

    const { status, body, headers } = this.toBody(exception);
    if (status >= 500) {
      body.errorId = randomUUID();
      req.log.error({ errorId: body.errorId, err: exception }, 'request failed');
    }
    for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
    void reply.status(status).send(body);
  }

  private toBody(exception: unknown): { status: number; body: ErrorBody; headers: Record<string, string> } {
    if (exception instanceof AppError) {
      return { status: exception.status, body: { error: { code: exception.code, message: exception.message, details: exception.details } }, headers: exception.headers ?? {} };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
      const res = exception.getResponse();
      const message = typeof res === 'string' ? res : typeof res === 'object' && res && 'message' in res ? String((res as { message: unknown }).message) : exception.message;
      const details = code === 'VALIDATION_FAILED' ? { fields: [{ path: '(body)', code: 'INVALID', message }] } : undefined;
      return { status, body: { error: { code, message, details } }, headers: {} };
    }
    const fastifyCode = (exception as { statusCode?: number; code?: string } | null)?.statusCode;
    if (fastifyCode && fastifyCode >= 400 && fastifyCode < 500) {
      const code = STATUS_CODES[fastifyCode] ?? 'VALIDATION_FAILED';
      const message = (exception as Error).message;
      return { status: fastifyCode, body: { error: { code, message, details: code === 'VALIDATION_FAILED' ? { fields: [{ path: '(body)', code: 'INVALID', message }] } : undefined } }, headers: {} };
    }
    return { status: 500, body: { error: { code: 'INTERNAL_ERROR', message: '服务器内部错误,请稍后重试' } }, headers: {} };
  }

  private isWebRoute(req: FastifyRequest): boolean {
    if (req.method !== 'GET' || !this.webDist) return false;
    const url = req.url.split('?')[0] ?? '';
    return !url.startsWith('/api') && !url.startsWith('/health') && !path.extname(url);
  }

  /** Re-read when the file changes, so a rebuilt web app is served without a stale index. */
  private loadIndex(): string | null {
    if (!this.webDist) return null;
    const file = path.join(this.webDist, 'index.html');
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (!this.indexHtml || this.indexHtml.mtimeMs !== mtimeMs) this.indexHtml = { mtimeMs, html: fs.readFileSync(file, 'utf8') };
    return this.indexHtml.html;
  }
}
