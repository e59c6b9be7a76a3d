import { startApiHarness, DEMO_PASSWORD, type ApiHarness } from '../../test/api-harness';

describe('training hours: courses with attendance and confirmed self-study feed eligibility; the class view (HTTP)', () => {
  let h: ApiHarness;
  let admin: string;
  let officer: string;
  let trainer: string;
  let trainer2: string;
  let gov: string;
  let newcomer: { id: string; token: string };
  let orgUnitId: string;
  beforeAll(async () => {
    h = await startApiHarness();
    [admin, officer, trainer, trainer2] = await Promise.all([h.login('admin'), h.login('officer1'), h.login('trainer1'), h.login('trainer2')]);
    gov = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'gov-enterprise-sales-manager').id;
    orgUnitId = (await h.call('GET', '/api/org-units', { token: officer })).body.items.find((o: { parentId: string | null }) => o.parentId === null).id;
    const created = await h.call('POST', '/api/users', {
      token: admin,
      body: { username: 'newcomer', password: DEMO_PASSWORD, displayName: '孙新人', roles: ['candidate'], orgUnitId, profile: { education: '本科' } },
    });
    expect(created.status).toBe(201);
    newcomer = { id: created.body.id, token: await h.login('newcomer') };
  });
  afterAll(async () => {
    await h.close();
  });

  const session = async () => {
    const [bp] = (await h.call('GET', `/api/blueprints?trackId=${gov}&level=1&status=active`, { token: officer })).body.items;
    const s = await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp.id, title: '政企客户销售经理四级认证(培训学时测试)', opensAt: new Date(Date.now() + 60_000).toISOString(), closesAt: new Date(Date.now() + 86400e3).toISOString(), formMode: 'per_candidate' },
    });
    return s.body.id as string;
  };
  const register = (sessionId: string) => h.call('POST', `/api/exam-sessions/${sessionId}/registrations`, { token: newcomer.token, body: { candidateId: newcomer.id } });
  const hoursShort = (r: { body: { error?: { details?: { reasons?: { code: string; actual?: number }[] } } } }) => r.body.error?.details?.reasons?.find((x) => x.code === 'TRAINING_HOURS_SHORT');

  it('counts a course for every attendee and only confirmed self-study; then the hours rule passes', async () => {
    const s1 = await session();
    const before = await register(s1);
    expect([before.status, hoursShort(before)]).toEqual([422, expect.objectContaining({ required: 30, actual: 0 })]);

    // a course with attendance: one training record per attendee, in one transaction
    const c1 = (await h.call('GET', '/api/users?q=candidate1', { token: officer })).body.items.find((u: { username: string }) => u.username === 'candidate1');
    const course = await h.call('POST', '/api/training/courses', {
      token: trainer,
      body: { trackId: gov, level: 1, title: '政企客户销售经理四级集中面授(第二期)', heldOn: new Date().toISOString().slice(0, 10), hours: 18, location: '广州培训中心', attendeeIds: [newcomer.id, c1.id] },
    });
    expect(course.status).toBe(201);
    expect(course.body).toMatchObject({ hours: 18, attendeeCount: 2 });
    expect(course.body.attendees.map((a: { username: string }) => a.username)).toEqual(['candidate1', 'newcomer']);
    // a bad attendee refuses the whole course
    const bad = await h.call('POST', '/api/training/courses', { token: trainer, body: { trackId: gov, level: 1, title: '不应保存', heldOn: '2026-01-05', hours: 6, attendeeIds: [newcomer.id, c1.id, (await h.call('GET', '/api/auth/me', { token: trainer })).body.id] } });
    expect([bad.status, bad.body.error.details.fields[0]]).toEqual([400, expect.objectContaining({ path: 'attendeeIds.2', code: 'NOT_A_CANDIDATE' })]);
    expect((await h.call('GET', '/api/training/courses', { token: trainer })).body.total).toBe(1);
    expect((await h.call('POST', '/api/training/courses', { token: newcomer.token, body: {} })).status).toBe(403);
    // trainers cannot list users: they find attendees here (an allow-list of fields)
    const found = await h.call('GET', '/api/training/candidates?q=newcomer', { token: trainer });
    expect(found.body).toEqual({ total: 1, items: [{ id: newcomer.id, username: 'newcomer', displayName: '孙新人', orgUnitName: expect.any(String) }] });
    expect((await h.call('GET', '/api/training/candidates', { token: newcomer.token })).status).toBe(403);
    const records = (await h.call('GET', `/api/candidates/${newcomer.id}/training-records`, { token: newcomer.token })).body;
    expect(records.items[0]).toMatchObject({ hours: 18, source: 'course', courseId: course.body.id });
    expect(records.totals).toEqual([{ trackId: gov, level: 1, hours: 18, required: 30 }]);

    // self-study: submitted by the candidate, pending hours do not count
    const claim = await h.call('POST', '/api/training/self-study', { token: newcomer.token, body: { trackId: gov, level: 1, hours: 12, title: '在线课程:政企客户需求分析', studiedOn: new Date().toISOString().slice(0, 10) } });
    expect(claim.status).toBe(201);
    expect(claim.body).toMatchObject({ status: 'pending', hours: 12, candidateName: '孙新人' });
    const s2 = await session();
    expect(hoursShort(await register(s2))).toMatchObject({ required: 30, actual: 18 });
    const centre = (await h.call('GET', `/api/training/learning-centre?trackId=${gov}&level=1`, { token: newcomer.token })).body;
    expect(centre.hours).toEqual({ completed: 18, pending: 12, required: 30 });
    // the candidate cannot confirm; a trainer does, once
    expect((await h.call('POST', `/api/training/self-study/${claim.body.id}/confirm`, { token: newcomer.token })).status).toBe(403);
    expect((await h.call('GET', '/api/training/self-study?status=pending', { token: trainer })).body.items.map((c: { id: string }) => c.id)).toEqual([claim.body.id]);
    const ok = await h.call('POST', `/api/training/self-study/${claim.body.id}/confirm`, { token: trainer2 });
    expect(ok.body).toMatchObject({ status: 'confirmed', decidedAt: expect.any(String) });
    const twice = await h.call('POST', `/api/training/self-study/${claim.body.id}/confirm`, { token: trainer });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'CONFLICT']);
    const audit = (await h.call('GET', `/api/audit-events?entityType=self_study_claim&entityId=${claim.body.id}`, { token: officer })).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['self_study.confirmed']);

    // 18 + 12 = 30 hours: the hours rule passes and the candidate registers
    const s3 = await session();
    const after = await register(s3);
    expect(after.status).toBe(201);
    expect(after.body.eligibility).toMatchObject({ eligible: true, reasons: [] });
  });

  it('lets a trainer reject a claim with a reason; a candidate sees only their own claims', async () => {
    const claim = (await h.call('POST', '/api/training/self-study', { token: newcomer.token, body: { trackId: gov, level: 2, hours: 4, title: '自学教材第一章', studiedOn: '2026-01-10' } })).body;
    const noReason = await h.call('POST', `/api/training/self-study/${claim.id}/reject`, { token: trainer, body: {} });
    expect(noReason.status).toBe(400);
    const rejected = await h.call('POST', `/api/training/self-study/${claim.id}/reject`, { token: trainer, body: { reason: '缺少学习记录截图' } });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '缺少学习记录截图' });
    const c2 = await h.login('candidate2');
    expect((await h.call('GET', '/api/training/self-study', { token: c2 })).body.total).toBe(0);
    expect((await h.call('GET', '/api/training/self-study', { token: newcomer.token })).body.total).toBe(2);
    const future = await h.call('POST', '/api/training/self-study', { token: newcomer.token, body: { trackId: gov, level: 1, hours: 2, title: '明天的课', studiedOn: '2999-01-01' } });
    expect([future.status, future.body.error.details.fields[0].code]).toEqual([400, 'IN_FUTURE']);
    const tooMany = await h.call('POST', '/api/training/self-study', { token: newcomer.token, body: { trackId: gov, level: 1, hours: 41, title: '通宵自学', studiedOn: '2026-01-10' } });
    expect(tooMany.status).toBe(400);
  });

  it("shows a class's progress per chapter and its most common wrong answers to trainers only", async () => {
    const [chapter] = await h.db.ds.query(`SELECT id FROM syllabus_node WHERE code = 'GOV-B.2' AND track_id = $1`, [gov]);
    const set = (await h.call('POST', '/api/training/practice-sets', { token: newcomer.token, body: { trackId: gov, level: 1, chapterId: chapter.id, size: 20 } })).body;
    const judge = set.items.find((i: { type: string }) => i.type === 'judge');
    const [version] = await h.db.ds.query(`SELECT v.answer FROM practice_set p, jsonb_array_elements(p.items) it JOIN question_version v ON v.id = (it->>'versionId')::uuid WHERE p.id = $1 AND it->>'id' = $2`, [set.id, judge.id]);
    await h.call('POST', `/api/training/practice-sets/${set.id}/items/${judge.id}/answers`, { token: newcomer.token, body: { response: !version.answer } });
    await h.call('POST', `/api/training/practice-sets/${set.id}/items/${judge.id}/answers`, { token: newcomer.token, body: { response: version.answer } });

    const r = await h.call('GET', `/api/training/class-progress?orgUnitId=${orgUnitId}&trackId=${gov}&level=1`, { token: trainer });
    expect(r.status).toBe(200);
    const me = r.body.candidates.find((c: { username: string }) => c.username === 'newcomer');
    expect(me).toMatchObject({ answered: 2, accuracy: 50, hours: 30, requiredHours: 30 });
    // the demo candidates under the province are in the class too
    expect(r.body.candidates.map((c: { username: string }) => c.username)).toEqual(expect.arrayContaining(['candidate1', 'candidate2', 'candidate3', 'newcomer']));
    const row = r.body.chapters.find((c: { chapterId: string }) => c.chapterId === chapter.id);
    expect(row).toMatchObject({ learners: 1, answered: 2, accuracy: 50, mastered: 0, weak: 0 });
    expect(r.body.commonMistakes[0]).toMatchObject({ chapterId: chapter.id, type: 'judge', wrong: 1, candidates: 1, answers: 2, errorRate: 50, topWrongResponse: !version.answer });
    expect((await h.call('GET', `/api/training/class-progress?orgUnitId=${orgUnitId}&trackId=${gov}`, { token: newcomer.token })).status).toBe(403);
    expect((await h.call('GET', `/api/training/class-progress?trackId=${gov}`, { token: trainer })).status).toBe(400);
  });
});
