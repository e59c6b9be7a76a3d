import { writeSheet } from '@cm/spreadsheet';
import { DEMO_PASSWORD, startApiHarness, type ApiHarness } from '../../test/api-harness';

async function upload(h: ApiHarness, token: string, sessionId: string, file: Buffer, name = 'list.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${h.baseUrl}/api/exam-sessions/${sessionId}/registrations/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

const names = (xs: { username: string }[]) => xs.map((x) => x.username).sort();

describe('session dashboard: bulk enrolment, enrolled candidates, focus-loss events, retake policy (HTTP)', () => {
  let h: ApiHarness;
  let admin: string;
  let officer: string;
  let vip: string;
  let bp1: string;
  const ids: Record<string, string> = {};
  let branch: string;
  let county: string;

  beforeAll(async () => {
    h = await startApiHarness();
    [admin, officer] = await Promise.all([h.login('admin'), h.login('officer1')]);
    vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    bp1 = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
    // A branch with a county below it; four candidates, one inactive, one without training hours.
    branch = (await h.call('POST', '/api/org-units', { token: admin, body: { name: '测试分公司', kind: 'city' } })).body.id;
    county = (await h.call('POST', '/api/org-units', { token: admin, body: { name: '测试县支局', kind: 'county', parentId: branch } })).body.id;
    const people: [string, string, string][] = [['bulk_a', '周一', branch], ['bulk_b', '吴二', branch], ['bulk_c', '郑三', county], ['bulk_idle', '王停', branch], ['bulk_new', '冯新', county]];
    for (const [username, displayName, orgUnitId] of people) {
      const r = await h.call('POST', '/api/users', { token: admin, body: { username, password: DEMO_PASSWORD, displayName, roles: ['candidate'], orgUnitId, profile: { education: '本科' } } });
      expect(r.status).toBe(201);
      ids[username] = r.body.id;
    }
    expect((await h.call('PATCH', `/api/users/${ids.bulk_idle}`, { token: admin, body: { active: false } })).status).toBe(200);
    const trainer = await h.login('trainer1');
    for (const u of ['bulk_a', 'bulk_b', 'bulk_c', 'bulk_idle']) {
      await h.call('POST', '/api/training-records', { token: trainer, body: { candidateId: ids[u], trackId: vip, level: 1, hours: 30, title: '四级岗位培训', completedAt: '2026-01-10' } });
    }
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    for (const u of users) ids[u.username] ??= u.id;
  });
  afterAll(async () => {
    await h.close();
  });

  const newSession = async (over: Record<string, unknown> = {}) =>
    (await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp1, title: '批量报名测试场次', opensAt: new Date(Date.now() - 3600e3).toISOString(), closesAt: new Date(Date.now() + 86400e3).toISOString(), formMode: 'per_candidate', ...over },
    })).body as { id: string; retakeAllowed: boolean; retakeIntervalMonths: number };

  it('enrols every active candidate of an org unit and its sub-units, listing already registered and refused ones with reasons', async () => {
    const s = await newSession();
    await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_b } });
    const r = await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch } });
    expect(r.status).toBe(200);
    expect(names(r.body.enrolled)).toEqual(['bulk_a', 'bulk_c']);
    expect(names(r.body.alreadyRegistered)).toEqual(['bulk_b']);
    expect(r.body.refused).toEqual([expect.objectContaining({ username: 'bulk_new', code: 'NOT_ELIGIBLE', reasons: [expect.objectContaining({ code: 'TRAINING_HOURS_SHORT', required: 30, actual: 0 })] })]);
    // The inactive candidate is nobody to enrol.
    expect(JSON.stringify(r.body)).not.toContain('bulk_idle');
    // Again: nothing new, nobody twice.
    const again = await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch } });
    expect([again.body.enrolled, names(again.body.alreadyRegistered)]).toEqual([[], ['bulk_a', 'bulk_b', 'bulk_c']]);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM registration WHERE session_id = $1`, [s.id]);
    expect(n).toBe(3);
    const audit = await h.call('GET', `/api/audit-events?entityType=exam_session&entityId=${s.id}`, { token: officer });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('registration.bulk_org_unit');
  });

  it('enrols the unit alone when sub-units are excluded; refuses unknown units, closed sessions and non-officers', async () => {
    const s = await newSession();
    const r = await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch, includeSubUnits: false } });
    expect(names(r.body.enrolled)).toEqual(['bulk_a', 'bulk_b']);
    const unknown = await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: '00000000-0000-4000-8000-000000000000' } });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const c1 = await h.login('candidate1');
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: c1, body: { orgUnitId: branch } })).status).toBe(403);
    const closed = await newSession({ opensAt: new Date(Date.now() - 7200e3).toISOString(), closesAt: new Date(Date.now() - 3600e3).toISOString() });
    const late = await h.call('POST', `/api/exam-sessions/${closed.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch } });
    expect([late.status, late.body.error.code]).toEqual([409, 'SESSION_NOT_OPEN']);
  });

  it('enrols from an Excel list with a result per row', async () => {
    const s = await newSession();
    await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_a } });
    const rows = [['BULK_A'], ['bulk_b'], ['nobody_here'], ['bulk_idle'], ['bulk_b'], ['bulk_new'], ['officer1'], ['candidate1']];
    const r = await upload(h, officer, s.id, await writeSheet('名单', ['用户名', '备注'], rows.map((x) => [...x, ''])));
    expect(r.status).toBe(200);
    expect(r.body.enrolled.map((x: { username: string; row: number }) => [x.username, x.row])).toEqual([['bulk_b', 3], ['candidate1', 9]]);
    expect(r.body.alreadyRegistered.map((x: { username: string; row: number }) => [x.username, x.row])).toEqual([['bulk_a', 2]]);
    expect(r.body.refused.map((x: { row: number; code: string }) => [x.row, x.code])).toEqual([
      [4, 'UNKNOWN_USER'], [5, 'NOT_A_CANDIDATE'], [6, 'DUPLICATE_ROW'], [7, 'NOT_ELIGIBLE'], [8, 'NOT_A_CANDIDATE'],
    ]);
    expect(r.body.refused.find((x: { row: number }) => x.row === 7).reasons[0]).toMatchObject({ code: 'TRAINING_HOURS_SHORT' });
    // 工号 is accepted as the identifier column too.
    const byNo = await upload(h, officer, s.id, await writeSheet('名单', ['工号'], [['bulk_c']]));
    expect(names(byNo.body.enrolled)).toEqual(['bulk_c']);
  });

  it('refuses a bad file with a typed error and enrols nobody', async () => {
    const s = await newSession();
    const notXlsx = await upload(h, officer, s.id, Buffer.from('用户名\nbulk_a\n'), 'list.csv');
    expect([notXlsx.status, notXlsx.body.error.code]).toEqual([415, 'FILE_UNSUPPORTED']);
    const broken = await upload(h, officer, s.id, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    expect([broken.status, broken.body.error.code, broken.body.error.details.reason]).toEqual([400, 'FILE_INVALID', 'NOT_XLSX']);
    const noColumn = await upload(h, officer, s.id, await writeSheet('名单', ['姓名'], [['周一']]));
    expect([noColumn.status, noColumn.body.error.code, noColumn.body.error.details.reason]).toEqual([400, 'FILE_INVALID', 'MISSING_COLUMN']);
    const tooMany = await upload(h, officer, s.id, await writeSheet('名单', ['用户名'], Array.from({ length: 5001 }, (_, i) => [`u${i}`])));
    expect([tooMany.status, tooMany.body.error.code, tooMany.body.error.details.reason]).toEqual([400, 'FILE_INVALID', 'TOO_MANY_ROWS']);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM registration WHERE session_id = $1`, [s.id]);
    expect(n).toBe(0);
  });

  it('lists the enrolled candidates with org unit, statuses, time left and focus losses, paginated', async () => {
    const s = await newSession();
    await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch } });
    const waived = await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_new, waiverReason: '新员工特批' } });
    expect(waived.status).toBe(201);
    const token = await h.login('bulk_a');
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token })).body;
    const judge = attempt.items.find((i: { type: string }) => i.type === 'judge');
    await h.call('PUT', `/api/attempts/${attempt.id}/answers/${judge.id}`, { token, body: { response: true, seq: 1 } });
    await h.call('PUT', `/api/attempts/${attempt.id}/answers/${attempt.items[0].id}`, { token, body: { response: null, seq: 2 } });
    await h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token, body: { kind: 'hidden' } });

    const page1 = await h.call('GET', `/api/exam-sessions/${s.id}/candidates?pageSize=2`, { token: officer });
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBe(4);
    expect(page1.body.items.map((x: { username: string }) => x.username)).toEqual(['bulk_a', 'bulk_b']);
    const a = page1.body.items[0];
    expect(a).toMatchObject({ displayName: '周一', orgUnitName: '测试分公司', registrationStatus: 'registered', waived: false, attemptId: attempt.id, attemptStatus: 'in_progress', answered: 1, focusLosses: 1, extraMinutes: 0 });
    expect(a.secondsLeft).toBeGreaterThan(99 * 60);
    expect(a.secondsLeft).toBeLessThanOrEqual(100 * 60);
    expect(page1.body.items[1]).toMatchObject({ attemptStatus: null, secondsLeft: null, deadline: null, focusLosses: 0, answered: 0 });
    const page2 = await h.call('GET', `/api/exam-sessions/${s.id}/candidates?pageSize=2&page=2`, { token: officer });
    expect(page2.body.items.map((x: { username: string; waived: boolean; orgUnitName: string }) => [x.username, x.waived, x.orgUnitName])).toEqual([['bulk_c', false, '测试县支局'], ['bulk_new', true, '测试县支局']]);
    const running = await h.call('GET', `/api/exam-sessions/${s.id}/candidates?attemptStatus=in_progress`, { token: officer });
    expect(names(running.body.items)).toEqual(['bulk_a']);
    const notStarted = await h.call('GET', `/api/exam-sessions/${s.id}/candidates?attemptStatus=not_started&q=${encodeURIComponent('郑')}`, { token: officer });
    expect(names(notStarted.body.items)).toEqual(['bulk_c']);
    expect((await h.call('GET', `/api/exam-sessions/${s.id}/candidates`, { token })).status).toBe(403);
    expect((await h.call('GET', `/api/exam-sessions/${s.id}/candidates?pageSize=500`, { token: officer })).status).toBe(400);
  });

  it('records focus losses for the attempt’s own candidate only, de-duplicated, while the attempt runs', async () => {
    const s = await newSession();
    await h.call('POST', `/api/exam-sessions/${s.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch } });
    const [ta, tb] = [await h.login('bulk_a'), await h.login('bulk_b')];
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: ta })).body;
    const first = await h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token: ta, body: { kind: 'blur' } });
    expect([first.status, first.body]).toEqual([200, { recorded: true, count: 1 }]);
    // A burst (blur + hidden together, or a client in a loop) is stored once per 5-second bucket.
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token: ta, body: { kind: i % 2 ? 'blur' : 'hidden' } })));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM focus_event WHERE attempt_id = $1`, [attempt.id]);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
    expect(1 + burst.filter((r) => r.body.recorded).length).toBe(n);
    expect((await h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token: tb, body: { kind: 'blur' } })).status).toBe(404);
    expect((await h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token: officer, body: { kind: 'blur' } })).status).toBe(403);
    expect((await h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token: ta, body: { kind: 'copy' } })).status).toBe(400);
    expect((await h.call('POST', `/api/attempts/${attempt.id}/submit`, { token: ta })).status).toBe(202);
    const late = await h.call('POST', `/api/attempts/${attempt.id}/focus-events`, { token: ta, body: { kind: 'blur' } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    const list = await h.call('GET', `/api/exam-sessions/${s.id}/candidates?q=bulk_a`, { token: officer });
    expect(list.body.items[0]).toMatchObject({ focusLosses: n, attemptStatus: expect.stringMatching(/submitted|grading|marking|graded/), secondsLeft: null });
  });

  describe('retake policy', () => {
    let failedAt: Date;
    beforeAll(async () => {
      // bulk_b sat a 四级 session and failed; the result was published a month ago.
      const past = await newSession();
      await h.call('POST', `/api/exam-sessions/${past.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_b } });
      const tb = await h.login('bulk_b');
      const attempt = (await h.call('POST', `/api/exam-sessions/${past.id}/attempts`, { token: tb })).body;
      await h.call('POST', `/api/attempts/${attempt.id}/submit`, { token: tb });
      failedAt = new Date(Date.now() - 40 * 86400e3);
      await h.db.ds.query(`UPDATE attempt SET passed = false, score = 41 WHERE id = $1`, [attempt.id]);
      await h.db.ds.query(`UPDATE exam_session SET published_at = $2 WHERE id = $1`, [past.id, failedAt]);
    });

    it('stores the policy with the session: the setting’s interval by default, or the session’s own', async () => {
      const s = await newSession();
      expect([s.retakeAllowed, s.retakeIntervalMonths]).toEqual([true, 3]);
      const own = await newSession({ retakeAllowed: false, retakeIntervalMonths: 6 });
      expect([own.retakeAllowed, own.retakeIntervalMonths]).toEqual([false, 6]);
      expect((await h.call('GET', `/api/exam-sessions/${own.id}`, { token: officer })).body).toMatchObject({ retakeAllowed: false, retakeIntervalMonths: 6 });
      const bad = await h.call('POST', '/api/exam-sessions', { token: officer, body: { blueprintId: bp1, title: 'x', opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 3600e3).toISOString(), formMode: 'per_candidate', retakeIntervalMonths: 99 } });
      expect(bad.status).toBe(400);
    });

    it('refuses a retake inside the session’s interval with its numbers, admits it after a shorter one', async () => {
      const strict = await newSession();
      const refused = await h.call('POST', `/api/exam-sessions/${strict.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_b } });
      expect([refused.status, refused.body.error.code]).toEqual([422, 'NOT_ELIGIBLE']);
      expect(refused.body.error.details.reasons).toEqual([expect.objectContaining({ code: 'RETAKE_INTERVAL', required: 3, actual: 1 })]);
      const lenient = await newSession({ retakeIntervalMonths: 1 });
      expect((await h.call('POST', `/api/exam-sessions/${lenient.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_b } })).status).toBe(201);
    });

    it('refuses anyone who failed before when the session allows no retake, in bulk too', async () => {
      const none = await newSession({ retakeAllowed: false, retakeIntervalMonths: 0 });
      const one = await h.call('POST', `/api/exam-sessions/${none.id}/registrations`, { token: officer, body: { candidateId: ids.bulk_b } });
      expect(one.body.error.details.reasons.map((r: { code: string }) => r.code)).toEqual(['RETAKE_NOT_ALLOWED']);
      expect(one.body.error.details.reasons[0].actual).toContain(failedAt.toISOString().slice(0, 10));
      const bulk = await h.call('POST', `/api/exam-sessions/${none.id}/registrations/by-org-unit`, { token: officer, body: { orgUnitId: branch, includeSubUnits: false } });
      expect(names(bulk.body.enrolled)).toEqual(['bulk_a']);
      expect(bulk.body.refused).toEqual([expect.objectContaining({ username: 'bulk_b', code: 'NOT_ELIGIBLE', reasons: [expect.objectContaining({ code: 'RETAKE_NOT_ALLOWED' })] })]);
    });
  });
});
