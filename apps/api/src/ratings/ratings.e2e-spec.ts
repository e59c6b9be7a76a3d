import { startApiHarness, type ApiHarness } from '../../test/api-harness';
import { type FormItem, publishedExam, rateAll } from '../../test/level-fixtures';

describe('ratings: campaigns, the rating form, drafts and submission, profile, version pinning (HTTP)', () => {
  let h: ApiHarness;
  let t: Record<string, string>;
  let ids: Record<string, string>;
  let vip: string;
  let gov: string;
  const as = (who: string) => ({ token: t[who] });

  beforeAll(async () => {
    h = await startApiHarness();
    const names = ['officer1', 'officer2', 'supervisor1', 'peer1', 'peer2', 'candidate1', 'candidate2', 'candidate3'];
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

  const body = (candidate: string, trackId: string, targetLevel: number, raters: [string, string][], extra: Record<string, unknown> = {}) => ({
    candidateId: ids[candidate], trackId, targetLevel, raters: raters.map(([u, relation]) => ({ raterId: ids[u], relation })), ...extra,
  });
  const start = async (...args: Parameters<typeof body>) => {
    const r = await h.call('POST', '/api/rating-campaigns', { ...as('officer1'), body: body(...args) });
    expect(r.status).toBe(201);
    return r.body as { id: string; ratings: { id: string; raterId: string }[]; model: { id: string; version: number } };
  };
  const ratingOf = (c: { ratings: { id: string; raterId: string }[] }, user: string) => c.ratings.find((r) => r.raterId === ids[user])!.id;

  it('refuses a campaign without exactly one supervisor or with the candidate rating themself as a colleague', async () => {
    const two = await h.call('POST', '/api/rating-campaigns', { ...as('officer1'), body: body('candidate1', vip, 2, [['supervisor1', 'supervisor'], ['peer1', 'supervisor']]) });
    expect([two.status, two.body.error.details.fields[0].code]).toEqual([400, 'ONE_SUPERVISOR']);
    const none = await h.call('POST', '/api/rating-campaigns', { ...as('officer1'), body: body('candidate1', vip, 2, [['peer1', 'peer']]) });
    expect(none.body.error.details.fields[0].code).toBe('ONE_SUPERVISOR');
    const selfAsPeer = await h.call('POST', '/api/rating-campaigns', { ...as('officer1'), body: body('candidate1', vip, 2, [['supervisor1', 'supervisor'], ['candidate1', 'peer']]) });
    expect(selfAsPeer.body.error.details.fields.map((f: { code: string }) => f.code)).toEqual(['RATER_IS_CANDIDATE']);
    const otherAsSelf = await h.call('POST', '/api/rating-campaigns', { ...as('officer1'), body: body('candidate1', vip, 2, [['supervisor1', 'supervisor'], ['peer1', 'self']]) });
    expect(otherAsSelf.body.error.details.fields.map((f: { code: string }) => f.code)).toEqual(['SELF_NOT_CANDIDATE']);
    expect((await h.call('POST', '/api/rating-campaigns', { ...as('candidate1'), body: body('candidate2', vip, 1, [['supervisor1', 'supervisor']]) })).status).toBe(403);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM rating_campaign`);
    expect(n).toBe(0);
  });

  it('lets only the named rater write, checks reasons on save, and completeness and evidence on submit', async () => {
    const c = await start('candidate2', vip, 2, [['supervisor1', 'supervisor'], ['peer1', 'peer']]);
    const rid = ratingOf(c, 'supervisor1');
    const form = await h.call('GET', `/api/ratings/${rid}`, as('supervisor1'));
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ relation: 'supervisor', status: 'pending', candidateName: '李思远', targetLevel: 2, rules: { indicatorRule: { numerator: 2, denominator: 3 }, evidenceRequiredFromLevel: 3 } });
    const items = form.body.items as (FormItem & { name: string })[];
    expect(items).toHaveLength(14);
    const all = (level: number) => items.map((i) => ({ itemId: i.itemId, level }));

    // Strangers: 404; an officer who is not the rater: 403; nothing is written either way.
    expect((await h.call('PUT', `/api/ratings/${rid}`, { ...as('peer2'), body: { items: all(1) } })).status).toBe(404);
    expect((await h.call('PUT', `/api/ratings/${rid}`, { ...as('candidate2'), body: { items: 'junk' } })).status).toBe(404);
    expect((await h.call('POST', `/api/ratings/${rid}/submit`, as('peer1'))).status).toBe(404);
    expect((await h.call('PUT', `/api/ratings/${rid}`, { ...as('officer1'), body: { items: all(1) } })).status).toBe(403);
    expect((await h.call('GET', `/api/ratings/${rid}`, as('candidate2'))).status).toBe(404);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM rating_item WHERE rating_id = $1`, [rid]);
    expect(n).toBe(0);

    // 抗挫能力 has indicators at every level: observing 初级 and 中级 proposes 2; choosing 3 needs a reason.
    const resilience = items.find((i) => i.code === 'frustration_tolerance')!;
    const observed = resilience.levels.filter((l) => l.level <= 2).flatMap((l) => l.indicators.map((x) => x.id));
    const withObs = (extra: Record<string, unknown>) => [...all(2).filter((i) => i.itemId !== resilience.itemId), { itemId: resilience.itemId, level: 3, observedIndicatorIds: observed, evidence: '牵头处理重大投诉', ...extra }];
    const noReason = await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: withObs({}) } });
    expect([noReason.status, noReason.body.error.details.fields[0].code]).toEqual([400, 'REASON_REQUIRED']);
    expect(noReason.body.error.details.fields[0].message).toContain('建议为 2 级');
    const saved = await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: withObs({ reason: '近期表现超出指标描述' }) } });
    expect(saved.status).toBe(200);
    expect(saved.body.entries.find((e: { itemId: string }) => e.itemId === resilience.itemId)).toMatchObject({ level: 3, proposedLevel: 2, reason: '近期表现超出指标描述' });
    const unknown = await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: [{ itemId: ids.candidate1, level: 1 }] } });
    expect(unknown.body.error.details.fields[0].code).toBe('UNKNOWN_ITEM');

    // Submit: one item missing → 422 RATING_INCOMPLETE, then a level 3 without evidence → 422 RATING_EVIDENCE_REQUIRED.
    await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: all(2).slice(1) } });
    const incomplete = await h.call('POST', `/api/ratings/${rid}/submit`, as('supervisor1'));
    expect([incomplete.status, incomplete.body.error.code, incomplete.body.error.details.missingItemIds]).toEqual([422, 'RATING_INCOMPLETE', [items[0]!.itemId]]);
    await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: [...all(2).slice(1), { itemId: items[0]!.itemId, level: 3 }] } });
    const noEvidence = await h.call('POST', `/api/ratings/${rid}/submit`, as('supervisor1'));
    expect([noEvidence.status, noEvidence.body.error.code, noEvidence.body.error.details.itemIds]).toEqual([422, 'RATING_EVIDENCE_REQUIRED', [items[0]!.itemId]]);
    expect((await h.call('GET', `/api/ratings/${rid}`, as('supervisor1'))).body.status).toBe('draft');

    await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: [...all(2).slice(1), { itemId: items[0]!.itemId, level: 3, evidence: '带新人完成季度目标' }] } });
    const ok = await h.call('POST', `/api/ratings/${rid}/submit`, as('supervisor1'));
    expect(ok.body).toMatchObject({ status: 'submitted' });
    const late = await h.call('PUT', `/api/ratings/${rid}`, { ...as('supervisor1'), body: { items: all(1) } });
    expect([late.status, late.body.error.code]).toEqual([409, 'RATING_ALREADY_SUBMITTED']);
    expect((await h.call('POST', `/api/ratings/${rid}/submit`, as('supervisor1'))).status).toBe(409);
  });

  it('lists each rater’s to-dos and the officer’s overdue ratings', async () => {
    const c = await start('candidate3', vip, 2, [['supervisor1', 'supervisor'], ['peer2', 'peer']], { dueAt: new Date(Date.now() + 3600e3).toISOString() });
    await h.db.ds.query(`UPDATE rating_campaign SET due_at = now() - interval '1 day' WHERE id = $1`, [c.id]);
    const mine = await h.call('GET', '/api/ratings?mine=1', as('peer2'));
    expect(mine.body.items.find((r: { id: string }) => r.id === ratingOf(c, 'peer2'))).toMatchObject({ overdue: true, candidateName: '周雨桐', relation: 'peer', status: 'pending' });
    // A non-officer never sees others' ratings, whatever the query says.
    expect((await h.call('GET', `/api/ratings?raterId=${ids.supervisor1}`, as('peer2'))).body.items.every((r: { raterId: string }) => r.raterId === ids.peer2)).toBe(true);
    const overdue = await h.call('GET', '/api/ratings?overdue=1&pageSize=100', as('officer1'));
    expect(overdue.body.items.map((r: { id: string }) => r.id).sort()).toEqual(c.ratings.map((r) => r.id).sort());
    expect((await h.call('GET', '/api/rating-campaigns?overdue=1', as('officer1'))).body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const cancelled = await h.call('POST', `/api/rating-campaigns/${c.id}/cancel`, { ...as('officer1'), body: { reason: '考生调岗' } });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', overdue: false });
    expect((await h.call('PUT', `/api/ratings/${ratingOf(c, 'peer2')}`, { ...as('peer2'), body: { items: [] } })).status).toBe(409);
  });

  it('shows the profile to officers and to the candidate only, with gaps and the chapters behind knowledge items', async () => {
    await publishedExam(h.db.ds, { candidateIds: [ids.candidate1!], trackId: vip, level: 2, score: 75, knowledgeScore: 72 });
    const c = await start('candidate1', vip, 2, [['supervisor1', 'supervisor'], ['peer1', 'peer'], ['peer2', 'peer']]);
    await rateAll(h, t.supervisor1!, ratingOf(c, 'supervisor1'), (it) => (it.code === 'execution' ? 0 : 2));
    await rateAll(h, t.peer1!, ratingOf(c, 'peer1'), (it) => (it.code === 'execution' ? 3 : 2));
    await rateAll(h, t.peer2!, ratingOf(c, 'peer2'), 2);

    expect((await h.call('GET', `/api/candidates/${ids.candidate1}/competency-profile?trackId=${vip}&targetLevel=2`, as('candidate2'))).status).toBe(404);
    const own = await h.call('GET', `/api/candidates/${ids.candidate1}/competency-profile?trackId=${vip}&targetLevel=2`, as('candidate1'));
    expect(own.status).toBe(200);
    expect(own.body.items).toHaveLength(18);
    const execution = own.body.items.find((i: { code: string }) => i.code === 'execution');
    // supervisor 0, peers (3 + 2) / 2 = 2.5 → (60·0 + 30·2.5) / 90 = 0.8; standard 2
    expect(execution).toMatchObject({ rating: 0.8, standard: 2, gap: -1.2, belowStandard: true, farBelow: true, basis: 'ratings' });
    expect(execution.byRelation).toBeUndefined();
    // 13 items at 2 and one at 0.8: B = 100 × (26 + 0.8) / 28 = 95.7
    expect(own.body.behaviouralIndex).toBe(95.7);
    const knowledge = own.body.items.filter((i: { assessment: string }) => i.assessment === 'exam');
    expect(knowledge).toHaveLength(4);
    for (const k of knowledge) expect(k).toMatchObject({ rating: 2, standard: 2, basis: 'exam_passed', standardScore: 72 });
    expect(knowledge.every((k: { trainingChapters: unknown[] }) => k.trainingChapters.length > 0)).toBe(true);

    const officer = await h.call('GET', `/api/candidates/${ids.candidate1}/competency-profile?trackId=${vip}&targetLevel=2`, as('officer1'));
    expect(officer.body.items.find((i: { code: string }) => i.code === 'execution')).toMatchObject({ raters: 3, byRelation: { supervisor: 0, peer: 2.5, self: null }, disagreement: true });
    const detail = await h.call('GET', `/api/rating-campaigns/${c.id}`, as('officer1'));
    expect(detail.body.items.find((i: { code: string }) => i.code === 'execution')).toMatchObject({ rating: 0.8, disagreement: true, spread: 3 });
    expect(detail.body.progress).toEqual({ submitted: 3, total: 3 });
  });

  it('keeps the model version a campaign started with when officers publish a new version', async () => {
    const models = await h.call('GET', `/api/competency-models?trackId=${gov}&status=active`, as('candidate1'));
    const v1 = models.body.items[0];
    expect(v1.version).toBe(1);
    const pinned = await start('candidate2', gov, 1, [['supervisor1', 'supervisor']]);
    expect(pinned.model).toEqual({ id: v1.id, version: 1 });

    const edit = {
      reason: '2027 年度动态调整:执行能力要求提高,补充成就导向高级指标',
      standards: [{ positionLevel: 1, itemCode: 'execution', standardLevel: 2 }],
      items: [{ code: 'achievement_orientation', levels: [{ level: 3, summary: '设定挑战性目标并带动团队达成', indicators: [{ text: '主动设定高于组织要求的目标' }, { text: '带动团队共同达成挑战性目标' }] }] }],
    };
    expect((await h.call('POST', `/api/competency-models/${v1.id}/versions`, { ...as('candidate1'), body: edit })).status).toBe(403);
    expect((await h.call('POST', `/api/competency-models/${v1.id}/versions`, { ...as('officer1'), body: { ...edit, reason: '' } })).status).toBe(400);
    const v2 = await h.call('POST', `/api/competency-models/${v1.id}/versions`, { ...as('officer1'), body: edit });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, status: 'active', basedOnId: v1.id, reason: edit.reason });
    const level3 = v2.body.items.find((i: { code: string }) => i.code === 'achievement_orientation').levels[2];
    expect(level3).toMatchObject({ summary: '设定挑战性目标并带动团队达成', completeness: 'authored' });
    expect(level3.indicators.map((x: { provenance: string }) => x.provenance)).toEqual(['organisation (v2)', 'organisation (v2)']);
    // Unchanged source indicators keep their ids and provenance.
    const src = v1.items.find((i: { code: string }) => i.code === 'frustration_tolerance').levels[0].indicators;
    expect(v2.body.items.find((i: { code: string }) => i.code === 'frustration_tolerance').levels[0].indicators).toEqual(src.map((x: object) => ({ ...x })));
    expect((await h.call('GET', `/api/competency-models/${v1.id}`, as('candidate1'))).body.status).toBe('retired');
    const stale = await h.call('POST', `/api/competency-models/${v1.id}/versions`, { ...as('officer2'), body: edit });
    expect([stale.status, stale.body.error.details.activeModelId]).toEqual([409, v2.body.id]);
    const stdV2 = (await h.call('GET', `/api/competency-models/${v2.body.id}/standards`, as('candidate1'))).body as { positionLevel: number; items: { itemId: string; standardLevel: number }[] }[];
    const execV2 = v2.body.items.find((i: { code: string }) => i.code === 'execution').id;
    expect(stdV2.find((s) => s.positionLevel === 1)!.items.find((i) => i.itemId === execV2)!.standardLevel).toBe(2);

    // The old campaign keeps v1: its form, its profile standards and a decision on it.
    const form = await h.call('GET', `/api/ratings/${ratingOf(pinned, 'supervisor1')}`, as('supervisor1'));
    expect(form.body.model).toEqual({ id: v1.id, version: 1 });
    expect(form.body.items.find((i: { code: string }) => i.code === 'achievement_orientation').levels[2].indicators).toEqual([]);
    const oldProfile = await h.call('GET', `/api/candidates/${ids.candidate2}/competency-profile?trackId=${gov}&targetLevel=1`, as('officer1'));
    expect(oldProfile.body.model.version).toBe(1);
    expect(oldProfile.body.items.find((i: { code: string }) => i.code === 'execution').standard).toBe(1);
    const fresh = await start('candidate3', gov, 1, [['supervisor1', 'supervisor']]);
    expect(fresh.model).toEqual({ id: v2.body.id, version: 2 });
    const newProfile = await h.call('GET', `/api/candidates/${ids.candidate3}/competency-profile?trackId=${gov}&targetLevel=1`, as('officer1'));
    expect(newProfile.body.items.find((i: { code: string }) => i.code === 'execution').standard).toBe(2);
    const decision = await h.call('POST', '/api/level-decisions', { ...as('officer1'), body: { candidateId: ids.candidate2, trackId: gov, targetLevel: 1 } });
    expect(decision.body.inputs).toMatchObject({ modelId: v1.id, modelVersion: 1, campaignId: pinned.id });
    const log = await h.call('GET', `/api/audit-events?entityType=competency_model&entityId=${v2.body.id}`, as('officer1'));
    expect(log.body.items[0]).toMatchObject({ action: 'competency_model.version_created', actorId: ids.officer1, data: { version: 2, reason: edit.reason } });
  });
  it('starts one campaign per candidate of an org unit and its sub-units, nobody rating themself as a colleague', async () => {
    const units = (await h.call('GET', '/api/org-units?pageSize=100', as('officer1'))).body.items as { id: string; name: string }[];
    const gz = units.find((u) => u.name === '广州市分公司')!;
    const r = await h.call('POST', '/api/rating-campaigns/batch', { ...as('officer1'), body: { trackId: gov, targetLevel: 1, orgUnitId: gz.id, supervisorId: ids.supervisor1, peerIds: [ids.peer1], includeSelf: true } });
    expect(r.status).toBe(201);
    const byCandidate = new Map((r.body.items as { candidateId: string; ratings: { raterId: string; relation: string }[] }[]).map((c) => [c.candidateId, c.ratings]));
    expect([...byCandidate.keys()].sort()).toEqual([ids.candidate1, ids.candidate2, ids.peer1, ids.peer2].sort());
    expect(r.body.skipped).toEqual([{ candidateId: ids.supervisor1, reason: 'IS_SUPERVISOR' }]);
    expect(byCandidate.get(ids.peer1)!.map((x) => [x.relation, x.raterId]).sort()).toEqual([['self', ids.peer1], ['supervisor', ids.supervisor1]]);
    expect(byCandidate.get(ids.candidate2)!.map((x) => x.relation).sort()).toEqual(['peer', 'self', 'supervisor']);
    const bad = await h.call('POST', '/api/rating-campaigns/batch', { ...as('officer1'), body: { trackId: gov, targetLevel: 1, supervisorId: ids.supervisor1 } });
    expect(bad.status).toBe(400);
  });
});
