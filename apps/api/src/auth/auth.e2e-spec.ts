import { DEMO_PASSWORD, startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('auth (HTTP, real PostgreSQL + Redis)', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('logs in with a bearer token and answers /me with the contract fields', async () => {
    const r = await h.call('POST', '/api/auth/login', { body: { username: 'officer1', password: DEMO_PASSWORD } });
    expect(r.status).toBe(200);
    expect(typeof r.body.accessToken).toBe('string');
    expect(r.body.user).toMatchObject({ username: 'officer1', displayName: '陈认证', roles: ['officer'] });
    expect(r.body.user).not.toHaveProperty('passwordHash');
    expect(r.headers.get('set-cookie')).toMatch(/cm_token=.*HttpOnly.*SameSite=Strict/);
    const me = await h.call('GET', '/api/auth/me', { token: r.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: r.body.user.id, username: 'officer1', roles: ['officer'], orgUnitId: expect.any(String) });
  });

  it('accepts the session cookie as well as the bearer token', async () => {
    const token = await h.login('trainer1');
    const me = await h.call('GET', '/api/auth/me', { headers: { cookie: `other=1; cm_token=${token}` } });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('trainer1');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await h.call('POST', '/api/auth/login', { body: { username: 'trainer2', password: 'not-the-password' } });
    const unknown = await h.call('POST', '/api/auth/login', { body: { username: 'nobody-here', password: 'whatever-pass' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('answers 400 with field errors for a malformed body', async () => {
    const r = await h.call('POST', '/api/auth/login', { body: { username: '' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['password', 'username']);
  });

  it('throttles after 10 failures for one username from one address, and a success resets it', async () => {
    for (let i = 0; i < 9; i++) {
      expect((await h.call('POST', '/api/auth/login', { body: { username: 'peer1', password: `bad-${i}-password` } })).status).toBe(401);
    }
    // A success after nine failures resets the count.
    await h.login('peer1');
    for (let i = 0; i < 10; i++) {
      expect((await h.call('POST', '/api/auth/login', { body: { username: 'peer1', password: `bad-${i}-password` } })).status).toBe(401);
    }
    const throttled = await h.call('POST', '/api/auth/login', { body: { username: 'peer1', password: DEMO_PASSWORD } });
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe('AUTH_THROTTLED');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is not affected (an exam room shares one address).
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'peer2', password: DEMO_PASSWORD } })).status).toBe(200);
  });

  it('logout revokes the token', async () => {
    const token = await h.login('candidate2');
    expect((await h.call('POST', '/api/auth/logout', { token })).status).toBe(204);
    const me = await h.call('GET', '/api/auth/me', { token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('requires a token on protected routes', async () => {
    const r = await h.call('GET', '/api/users');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHENTICATED');
    expect((await h.call('GET', '/api/users', { token: 'made-up-token' })).status).toBe(401);
  });

  it('changes the own password: the old one stops working, a weak one is refused', async () => {
    const token = await h.login('supervisor1');
    const weak = await h.call('POST', '/api/auth/change-password', { token, body: { currentPassword: DEMO_PASSWORD, newPassword: '12345678' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('PASSWORD_TOO_WEAK');
    const wrong = await h.call('POST', '/api/auth/change-password', { token, body: { currentPassword: 'wrong-current', newPassword: 'Brand-New-Pass-1' } });
    expect(wrong.body.error.code).toBe('PASSWORD_WRONG');
    expect((await h.call('POST', '/api/auth/change-password', { token, body: { currentPassword: DEMO_PASSWORD, newPassword: 'Brand-New-Pass-1' } })).status).toBe(204);
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'supervisor1', password: DEMO_PASSWORD } })).status).toBe(401);
    await h.login('supervisor1', 'Brand-New-Pass-1');
  });

  it('serves health, readiness and the OpenAPI document without a token', async () => {
    expect((await h.call('GET', '/health')).body).toEqual({ status: 'ok' });
    expect((await h.call('GET', '/health/ready')).body).toMatchObject({ status: 'ready', database: 'up', queue: 'up' });
    const doc = await h.call('GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/tracks', '/api/tracks/{trackId}/syllabus', '/api/jobs/{jobId}']));
  });

  it('gives every response a request id', async () => {
    const r = await h.call('GET', '/health', { headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(r.headers.get('x-request-id')).toBe('trace-abc-12345');
  });
});
