import { startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('blueprints (比重表): versions, validation, feasibility, activation (HTTP)', () => {
  let h: ApiHarness;
  let officer: string;
  let trainer: string;
  let vip: { id: string };
  let nodes: Map<string, { id: string }>;
  beforeAll(async () => {
    h = await startApiHarness();
    [officer, trainer] = await Promise.all([h.login('officer1'), h.login('trainer1')]);
    vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager');
    nodes = new Map((await h.call('GET', `/api/tracks/${vip.id}/syllabus`, { token: officer })).body.nodes.map((n: { code: string; id: string }) => [n.code, n]));
  });
  afterAll(async () => {
    await h.close();
  });

  const body = (over: Record<string, unknown> = {}) => ({
    trackId: vip.id,
    level: 1,
    name: '2027 年四级比重表',
    totalPoints: 100,
    durationMinutes: 100,
    passMark: 60,
    areas: [['VIP-1.1', 15], ['VIP-1.2', 15], ['VIP-2.1', 20], ['VIP-2.2', 25], ['VIP-2.3', 15], ['VIP-3', 10]].map(([c, p]) => ({ syllabusNodeId: nodes.get(c as string)!.id, percent: p })),
    sections: [
      { type: 'fill', count: 10, pointsEach: 1 }, { type: 'single', count: 15, pointsEach: 2 }, { type: 'multiple', count: 10, pointsEach: 3, scoring: 'partial' },
      { type: 'judge', count: 10, pointsEach: 1 }, { type: 'short', count: 2, pointsEach: 10 },
    ],
    requirementMix: { understand: 50, familiar: 35, master: 15 },
    mixTolerancePercent: 10,
    ...over,
  });

  it('seeds an active version 1 of every track × level default', async () => {
    const r = await h.call('GET', '/api/blueprints?status=active', { token: trainer });
    expect(r.body.total).toBe(8);
    expect(r.body.items.every((b: { version: number; provenance: string }) => b.version === 1 && b.provenance === 'default')).toBe(true);
  });

  it('refuses an invalid body with every problem', async () => {
    const bad = body({
      areas: [{ syllabusNodeId: nodes.get('VIP-1')!.id, percent: 60 }, { syllabusNodeId: nodes.get('VIP-1.1')!.id, percent: 30 }],
      sections: [{ type: 'single', count: 10, pointsEach: 2 }],
    });
    const r = await h.call('POST', '/api/blueprints', { token: officer, body: bad });
    expect([r.status, r.body.error.code]).toEqual([400, 'BLUEPRINT_INVALID']);
    const paths = r.body.error.details.problems.map((p: { path: string }) => p.path).join(' ');
    expect(paths).toMatch(/areas/);
    expect(paths).toMatch(/sections/);
    expect((await h.call('POST', '/api/blueprints', { token: trainer, body: body() })).status).toBe(403);
  });

  it('reports feasibility with the allocation, then activates and retires the previous version', async () => {
    const created = await h.call('POST', '/api/blueprints', { token: officer, body: body() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 2, level: 1 });
    const f = await h.call('POST', `/api/blueprints/${created.body.id}/feasibility`, { token: trainer });
    expect(f.body.feasible).toBe(true);
    expect(f.body.shortfalls).toEqual([]);
    expect(f.body.forms).toBeGreaterThanOrEqual(1);
    expect(f.body.allocation.reduce((s: number, c: { points: number }) => s + c.points, 0)).toBe(100);
    const act = await h.call('POST', `/api/blueprints/${created.body.id}/activate`, { token: officer });
    expect(act.body.status).toBe('active');
    const v1 = (await h.call('GET', `/api/blueprints?trackId=${vip.id}&level=1`, { token: officer })).body.items.find((b: { version: number }) => b.version === 1);
    expect(v1.status).toBe('retired');
    expect((await h.call('PATCH', `/api/blueprints/${created.body.id}`, { token: officer, body: { name: 'x' } })).status).toBe(409);
  });

  it('refuses to activate what the bank cannot meet, naming the short cells', async () => {
    const greedy = body({ level: 2, sections: [{ type: 'case', count: 20, pointsEach: 5 }], requirementMix: undefined });
    const created = await h.call('POST', '/api/blueprints', { token: officer, body: greedy });
    const f = await h.call('POST', `/api/blueprints/${created.body.id}/feasibility`, { token: officer });
    expect(f.body.feasible).toBe(false);
    expect(f.body.shortfalls.length).toBeGreaterThan(0);
    for (const s of f.body.shortfalls) expect(s.needed).toBeGreaterThan(s.available);
    const act = await h.call('POST', `/api/blueprints/${created.body.id}/activate`, { token: officer });
    expect([act.status, act.body.error.code]).toEqual([422, 'BLUEPRINT_INFEASIBLE']);
    expect(act.body.error.details.shortfalls).toEqual(f.body.shortfalls);
    // Fixing the draft makes it feasible.
    const fixed = await h.call('PATCH', `/api/blueprints/${created.body.id}`, { token: officer, body: { sections: body().sections } });
    expect(fixed.status).toBe(200);
    expect((await h.call('POST', `/api/blueprints/${created.body.id}/feasibility`, { token: officer })).body.feasible).toBe(true);
  });
});
