import { startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('reference data, settings, legacy levels (HTTP)', () => {
  let h: ApiHarness;
  let officer: string;
  let officer2: string;
  let trainer: string;
  let candidate: string;
  let tracks: { id: string; code: string; name: string; levels: { level: number; name: string }[] }[];
  beforeAll(async () => {
    h = await startApiHarness();
    [officer, officer2, trainer, candidate] = await Promise.all([h.login('officer1'), h.login('officer2'), h.login('trainer1'), h.login('candidate1')]);
    tracks = (await h.call('GET', '/api/tracks', { token: candidate })).body;
  });
  afterAll(async () => {
    await h.close();
  });

  it('lists the two tracks as a bare array with four named levels', () => {
    expect(tracks.map((t) => [t.code, t.name]).sort()).toEqual([
      ['gov-enterprise-sales-manager', '政企客户销售经理'],
      ['vip-service-manager', 'VIP客户服务经理'],
    ]);
    for (const t of tracks) expect(t.levels).toEqual([{ level: 1, name: '四级' }, { level: 2, name: '三级(中级)' }, { level: 3, name: '二级(高级)' }, { level: 4, name: '一级(资深)' }]);
  });

  it('serves each syllabus tree with kinds, requirements, levels and provenance', async () => {
    const gov = tracks.find((t) => t.code === 'gov-enterprise-sales-manager')!;
    const { body } = await h.call('GET', `/api/tracks/${gov.id}/syllabus`, { token: candidate });
    const byCode = new Map(body.nodes.map((n: { code: string }) => [n.code, n]));
    expect(byCode.get('GOV-B')).toMatchObject({ kind: 'part', title: '基础篇', parentId: null, provenance: 'seed' });
    expect(byCode.get('GOV-M.1')).toMatchObject({ kind: 'chapter', title: '事前准备' });
    const point = byCode.get('GOV-B.1.1') as { kind: string; requirement: string; levels: number[]; parentId: string };
    expect(point).toMatchObject({ kind: 'point', requirement: 'understand', levels: [1, 2, 3, 4] });
    expect(point.parentId).toBe((byCode.get('GOV-B.1') as { id: string }).id);
    expect((byCode.get('GOV-Y') as { provenance: string }).provenance).toBe('default');
    const missing = await h.call('GET', '/api/tracks/00000000-0000-4000-8000-000000000000/syllabus', { token: candidate });
    expect(missing.status).toBe(404);
  });

  it('lets a trainer add a syllabus node under a chapter, refusing duplicates and bad parents', async () => {
    const vip = tracks.find((t) => t.code === 'vip-service-manager')!;
    const { body } = await h.call('GET', `/api/tracks/${vip.id}/syllabus`, { token: trainer });
    const chapter = body.nodes.find((n: { code: string }) => n.code === 'VIP-1.2.1');
    const created = await h.call('POST', '/api/syllabus-nodes', {
      token: trainer,
      body: { trackId: vip.id, parentId: chapter.id, code: 'VIP-1.2.1.1', title: '仪容仪表规范', kind: 'point', requirement: 'master', levels: [1, 2] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'VIP-1.2.1.1', kind: 'point', requirement: 'master', levels: [1, 2], parentId: chapter.id, provenance: 'organisation' });
    const dup = await h.call('POST', '/api/syllabus-nodes', { token: trainer, body: { trackId: vip.id, parentId: chapter.id, code: 'VIP-1.2.1.1', title: 'x', kind: 'point', levels: [1] } });
    expect(dup.status).toBe(409);
    const wrongKind = await h.call('POST', '/api/syllabus-nodes', { token: trainer, body: { trackId: vip.id, parentId: chapter.id, code: 'VIP-X', title: 'x', kind: 'part', levels: [1] } });
    expect(wrongKind.status).toBe(400);
    expect((await h.call('POST', '/api/syllabus-nodes', { token: candidate, body: { trackId: vip.id, code: 'Z', title: 'z', kind: 'part', levels: [1] } })).status).toBe(403);
  });

  it('serves the 18-item competency model with provenance and no invented indicators', async () => {
    const vip = tracks.find((t) => t.code === 'vip-service-manager')!;
    const { body } = await h.call('GET', `/api/competency-models?trackId=${vip.id}`, { token: candidate });
    expect(body.total).toBe(1);
    const model = body.items[0];
    expect(model.items).toHaveLength(18);
    const byCategory = new Map<string, number>();
    for (const i of model.items) byCategory.set(i.category, (byCategory.get(i.category) ?? 0) + 1);
    expect(Object.fromEntries(byCategory)).toEqual({ 基本能力: 8, '专业/技术能力': 4, 职能行为能力: 6 });
    expect(model.items.filter((i: { assessment: string }) => i.assessment === 'exam')).toHaveLength(4);
    for (const i of model.items) expect(i.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4]);
    const resilience = model.items.find((i: { name: string }) => i.name === '抗挫能力');
    expect(resilience.levels.every((l: { completeness: string }) => l.completeness === 'complete')).toBe(true);
    const notFound = model.items.flatMap((i: { levels: { completeness: string; indicators: unknown[] }[] }) => i.levels).filter((l: { completeness: string }) => l.completeness === 'not_found');
    expect(notFound.length).toBeGreaterThan(0);
    expect(notFound.every((l: { indicators: unknown[] }) => l.indicators.length === 0)).toBe(true);

    const standards = await h.call('GET', `/api/competency-models/${model.id}/standards`, { token: candidate });
    expect(standards.body.map((s: { positionLevel: number }) => s.positionLevel)).toEqual([1, 2, 3, 4]);
    expect(standards.body[2].items).toHaveLength(18);
    expect(standards.body[2].items.every((x: { standardLevel: number }) => x.standardLevel === 3)).toBe(true);
  });

  it('keeps defaults as versioned settings: an edit adds a version and is audited', async () => {
    const list = await h.call('GET', '/api/settings', { token: officer });
    const policy = list.body.items.find((s: { key: string }) => s.key === 'decision_policy');
    expect(policy).toMatchObject({ version: 1, provenance: 'default' });
    expect(policy.value).toMatchObject({ exam_weight: 40, behaviour_weight: 60, composite_min: 70 });
    const changed = await h.call('PUT', '/api/settings/decision_policy', { token: officer, body: { value: { ...policy.value, composite_min: 72 }, note: '2026 年试点提高综合分门槛' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, provenance: 'organisation' });
    const versions = await h.call('GET', '/api/settings/decision_policy/versions', { token: officer2 });
    expect(versions.body.items.map((v: { version: number; value: { composite_min: number } }) => [v.version, v.value.composite_min])).toEqual([[1, 70], [2, 72]]);
    const badShape = await h.call('PUT', '/api/settings/decision_policy', { token: officer, body: { value: { composite_min: 'high' }, note: 'x' } });
    expect(badShape.status).toBe(400);
    expect((await h.call('PUT', '/api/settings/decision_policy', { token: trainer, body: { value: policy.value, note: 'x' } })).status).toBe(403);
    const audit = await h.call('GET', '/api/audit-events?entityType=setting&entityId=decision_policy', { token: officer });
    expect(audit.body.items[0]).toMatchObject({ action: 'setting.changed', data: { from: 1, to: 2 } });
  });

  it('records a legacy certificate and shows the level history to the officer and the candidate only', async () => {
    const users = await h.call('GET', '/api/users?q=candidate', { token: officer });
    const c1 = users.body.items.find((u: { username: string }) => u.username === 'candidate1');
    const c2 = users.body.items.find((u: { username: string }) => u.username === 'candidate2');
    const gov = tracks.find((t) => t.code === 'gov-enterprise-sales-manager')!;
    const rec = await h.call('POST', `/api/candidates/${c1.id}/levels`, { token: officer, body: { trackId: gov.id, level: 1, effectiveAt: '2024-06-30', reason: '2024 年省公司四级认证(纸质证书)' } });
    expect(rec.status).toBe(201);
    const mine = await h.call('GET', `/api/candidates/${c1.id}/levels`, { token: candidate });
    expect(mine.body).toEqual([expect.objectContaining({ trackId: gov.id, level: 1, decisionId: null, effectiveAt: expect.stringMatching(/^2024-06-30/) })]);
    expect((await h.call('GET', `/api/candidates/${c2.id}/levels`, { token: candidate })).status).toBe(404);
    expect((await h.call('POST', `/api/candidates/${c1.id}/levels`, { token: trainer, body: { trackId: gov.id, level: 1, effectiveAt: '2024-06-30', reason: 'x' } })).status).toBe(403);
    const future = await h.call('POST', `/api/candidates/${c1.id}/levels`, { token: officer, body: { trackId: gov.id, level: 2, effectiveAt: '2999-01-01', reason: 'x' } });
    expect(future.status).toBe(400);
    const audit = await h.call('GET', `/api/audit-events?entityType=candidate_level&entityId=${rec.body.id}`, { token: officer });
    expect(audit.body.items[0].action).toBe('candidate_level.legacy_recorded');
  });

  it('gives candidate3 the demo 四级 certificate from over a year ago', async () => {
    const token = await h.login('candidate3');
    const me = (await h.call('GET', '/api/auth/me', { token })).body;
    const levels = (await h.call('GET', `/api/candidates/${me.id}/levels`, { token })).body;
    expect(levels).toHaveLength(1);
    expect(levels[0].level).toBe(1);
    expect(Date.now() - Date.parse(levels[0].effectiveAt)).toBeGreaterThan(365 * 24 * 3600 * 1000);
  });
});
