import { startApiHarness, type ApiHarness } from '../../test/api-harness';
import { publishedExam, rateAll, waitJob } from '../../test/level-fixtures';

describe('level decisions: recommendation, separation of duties, certificates, appeals, batch, policy (HTTP + worker)', () => {
  let h: ApiHarness;
  let t: Record<string, string>;
  let ids: Record<string, string>;
  let vip: string;
  let gov: string;
  const as = (who: string) => ({ token: t[who] });

  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    const names = ['officer1', 'officer2', 'supervisor1', 'peer1', 'peer2', 'candidate1', 'candidate2', 'candidate3', 'admin'];
    t = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await h.login(n)] as const)));
    const users = (await h.call('GET', '/api/users?pageSize=100', as('officer1'))).body.items as { id: string; username: string }[];
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    const tracks = (await h.call('GET', '/api/tracks', as('officer1'))).body as { id: string; code: string }[];
    vip = tracks.find((x) => x.code === 'vip-service-manager')!.id;
    gov = tracks.find((x) => x.code === 'gov-enterprise-sales-manager')!.id;
  });
  afterAll(async () => {
    await h.close();
  });

  const campaign = async (candidate: string, trackId: string, targetLevel: number, raters: [string, string][]) => {
    const r = await h.call('POST', '/api/rating-campaigns', { ...as('officer1'), body: { candidateId: ids[candidate], trackId, targetLevel, raters: raters.map(([u, relation]) => ({ raterId: ids[u], relation })), dueAt: new Date(Date.now() + 7 * 86400e3).toISOString() } });
    expect(r.status).toBe(201);
    return r.body as { id: string; ratings: { id: string; raterId: string; relation: string; status: string }[]; model: { version: number } };
  };
  const ratingOf = (c: { ratings: { id: string; raterId: string }[] }, user: string) => c.ratings.find((r) => r.raterId === ids[user])!.id;
  const audit = async (entityType: string, entityId: string) =>
    ((await h.call('GET', `/api/audit-events?entityType=${entityType}&entityId=${entityId}`, as('officer1'))).body.items as { action: string; actorId: string; data: Record<string, unknown> }[]);

  it('supervisor and peer rate, officer1 requests, officer1 cannot approve, officer2 approves, the certificate verifies and can be revoked', async () => {
    await publishedExam(h.db.ds, { candidateIds: [ids.candidate1!], trackId: vip, level: 1, score: 82.5 });
    const c = await campaign('candidate1', vip, 1, [['supervisor1', 'supervisor'], ['peer1', 'peer'], ['peer2', 'peer'], ['candidate1', 'self']]);
    expect(c.ratings.map((r) => [r.relation, r.status]).sort()).toEqual([['peer', 'pending'], ['peer', 'pending'], ['self', 'pending'], ['supervisor', 'pending']]);
    const todo = await h.call('GET', '/api/ratings?mine=1', as('supervisor1'));
    expect(todo.body.items.map((r: { id: string }) => r.id)).toContain(ratingOf(c, 'supervisor1'));
    await rateAll(h, t.supervisor1!, ratingOf(c, 'supervisor1'), 2);
    await rateAll(h, t.peer1!, ratingOf(c, 'peer1'), 1);

    const req = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate1, trackId: vip, targetLevel: 1 } });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'pending_approval', requestedBy: ids.officer1, recommendation: { awarded: true, level: 1, examScore: 82.5, behaviouralIndex: 100 } });
    // (60·2 + 30·1) / 90 = 1.7 on every item, standard 1 → B = 100; C = 0.4·82.5 + 0.6·100 = 93
    expect(req.body.recommendation.composite).toBe(93);
    expect(req.body.recommendation.checks.map((x: { code: string; passed: boolean }) => [x.code, x.passed])).toEqual([
      ['EXAM_PUBLISHED', true], ['EXAM_PASS_MARK', true], ['RATINGS_SUBMITTED', true], ['COMPOSITE_MIN', true], ['NO_ITEM_FAR_BELOW_STANDARD', true], ['SHARE_AT_STANDARD', true],
    ]);
    expect(req.body.recommendation.checks.find((x: { code: string }) => x.code === 'RATINGS_SUBMITTED')).toMatchObject({ actual: 2, detail: expect.stringContaining('2/4') });
    expect(req.body.inputs).toMatchObject({ modelVersion: 1, policyVersion: 1, campaignId: c.id });
    const dup = await h.call('POST', '/api/level-decisions', { ...as('officer2'), body: { candidateId: ids.candidate1, trackId: vip, targetLevel: 1 } });
    expect([dup.status, dup.body.error.details.decisionId]).toEqual([409, req.body.id]);

    const self = await h.call('POST', `/api/level-decisions/${req.body.id}/approve`, { ...as('officer1'), body: {} });
    expect([self.status, self.body.error.code]).toEqual([403, 'DECISION_SEPARATION_OF_DUTIES']);
    expect((await h.call('POST', `/api/level-decisions/${req.body.id}/reject`, { ...as('officer1'), body: { reason: 'x' } })).status).toBe(403);
    expect((await h.call('POST', `/api/level-decisions/${req.body.id}/approve`, { ...as('candidate1'), body: {} })).status).toBe(403);
    expect((await h.call('GET', `/api/level-decisions/${req.body.id}`, as('officer1'))).body.status).toBe('pending_approval');

    const ok = await h.call('POST', `/api/level-decisions/${req.body.id}/approve`, { ...as('officer2'), body: { comment: '材料齐全' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', decidedBy: ids.officer2, certificate: { code: expect.stringMatching(/^CM-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}$/), revokedAt: null } });
    const code = ok.body.certificate.code as string;
    expect((await h.call('POST', `/api/level-decisions/${req.body.id}/approve`, { ...as('officer2'), body: {} })).status).toBe(409);

    const levels = await h.call('GET', `/api/candidates/${ids.candidate1}/levels`, as('candidate1'));
    expect(levels.body).toEqual(expect.arrayContaining([expect.objectContaining({ trackId: vip, level: 1, decisionId: req.body.id, effectiveAt: ok.body.effectiveAt })]));
    const verify = await h.call('GET', `/api/certificates/${code}/verify`);
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ valid: true, holderName: '张*明', trackName: 'VIP客户服务经理', level: 1 });
    expect(verify.body.revokedAt).toBeUndefined();
    expect((await h.call('GET', `/api/certificates/${code.toLowerCase()}/verify`)).status).toBe(200);
    expect((await h.call('GET', '/api/certificates/CM-2026-00000-00000/verify')).body.error.code).toBe('NOT_FOUND');

    const mine = await h.call('GET', `/api/candidates/${ids.candidate1}/certificates`, as('candidate1'));
    expect(mine.body.items[0]).toMatchObject({ code, holderName: '张晓明', verifyUrl: `${h.baseUrl}/verify/${code}` });
    expect((await h.call('GET', `/api/candidates/${ids.candidate1}/certificates`, as('candidate2'))).status).toBe(404);
    const pdf = await fetch(`${h.baseUrl}/api/certificates/${code}/pdf`, { headers: { authorization: `Bearer ${t.candidate1}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(`${h.baseUrl}/api/certificates/${code}/pdf`, { headers: { authorization: `Bearer ${t.candidate2}` } })).status).toBe(404);

    expect((await h.call('POST', `/api/certificates/${code}/revoke`, { ...as('officer1'), body: {} })).status).toBe(400);
    const rev = await h.call('POST', `/api/certificates/${code}/revoke`, { ...as('officer1'), body: { reason: '发现考试作弊,撤销证书' } });
    expect(rev.status).toBe(200);
    const after = await h.call('GET', `/api/certificates/${code}/verify`);
    expect(after.body).toMatchObject({ valid: false, revokedAt: expect.any(String) });
    const history = await h.call('GET', `/api/candidates/${ids.candidate1}/levels`, as('officer2'));
    expect(history.body.find((l: { decisionId: string }) => l.decisionId === req.body.id)).toMatchObject({ level: 1, revokedAt: after.body.revokedAt });
    expect((await h.call('POST', `/api/certificates/${code}/revoke`, { ...as('officer2'), body: { reason: 'again' } })).status).toBe(409);

    expect((await audit('level_decision', req.body.id)).map((a) => a.action).sort()).toEqual(['level_decision.approved', 'level_decision.requested']);
    expect((await audit('certificate', code)).map((a) => [a.action, a.actorId]).sort()).toEqual([['certificate.issued', ids.officer2], ['certificate.revoked', ids.officer1]]);
    expect((await audit('rating', ratingOf(c, 'supervisor1'))).map((a) => a.action)).toEqual(['rating.submitted']);
    // The log itself refuses rewriting history.
    await expect(h.db.ds.query(`UPDATE audit_event SET action = 'x' WHERE entity_id = $1`, [req.body.id])).rejects.toThrow(/append-only/);
    await expect(h.db.ds.query(`DELETE FROM audit_event WHERE entity_id = $1`, [req.body.id])).rejects.toThrow(/append-only/);
  });

  it('records a refusal with every failed check, and approving it needs an override reason', async () => {
    const req = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate2, trackId: vip, targetLevel: 1 } });
    expect(req.status).toBe(201);
    expect(req.body.recommendation).toMatchObject({ awarded: false, examScore: null, behaviouralIndex: null, composite: null });
    expect(req.body.recommendation.checks.every((x: { passed: boolean }) => !x.passed)).toBe(true);
    const refused = await h.call('POST', `/api/level-decisions/${req.body.id}/approve`, { ...as('officer2'), body: { comment: '同意' } });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'DECISION_NOT_AWARDED']);
    expect(refused.body.error.details.failedChecks).toContain('EXAM_PUBLISHED');
    expect((await h.call('GET', `/api/level-decisions/${req.body.id}`, as('officer2'))).body.status).toBe('pending_approval');
    const over = await h.call('POST', `/api/level-decisions/${req.body.id}/approve`, { ...as('officer2'), body: { overrideReason: '省公司特批:外部认证等效' } });
    expect(over.status).toBe(200);
    expect(over.body).toMatchObject({ status: 'approved', overrideReason: '省公司特批:外部认证等效' });
    const log = await audit('level_decision', req.body.id);
    expect(log.find((a) => a.action === 'level_decision.overridden')).toMatchObject({ actorId: ids.officer2, data: { overrideReason: '省公司特批:外部认证等效' } });
    // The candidate's own view omits internal notes; another candidate sees nothing.
    const own = await h.call('GET', `/api/level-decisions/${req.body.id}`, as('candidate2'));
    expect(own.status).toBe(200);
    expect(own.body.overrideReason).toBeUndefined();
    expect((await h.call('GET', `/api/level-decisions/${req.body.id}`, as('candidate1'))).status).toBe(404);
    expect((await h.call('GET', '/api/level-decisions', as('candidate1'))).body.items.every((d: { candidateId: string }) => d.candidateId === ids.candidate1)).toBe(true);
  });

  it('lets the candidate appeal a rejection within 30 days, decided by an officer not involved before', async () => {
    const officer3 = await h.call('POST', '/api/users', { token: t.admin, body: { username: 'officer3', password: 'Officer3-Pass-2026', displayName: '郑复核', roles: ['officer'] } });
    expect(officer3.status).toBe(201);
    const t3 = await h.login('officer3', 'Officer3-Pass-2026');
    const req = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate3, trackId: vip, targetLevel: 2 } });
    const rej = await h.call('POST', `/api/level-decisions/${req.body.id}/reject`, { ...as('officer2'), body: { reason: '缺少上级评价' } });
    expect(rej.body).toMatchObject({ status: 'rejected', rejectReason: '缺少上级评价', appealDeadline: expect.any(String) });
    expect((await h.call('POST', `/api/level-decisions/${req.body.id}/appeals`, { ...as('candidate1'), body: { text: '代为申诉' } })).status).toBe(404);
    const appeal = await h.call('POST', `/api/level-decisions/${req.body.id}/appeals`, { ...as('candidate3'), body: { text: '上级评价已于上周提交,请复核' } });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ status: 'open', decisionId: req.body.id });
    expect((await h.call('POST', `/api/level-decisions/${req.body.id}/appeals`, { ...as('candidate3'), body: { text: '再次申诉' } })).status).toBe(409);
    for (const who of ['officer1', 'officer2']) {
      const r = await h.call('POST', `/api/appeals/${appeal.body.id}/decide`, { ...as(who), body: { outcome: 'granted', reason: '复核通过' } });
      expect([who, r.status, r.body.error.code]).toEqual([who, 403, 'DECISION_SEPARATION_OF_DUTIES']);
    }
    expect((await h.call('GET', '/api/appeals?status=open', as('officer1'))).body.items.map((a: { id: string }) => a.id)).toContain(appeal.body.id);
    const granted = await h.call('POST', `/api/appeals/${appeal.body.id}/decide`, { token: t3, body: { outcome: 'granted', reason: '上级评价材料补充完整' } });
    expect(granted.body).toMatchObject({ status: 'granted', decidedBy: officer3.body.id });
    const d = await h.call('GET', `/api/level-decisions/${req.body.id}`, as('candidate3'));
    expect(d.body).toMatchObject({ status: 'approved', certificate: { code: expect.any(String) }, appeal: { status: 'granted' } });
    expect((await audit('appeal', appeal.body.id)).map((a) => a.action).sort()).toEqual(['appeal.filed', 'appeal.granted']);

    // A rejection older than the window cannot be appealed.
    const late = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate1, trackId: vip, targetLevel: 2 } });
    await h.call('POST', `/api/level-decisions/${late.body.id}/reject`, { ...as('officer2'), body: { reason: '考试未通过' } });
    await h.db.ds.query(`UPDATE level_decision SET decided_at = now() - interval '31 days' WHERE id = $1`, [late.body.id]);
    const closed = await h.call('POST', `/api/level-decisions/${late.body.id}/appeals`, { ...as('candidate1'), body: { text: '请复核' } });
    expect([closed.status, closed.body.error.code, closed.body.error.details.windowDays]).toEqual([422, 'APPEAL_WINDOW_CLOSED', 30]);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM appeal WHERE decision_id = $1`, [late.body.id]);
    expect(n).toBe(0);
  });

  it('recommends a whole published session as a job with progress, and reruns skip what exists', async () => {
    const people = ['candidate1', 'candidate2', 'candidate3'].map((u) => ids[u]!);
    const { sessionId } = await publishedExam(h.db.ds, { candidateIds: people, trackId: gov, level: 1, score: (c) => (c === ids.candidate2 ? 55 : 88) });
    const c = await campaign('candidate1', gov, 1, [['supervisor1', 'supervisor'], ['peer2', 'peer']]);
    await rateAll(h, t.supervisor1!, ratingOf(c, 'supervisor1'), 1);
    const started = await h.call('POST', '/api/level-decisions/batch', { ...as('officer1'), body: { sessionId } });
    expect(started.status).toBe(202);
    const job = await waitJob(h, t.officer1!, started.body.jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 100, result: { candidates: 3, requested: 3, recommended: 1, refused: 2 } });
    const list = await h.call('GET', `/api/level-decisions?batchJobId=${started.body.jobId}&pageSize=10`, as('officer2'));
    expect(list.body.total).toBe(3);
    const byCandidate = Object.fromEntries(list.body.items.map((d: { candidateId: string; recommendation: { awarded: boolean } }) => [d.candidateId, d.recommendation.awarded]));
    expect(byCandidate).toEqual({ [ids.candidate1!]: true, [ids.candidate2!]: false, [ids.candidate3!]: false });
    expect((await h.call('GET', `/api/level-decisions?sessionId=${sessionId}&recommended=1`, as('officer2'))).body.total).toBe(1);
    const again = await waitJob(h, t.officer1!, (await h.call('POST', '/api/level-decisions/batch', { ...as('officer1'), body: { sessionId } })).body.jobId);
    expect(again.result).toMatchObject({ requested: 0, skipped: { pendingExists: 3 } });

    const unpublished = await publishedExam(h.db.ds, { candidateIds: [ids.candidate1!], trackId: gov, level: 2, score: 70, published: false });
    expect((await h.call('POST', '/api/level-decisions/batch', { ...as('officer1'), body: { sessionId: unpublished.sessionId } })).status).toBe(409);
    expect((await h.call('POST', '/api/level-decisions/batch', { ...as('candidate1'), body: { sessionId } })).status).toBe(403);
  });

  it('versions the decision policy; a decision keeps the version it was computed with', async () => {
    const v1 = await h.call('GET', '/api/decision-policy', as('officer1'));
    expect(v1.body).toMatchObject({ version: 1, provenance: 'default', value: { raterWeights: { supervisor: 60, peer: 30, self: 10 }, compositeMin: 70, examPassMark: 60, appealWindowDays: 30 } });
    expect((await h.call('GET', '/api/decision-policy', as('candidate1'))).status).toBe(403);
    const bad = await h.call('PUT', '/api/decision-policy', { ...as('officer1'), body: { value: { ...v1.body.value, examWeight: 50 }, reason: '调整' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].path).toBe('value.examWeight');
    const before = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate2, trackId: gov, targetLevel: 2 } });
    const v2 = await h.call('PUT', '/api/decision-policy', { ...as('officer1'), body: { value: { ...v1.body.value, compositeMin: 90 }, reason: '2027 年起提高综合分要求' } });
    expect(v2.body).toMatchObject({ version: 2, provenance: 'organisation', createdBy: ids.officer1 });
    const after = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate3, trackId: gov, targetLevel: 2 } });
    expect(after.body.inputs.policyVersion).toBe(2);
    expect(after.body.recommendation.checks.find((x: { code: string }) => x.code === 'COMPOSITE_MIN').required).toBe(90);
    expect((await h.call('GET', `/api/level-decisions/${before.body.id}`, as('officer1'))).body.inputs.policyVersion).toBe(1);
    expect((await h.call('GET', '/api/decision-policy/versions', as('admin'))).body.items.map((p: { version: number }) => p.version)).toEqual([1, 2]);
    expect((await audit('decision_policy', v2.body.id))[0]).toMatchObject({ action: 'decision_policy.changed', data: { from: 1, to: 2 } });
  });
  it('describes every route of ratings, decisions and certificates in the OpenAPI document', async () => {
    const doc = (await h.call('GET', '/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/rating-campaigns', '/api/ratings', '/api/ratings/{id}', '/api/ratings/{id}/submit', '/api/candidates/{id}/competency-profile',
      '/api/competency-models/{id}/versions', '/api/level-decisions', '/api/level-decisions/batch', '/api/level-decisions/{id}/approve',
      '/api/level-decisions/{id}/reject', '/api/level-decisions/{id}/appeals', '/api/appeals/{id}/decide', '/api/decision-policy',
      '/api/certificates/{code}/verify', '/api/certificates/{code}/revoke', '/api/certificates/{code}/pdf', '/api/candidates/{id}/certificates',
    ]));
    const approve = doc.paths['/api/level-decisions/{id}/approve'].post;
    expect(Object.keys(approve.requestBody.content['application/json'].schema.properties)).toEqual(['comment', 'overrideReason', 'effectiveAt']);
    expect(doc.paths['/api/ratings'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['mine', 'overdue', 'page', 'pageSize']));
  });
});
