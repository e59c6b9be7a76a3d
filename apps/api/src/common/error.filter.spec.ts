import { NotFoundException } from '@nestjs/common';
import { AppError } from '@cm/contracts';
import { ErrorFilter } from './error.filter';

function host(method = 'GET', url = '/api/x') {
  const sent: { status?: number; body?: any; headers: Record<string, string> } = { headers: {} };
  const reply = {
    status(s: number) { sent.status = s; return reply; },
    header(k: string, v: string) { sent.headers[k] = v; return reply; },
    send(b: unknown) { sent.body = b; return reply; },
  };
  const logged: unknown[] = [];
  const req = { method, url, log: { error: (o: unknown) => logged.push(o) } };
  const h = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => reply }) };
  return { h: h as never, sent, logged };
}

describe('ErrorFilter', () => {
  const filter = new ErrorFilter(null);

  it('maps an AppError to its status, code and headers', () => {
    const { h, sent } = host();
    filter.catch(new AppError('AUTH_THROTTLED', 'wait', { retryAfterSeconds: 30 }, { 'Retry-After': '30' }), h);
    expect(sent.status).toBe(429);
    expect(sent.body).toEqual({ error: { code: 'AUTH_THROTTLED', message: 'wait', details: { retryAfterSeconds: 30 } } });
    expect(sent.headers['Retry-After']).toBe('30');
  });

  it('gives an unknown error a 500 with an errorId that is also logged, and no internals', () => {
    const { h, sent, logged } = host();
    filter.catch(new Error('secret connection string postgres://x'), h);
    expect(sent.status).toBe(500);
    expect(sent.body.error.code).toBe('INTERNAL_ERROR');
    expect(sent.body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(sent.body)).not.toContain('secret');
    expect(logged).toEqual([expect.objectContaining({ errorId: sent.body.errorId })]);
  });

  it('maps an unknown route to NOT_FOUND', () => {
    const { h, sent } = host();
    filter.catch(new NotFoundException('Cannot GET /api/nope'), h);
    expect(sent.status).toBe(404);
    expect(sent.body.error.code).toBe('NOT_FOUND');
  });
});
