import { startApiHarness, type ApiHarness } from '../../test/api-harness';

async function waitJob(h: ApiHarness, token: string, jobId: string) {
  for (let i = 0; i < 400; i++) {
    const r = await h.call('GET', `/api/jobs/${jobId}`, { token });
    if (r.body.state === 'completed' || r.body.state === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('job did not finish');
}

describe('exam sessions: scheduling, eligibility, registration, papers ahead of the window (HTTP + worker)', () => {
  let h: ApiHarness;
  let officer: string;
  let c1: string;
  let c3: string;
  let ids: Record<string, string>;
  let vip: string;
  let bp: Record<number, string>;
  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    [officer, c1, c3] = await Promise.all([h.login('officer1'), h.login('candidate1'), h.login('candidate3')]);
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    const bps = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active`, { token: officer })).body.items as { id: string; level: number }[];
    bp = Object.fromEntries(bps.map((b) => [b.level, b.id]));
  });
  afterAll(async () => {
    await h.close();
  });

  const session = (level: number, over: Record<string, unknown> = {}) => ({
    blueprintId: bp[level],
    title: `2026 年第四季度 VIP 客户服务经理${['四', '三', '二', '一'][level - 1]}级认证`,
    opensAt: new Date(Date.now() - 3600e3).toISOString(),
    closesAt: new Date(Date.now() + 86400e3).toISOString(),
    formMode: 'per_candidate',
    ...over,
  });

  it('schedules a session on an active blueprint and refuses a bad window', async () => {
    const r = await h.call('POST', '/api/exam-sessions', { token: officer, body: session(1) });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ level: 1, trackId: vip, durationMinutes: 100, graceSeconds: 30, formMode: 'per_candidate' });
    const bad = await h.call('POST', '/api/exam-sessions', { token: officer, body: session(1, { closesAt: new Date(Date.now() - 7200e3).toISOString() }) });
    expect(bad.status).toBe(400);
    expect((await h.call('POST', '/api/exam-sessions', { token: c1, body: session(1) })).status).toBe(403);
  });

  it('lets a candidate register themself when eligible, never for someone else, and once only', async () => {
    const s = (await h.call('POST', '/api/exam-sessions', { token: officer, body: session(1) })).body;
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c1, body: { candidateId: ids.candidate2 } })).status).toBe(403);
    const reg = await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c1, body: { candidateId: ids.candidate1 } });
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({ status: 'registered', eligibility: { eligible: true, reasons: [] } });
    const again = await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c1, body: { candidateId: ids.candidate1 } });
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_REGISTERED']);
    const mine = await h.call('GET', '/api/exam-sessions', { token: c1 });
    expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([s.id]);
    expect(mine.body.items[0]).toMatchObject({ registration: { status: 'registered' }, attemptId: null });
    expect(mine.body.items[0].counts).toBeUndefined();
    expect((await h.call('GET', `/api/exam-sessions/${s.id}`, { token: c3 })).status).toBe(404);
    const officerView = await h.call('GET', `/api/exam-sessions/${s.id}`, { token: officer });
    expect(officerView.body.counts).toMatchObject({ registered: 1, started: 0 });
  });

  it('refuses an ineligible candidate with every reason and its numbers; an officer may waive with a reason', async () => {
    const s = (await h.call('POST', '/api/exam-sessions', { token: officer, body: session(2) })).body;
    const refused = await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c1, body: { candidateId: ids.candidate1 } });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'NOT_ELIGIBLE']);
    expect(refused.body.error.details.reasons.map((r: { code: string }) => r.code).sort()).toEqual(['PREVIOUS_CERTIFICATE_MISSING', 'TRAINING_HOURS_SHORT']);
    expect(refused.body.error.details.reasons.find((r: { code: string }) => r.code === 'TRAINING_HOURS_SHORT')).toMatchObject({ required: 24, actual: 0 });
    // candidate3 holds 四级 from 14 months ago and 24 hours of level-2 training.
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c3, body: { candidateId: ids.candidate3 } })).status).toBe(201);
    const waived = await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids.candidate1, waiverReason: '省公司特批:业务骨干破格报考' } });
    expect(waived.status).toBe(201);
    expect(waived.body.waiverReason).toBe('省公司特批:业务骨干破格报考');
    const audit = await h.call('GET', `/api/audit-events?entityType=registration&entityId=${waived.body.id}`, { token: officer });
    expect(audit.body.items[0]).toMatchObject({ action: 'registration.waived' });
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c1, body: { candidateId: ids.candidate1, waiverReason: 'x' } })).status).toBe(403);
  });

  it('a revoked certificate no longer counts as the previous level', async () => {
    const s = (await h.call('POST', '/api/exam-sessions', { token: officer, body: session(2) })).body;
    const [held] = await h.db.ds.query(`SELECT id FROM candidate_level WHERE candidate_id = $1 AND level = 1 AND track_id = $2`, [ids.candidate3, vip]);
    await h.db.ds.query(`UPDATE candidate_level SET revoked_at = now() WHERE id = $1`, [held.id]);
    try {
      const refused = await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: c3, body: { candidateId: ids.candidate3 } });
      expect([refused.status, refused.body.error.code]).toEqual([422, 'NOT_ELIGIBLE']);
      expect(refused.body.error.details.reasons.map((r: { code: string }) => r.code)).toContain('PREVIOUS_CERTIFICATE_MISSING');
    } finally {
      await h.db.ds.query(`UPDATE candidate_level SET revoked_at = NULL WHERE id = $1`, [held.id]);
    }
  });

  it('records training hours that feed eligibility', async () => {
    const trainer = await h.login('trainer1');
    const before = await h.call('GET', `/api/candidates/${ids.candidate2}/training-records`, { token: trainer });
    const rec = await h.call('POST', '/api/training-records', { token: trainer, body: { candidateId: ids.candidate2, trackId: vip, level: 2, hours: 24, title: '三级岗位技能培训', completedAt: '2026-10-10' } });
    expect(rec.status).toBe(201);
    const after = await h.call('GET', `/api/candidates/${ids.candidate2}/training-records`, { token: trainer });
    expect(after.body.total).toBe(before.body.total + 1);
    expect(after.body.totals).toEqual(expect.arrayContaining([{ trackId: vip, level: 2, hours: 24, required: 24 }]));
    const c2 = await h.login('candidate2');
    expect((await h.call('GET', `/api/candidates/${ids.candidate1}/training-records`, { token: c2 })).status).toBe(404);
    expect((await h.call('POST', '/api/training-records', { token: c2, body: { candidateId: ids.candidate2, trackId: vip, level: 1, hours: 5, title: 'x', completedAt: '2026-10-10' } })).status).toBe(403);
  });

  it('assembles every registered candidate’s paper ahead of the window, checked and reproducible', async () => {
    const s = (await h.call('POST', '/api/exam-sessions', { token: officer, body: session(1, { exposureCapPercent: 100 }) })).body;
    for (const u of ['candidate1', 'candidate2', 'candidate3']) {
      expect((await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids[u] } })).status).toBe(201);
    }
    const job = await h.call('POST', `/api/exam-sessions/${s.id}/forms`, { token: officer });
    expect(job.status).toBe(202);
    const done = await waitJob(h, officer, job.body.jobId);
    expect(done).toMatchObject({ state: 'completed', result: { assembled: 3 } });
    const forms = await h.db.ds.query(`SELECT candidate_id, seed, items FROM exam_form WHERE session_id = $1`, [s.id]);
    expect(forms).toHaveLength(3);
    for (const f of forms) {
      expect(f.items).toHaveLength(47);
      expect(f.items.reduce((sum: number, i: { points: number }) => sum + i.points, 0)).toBe(100);
      expect(new Set(f.items.map((i: { questionId: string }) => i.questionId)).size).toBe(47);
    }
    // Running it again assembles nothing new.
    const again = await waitJob(h, officer, (await h.call('POST', `/api/exam-sessions/${s.id}/forms`, { token: officer })).body.jobId);
    expect(again.result).toMatchObject({ assembled: 0, existing: 3 });
    const [{ used }] = await h.db.ds.query(`SELECT count(*)::int AS used FROM item_statistic WHERE times_used > 0`);
    expect(used).toBeGreaterThan(47);
  });

  it('assembles fixed parallel forms A and B', async () => {
    const s = (await h.call('POST', '/api/exam-sessions', { token: officer, body: session(1, { formMode: 'fixed', parallelForms: 2 }) })).body;
    const done = await waitJob(h, officer, (await h.call('POST', `/api/exam-sessions/${s.id}/forms`, { token: officer })).body.jobId);
    expect(done.state).toBe('completed');
    const forms = await h.db.ds.query(`SELECT label, items FROM exam_form WHERE session_id = $1 ORDER BY label`, [s.id]);
    expect(forms.map((f: { label: string }) => f.label)).toEqual(['A', 'B']);
  });

  it('grants extra time with a reason, to registered candidates only', async () => {
    const s = (await h.call('POST', '/api/exam-sessions', { token: officer, body: session(1) })).body;
    await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids.candidate1 } });
    const r = await h.call('POST', `/api/exam-sessions/${s.id}/extra-time`, { token: officer, body: { candidateId: ids.candidate1, minutes: 15, reason: '视力障碍,申请延时' } });
    expect(r.body).toMatchObject({ minutes: 15, totalMinutes: 15 });
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/extra-time`, { token: officer, body: { candidateId: ids.candidate2, minutes: 15, reason: 'x' } })).status).toBe(400);
  });
});
