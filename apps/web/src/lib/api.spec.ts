import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ApiError, buildUrl, request } from './api';

const realFetch = globalThis.fetch;

function stubFetch(response: Response): jest.Mock<typeof fetch> {
  const mock = jest.fn<typeof fetch>().mockResolvedValue(response);
  globalThis.fetch = mock;
  return mock;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('buildUrl', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildUrl('/api/users', { q: '张 三', role: undefined, page: 2, orgUnitId: '', active: false })).toBe(
      '/api/users?q=%E5%BC%A0+%E4%B8%89&page=2&active=false',
    );
    expect(buildUrl('/api/tracks')).toBe('/api/tracks');
  });
});

describe('request', () => {
  it('sends JSON with the session cookie and parses the reply', async () => {
    const fetchMock = stubFetch(new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    await expect(request('POST', '/api/x', { body: { a: 1 } })).resolves.toEqual({ ok: 1 });
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(init?.credentials).toBe('include');
    expect(init?.body).toBe('{"a":1}');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('resolves a 204 to undefined', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(request('POST', '/api/auth/logout')).resolves.toBeUndefined();
  });

  it('turns the error body into an ApiError with code, status, details and Retry-After', async () => {
    const body = { error: { code: 'AUTH_THROTTLED', message: 'slow down', details: { attempts: 10 } } };
    stubFetch(new Response(JSON.stringify(body), { status: 429, headers: { 'Retry-After': '120' } }));
    const error = await request('POST', '/api/auth/login').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'AUTH_THROTTLED', message: 'slow down', details: { attempts: 10 }, retryAfterSeconds: 120 });
  });

  it('exposes well-formed field problems of a 400', async () => {
    const fields = [{ path: 'username', code: 'too_small', message: 'short' }, { nope: true }];
    stubFetch(new Response(JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields } } }), { status: 400 }));
    const error = (await request('POST', '/api/users').catch((caught: unknown) => caught)) as ApiError;
    expect(error.fieldProblems).toEqual([{ path: 'username', code: 'too_small', message: 'short' }]);
  });

  it('survives a non-JSON error body', async () => {
    stubFetch(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await request('GET', '/api/users').catch((caught: unknown) => caught)) as ApiError;
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    globalThis.fetch = jest.fn<typeof fetch>().mockRejectedValue(new TypeError('fetch failed'));
    await expect(request('GET', '/api/users')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
