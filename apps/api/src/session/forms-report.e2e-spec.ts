import { startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('the equivalence report of fixed parallel papers', () => {
  let h: ApiHarness;
  let officer: string;
  let bp1: string;
  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    officer = await h.login('officer1');
    const vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    bp1 = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
  });
  afterAll(async () => {
    await h.close();
  });

  const create = async (over: Record<string, unknown>) =>
    (await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp1, title: '平行试卷', opensAt: new Date(Date.now() + 3600e3).toISOString(), closesAt: new Date(Date.now() + 7200e3).toISOString(), ...over },
    })).body as { id: string };

  it('reports overlap per pair and the mean difficulty spread of A/B, within the assembly limits', async () => {
    // Two papers: the 416-question demo bank cannot always give a third with ≤ 20 % overlap (reported as infeasible).
    const s = await create({ formMode: 'fixed', parallelForms: 2 });
    expect((await h.call('GET', `/api/exam-sessions/${s.id}/forms/equivalence`, { token: officer })).body).toEqual({ formMode: 'fixed', expected: 2, report: null });
    const jobId = (await h.call('POST', `/api/exam-sessions/${s.id}/forms`, { token: officer })).body.jobId;
    let job = { state: 'waiting', error: undefined as unknown };
    for (let i = 0; i < 1200 && job.state !== 'completed' && job.state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await h.call('GET', `/api/jobs/${jobId}`, { token: officer })).body;
    }
    expect([job.state, job.error]).toEqual(['completed', undefined]);
    const r = (await h.call('GET', `/api/exam-sessions/${s.id}/forms/equivalence`, { token: officer })).body;
    expect(r.report.forms.map((f: { label: string }) => f.label)).toEqual(['A', 'B']);
    const forms = await h.db.ds.query(`SELECT label, items, stats FROM exam_form WHERE session_id = $1 ORDER BY label`, [s.id]);
    const ids = forms.map((f: { items: { questionId: string }[] }) => new Set(f.items.map((i) => i.questionId)));
    const sharedAB = [...ids[0]].filter((q) => ids[1].has(q)).length;
    expect(r.report.sharedItems[0][1]).toBe(sharedAB);
    expect(r.report.sharedItems[0][0]).toBe(forms[0].items.length);
    expect(r.report.overlapPercent[0][1]).toBeCloseTo((sharedAB / forms[0].items.length) * 100, 2);
    const means = forms.map((f: { stats: { meanDifficulty: number } }) => f.stats.meanDifficulty);
    expect(r.report.meanDifficultySpread).toBeCloseTo(Math.max(...means) - Math.min(...means), 6);
    expect(r.withinLimits).toBe(r.report.maxOverlapPercent <= r.maxOverlapLimitPercent && r.report.meanDifficultySpread <= r.report.meanDifficultyTolerance + 1e-9);
    expect(r.maxOverlapLimitPercent).toBe(20);
  });

  it('has no report for per-candidate sessions and is for officers only', async () => {
    const s = await create({ formMode: 'per_candidate' });
    expect((await h.call('GET', `/api/exam-sessions/${s.id}/forms/equivalence`, { token: officer })).body).toEqual({ formMode: 'per_candidate', expected: 0, report: null });
    expect((await h.call('GET', `/api/exam-sessions/${s.id}/forms/equivalence`, { token: await h.login('candidate1') })).status).toBe(403);
    expect((await h.call('GET', `/api/exam-sessions/00000000-0000-4000-8000-000000000000/forms/equivalence`, { token: officer })).status).toBe(404);
  });
});
