import { startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('autosave of several answers in one request (HTTP)', () => {
  let h: ApiHarness;
  let officer: string;
  let c1: string;
  let c2: string;
  let ids: Record<string, string>;
  let bp1: string;
  beforeAll(async () => {
    h = await startApiHarness();
    [officer, c1, c2] = await Promise.all([h.login('officer1'), h.login('candidate1'), h.login('candidate2')]);
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    const vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    bp1 = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
  });
  afterAll(async () => {
    await h.close();
  });

  async function attemptOf(token: string, username: string) {
    const s = (await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp1, title: '批量保存', opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 3 * 3600e3).toISOString(), formMode: 'per_candidate' },
    })).body;
    await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids[username] } });
    const a = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token })).body;
    const of = (type: string) => a.items.find((i: { type: string }) => i.type === type);
    return { id: a.id as string, single: of('single'), judge: of('judge'), fill: of('fill'), short: of('short') };
  }
  const stored = async (attemptId: string) =>
    new Map<string, { response: unknown; seq: number }>(
      (await h.db.ds.query(`SELECT item_id, response, seq FROM attempt_answer WHERE attempt_id = $1`, [attemptId])).map((r: { item_id: string; response: unknown; seq: string }) => [r.item_id, { response: r.response, seq: Number(r.seq) }]),
    );

  it('writes every answer of the batch in one go, guarded by seq per item', async () => {
    const a = await attemptOf(c1, 'candidate1');
    const put = (answers: unknown[], token = c1) => h.call('PUT', `/api/attempts/${a.id}/answers`, { token, body: { answers } });
    const first = await put([
      { itemId: a.single.id, response: 'B', seq: 1 },
      { itemId: a.judge.id, response: true, seq: 2 },
      { itemId: a.short.id, response: '先倾听,再处理。', seq: 3 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.saved.map((x: { itemId: string; seq: number }) => [x.itemId, x.seq])).toEqual([[a.single.id, 1], [a.judge.id, 2], [a.short.id, 3]]);
    // One newer, one older (ignored and answered with the stored seq), the same item twice (highest wins).
    const second = await put([
      { itemId: a.single.id, response: 'C', seq: 4 },
      { itemId: a.judge.id, response: false, seq: 1 },
      { itemId: a.short.id, response: '旧的', seq: 5 },
      { itemId: a.short.id, response: '新的', seq: 6 },
    ]);
    expect(second.body.saved.map((x: { itemId: string; seq: number }) => [x.itemId, x.seq])).toEqual([[a.single.id, 4], [a.judge.id, 2], [a.short.id, 6]]);
    const rows = await stored(a.id);
    expect(rows.get(a.single.id)).toEqual({ response: 'C', seq: 4 });
    expect(rows.get(a.judge.id)).toEqual({ response: true, seq: 2 });
    expect(rows.get(a.short.id)).toEqual({ response: '新的', seq: 6 });
    // The single-item route and the batch share one seq space.
    expect((await h.call('PUT', `/api/attempts/${a.id}/answers/${a.single.id}`, { token: c1, body: { response: 'A', seq: 3 } })).body.seq).toBe(4);
  });

  it('refuses the whole batch when one answer is bad, and anyone else’s attempt', async () => {
    const a = await attemptOf(c1, 'candidate1');
    const bad = await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c1, body: { answers: [{ itemId: a.judge.id, response: true, seq: 1 }, { itemId: a.single.id, response: 'Z', seq: 2 }] } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.error.details.fields).toEqual([expect.objectContaining({ path: 'answers.1.response', code: 'INVALID_RESPONSE' })]);
    const unknown = await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c1, body: { answers: [{ itemId: '00000000-0000-4000-8000-000000000000', response: true, seq: 3 }] } });
    expect([unknown.status, unknown.body.error.details.fields[0].code]).toEqual([400, 'UNKNOWN_ITEM']);
    expect((await stored(a.id)).size).toBe(0);
    expect((await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c2, body: { answers: [{ itemId: a.judge.id, response: true, seq: 4 }] } })).status).toBe(404);
    expect((await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c1, body: { answers: [] } })).status).toBe(400);
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ itemId: a.judge.id, response: true, seq: i + 1 }));
    expect((await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c1, body: { answers: tooMany } })).status).toBe(400);
  });

  it('is closed after submission and after deadline + grace: 409 and nothing stored', async () => {
    const a = await attemptOf(c2, 'candidate2');
    await h.db.ds.query(`UPDATE attempt SET deadline = now() - interval '31 seconds' WHERE id = $1`, [a.id]);
    const late = await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c2, body: { answers: [{ itemId: a.judge.id, response: true, seq: 1 }] } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    // Inside the grace period a late save is still taken.
    await h.db.ds.query(`UPDATE attempt SET deadline = now() - interval '20 seconds' WHERE id = $1`, [a.id]);
    expect((await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c2, body: { answers: [{ itemId: a.judge.id, response: true, seq: 2 }] } })).status).toBe(200);
    expect((await h.call('POST', `/api/attempts/${a.id}/submit`, { token: c2 })).status).toBe(202);
    const after = await h.call('PUT', `/api/attempts/${a.id}/answers`, { token: c2, body: { answers: [{ itemId: a.judge.id, response: false, seq: 3 }] } });
    expect([after.status, after.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    expect((await stored(a.id)).get(a.judge.id)).toEqual({ response: true, seq: 2 });
  });
});
