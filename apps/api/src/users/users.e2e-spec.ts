import { DEMO_PASSWORD, startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('users, org units and roles (HTTP)', () => {
  let h: ApiHarness;
  let admin: string;
  let officer: string;
  let candidate: string;
  beforeAll(async () => {
    h = await startApiHarness();
    [admin, officer, candidate] = await Promise.all([h.login('admin'), h.login('officer1'), h.login('candidate1')]);
  });
  afterAll(async () => {
    await h.close();
  });

  const newUser = (over: Record<string, unknown> = {}) => ({ username: `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, password: 'Strong-Pass-2026', displayName: '测试用户', roles: ['candidate'], ...over });

  it('creates a user (201) with a profile and audits it', async () => {
    const orgs = await h.call('GET', '/api/org-units', { token: admin });
    const org = orgs.body.items.find((o: { name: string }) => o.name === '天河区营业部');
    const body = newUser({ orgUnitId: org.id, profile: { education: '本科', hireDate: '2023-01-05', positionLevel: 1 } });
    const r = await h.call('POST', '/api/users', { token: admin, body });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ username: body.username, displayName: '测试用户', roles: ['candidate'], orgUnitId: org.id, active: true, profile: { education: '本科', positionLevel: 1 } });
    const audit = await h.call('GET', `/api/audit-events?entityType=user&entityId=${r.body.id}`, { token: officer });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('user.created');
  });

  it('refuses a weak password, an unknown role and a taken username with the contract codes', async () => {
    const weak = await h.call('POST', '/api/users', { token: admin, body: newUser({ password: 'short' }) });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'PASSWORD_TOO_WEAK']);
    const common = await h.call('POST', '/api/users', { token: admin, body: newUser({ password: 'password1' }) });
    expect([common.status, common.body.error.code]).toEqual([400, 'PASSWORD_TOO_WEAK']);
    const role = await h.call('POST', '/api/users', { token: admin, body: newUser({ roles: ['wizard'] }) });
    expect([role.status, role.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(role.body.error.details.fields[0].path).toBe('roles.0');
    const taken = await h.call('POST', '/api/users', { token: admin, body: newUser({ username: 'OFFICER1' }) });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'USERNAME_TAKEN']);
    const badEdu = await h.call('POST', '/api/users', { token: admin, body: newUser({ profile: { education: '小学' } }) });
    expect(badEdu.status).toBe(400);
  });

  it('lets only admins create users; officers may list, candidates may not', async () => {
    expect((await h.call('POST', '/api/users', { token: officer, body: newUser() })).status).toBe(403);
    const list = await h.call('GET', '/api/users?role=candidate&pageSize=50', { token: officer });
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['candidate1', 'candidate2', 'candidate3']));
    expect(list.body.items.every((u: { roles: string[] }) => u.roles.includes('candidate'))).toBe(true);
    const search = await h.call('GET', `/api/users?q=${encodeURIComponent('周雨')}`, { token: officer });
    expect(search.body.items.map((u: { username: string }) => u.username)).toEqual(['candidate3']);
    const forbidden = await h.call('GET', '/api/users', { token: candidate });
    expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('paginates with page and pageSize (max 200)', async () => {
    const p1 = await h.call('GET', '/api/users?page=1&pageSize=3', { token: admin });
    const p2 = await h.call('GET', '/api/users?page=2&pageSize=3', { token: admin });
    expect(p1.body.items).toHaveLength(3);
    expect(p1.body.total).toBeGreaterThanOrEqual(11);
    expect(p2.body.items[0].id).not.toBe(p1.body.items[0].id);
    expect((await h.call('GET', '/api/users?pageSize=500', { token: admin })).status).toBe(400);
  });

  it('deactivation blocks login and ends existing sessions', async () => {
    const created = await h.call('POST', '/api/users', { token: admin, body: newUser() });
    const token = await h.login(created.body.username, 'Strong-Pass-2026');
    const patched = await h.call('PATCH', `/api/users/${created.body.id}`, { token: admin, body: { active: false } });
    expect(patched.body.active).toBe(false);
    expect((await h.call('GET', '/api/auth/me', { token })).status).toBe(401);
    const login = await h.call('POST', '/api/auth/login', { body: { username: created.body.username, password: 'Strong-Pass-2026' } });
    expect([login.status, login.body.error.code]).toEqual([401, 'AUTH_USER_DEACTIVATED']);
  });

  it('an admin reset forces a password change at the next login', async () => {
    const created = await h.call('POST', '/api/users', { token: admin, body: newUser() });
    expect((await h.call('POST', `/api/users/${created.body.id}/reset-password`, { token: admin, body: { newPassword: 'Temp-Reset-2026' } })).status).toBe(204);
    const token = await h.login(created.body.username, 'Temp-Reset-2026');
    const me = await h.call('GET', '/api/auth/me', { token });
    expect(me.body.mustChangePassword).toBe(true);
    const blocked = await h.call('GET', '/api/org-units', { token });
    expect([blocked.status, blocked.body.error.code]).toEqual([403, 'AUTH_PASSWORD_CHANGE_REQUIRED']);
    expect((await h.call('POST', '/api/auth/change-password', { token, body: { currentPassword: 'Temp-Reset-2026', newPassword: 'Mine-Own-Pass-77' } })).status).toBe(204);
    expect((await h.call('GET', '/api/org-units', { token })).status).toBe(200);
  });

  it('edits roles and org unit, and refuses an unknown org unit or user', async () => {
    const created = await h.call('POST', '/api/users', { token: admin, body: newUser() });
    const edited = await h.call('PATCH', `/api/users/${created.body.id}`, { token: admin, body: { roles: ['trainer', 'candidate'], displayName: '改名后' } });
    expect(edited.body).toMatchObject({ roles: ['trainer', 'candidate'], displayName: '改名后' });
    const badOrg = await h.call('PATCH', `/api/users/${created.body.id}`, { token: admin, body: { orgUnitId: '00000000-0000-4000-8000-000000000000' } });
    expect(badOrg.status).toBe(400);
    const missing = await h.call('PATCH', '/api/users/00000000-0000-4000-8000-000000000000', { token: admin, body: { displayName: 'x' } });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const notUuid = await h.call('PATCH', '/api/users/not-a-uuid', { token: admin, body: { displayName: 'x' } });
    expect(notUuid.status).toBe(400);
  });

  it('builds the org unit tree and refuses a duplicate sibling name', async () => {
    const tree = await h.call('GET', '/api/org-units', { token: candidate });
    const prov = tree.body.items.find((o: { kind: string }) => o.kind === 'province');
    const created = await h.call('POST', '/api/org-units', { token: admin, body: { name: '佛山市分公司', kind: 'city', parentId: prov.id } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ parentId: prov.id, name: '佛山市分公司', kind: 'city' });
    const dup = await h.call('POST', '/api/org-units', { token: admin, body: { name: '佛山市分公司', kind: 'city', parentId: prov.id } });
    expect(dup.status).toBe(409);
    expect((await h.call('POST', '/api/org-units', { token: officer, body: { name: 'x', kind: 'city' } })).status).toBe(403);
  });

  it('keeps the demo password working for every demo account', async () => {
    for (const u of ['admin', 'officer2', 'trainer2', 'candidate3', 'peer2']) {
      expect((await h.call('POST', '/api/auth/login', { body: { username: u, password: DEMO_PASSWORD } })).status).toBe(200);
    }
  });
});
