import { startApiHarness, type ApiHarness } from '../../test/api-harness';

const FORBIDDEN_KEYS = ['answer', 'explanation', 'rubric', 'versionId', 'questionId', 'optionOrder', 'areaId', 'requirement', 'difficulty'];

describe('the sitting: start, resume, autosave, submit, deadline (HTTP + worker)', () => {
  let h: ApiHarness;
  let officer: string;
  let c1: string;
  let c2: string;
  let ids: Record<string, string>;
  let bp1: string;
  beforeAll(async () => {
    h = await startApiHarness({ worker: true, env: { SWEEP_INTERVAL_SECONDS: '1' } });
    [officer, c1, c2] = await Promise.all([h.login('officer1'), h.login('candidate1'), h.login('candidate2')]);
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    const vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    bp1 = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
  });
  afterAll(async () => {
    await h.close();
  });

  async function openSession(over: Record<string, unknown> = {}) {
    const s = (await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp1, title: '四级认证考试', opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 3 * 3600e3).toISOString(), formMode: 'per_candidate', ...over },
    })).body;
    for (const u of ['candidate1', 'candidate2']) await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids[u] } });
    return s as { id: string };
  }

  it('starts once: double clicks and two tabs get the same attempt; the payload carries no key', async () => {
    const s = await openSession();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c1 })));
    const statuses = [a!.status, b!.status, c!.status].sort();
    expect(statuses.filter((x) => x === 201)).toHaveLength(1);
    expect(new Set([a!.body.id, b!.body.id, c!.body.id]).size).toBe(1);
    const attempt = a!.body;
    expect(attempt.items).toHaveLength(47);
    expect(attempt.status).toBe('in_progress');
    const deadline = Date.parse(attempt.deadline);
    expect(deadline - Date.parse(attempt.serverNow)).toBeGreaterThan(99 * 60e3);
    expect(deadline - Date.parse(attempt.serverNow)).toBeLessThanOrEqual(100 * 60e3);
    const json = JSON.stringify(attempt);
    for (const k of FORBIDDEN_KEYS) expect(json).not.toContain(`"${k}"`);
    for (const it of attempt.items) expect(Object.keys(it).sort()).toEqual(expect.arrayContaining(['id', 'points', 'position', 'stem', 'type']));
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM attempt WHERE session_id = $1 AND candidate_id = $2`, [s.id, ids.candidate1]);
    expect(n).toBe(1);
  });

  it('autosaves by seq: lower or equal seq and unchanged answers are no-ops; others cannot touch it', async () => {
    const s = await openSession();
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c1 })).body;
    const single = attempt.items.find((i: { type: string }) => i.type === 'single');
    const fill = attempt.items.find((i: { type: string }) => i.type === 'fill');
    const put = (itemId: string, response: unknown, seq: number, token = c1) => h.call('PUT', `/api/attempts/${attempt.id}/answers/${itemId}`, { token, body: { response, seq } });
    expect((await put(single.id, 'B', 2)).body.seq).toBe(2);
    const stale = await put(single.id, 'C', 1);
    expect(stale.status).toBe(200);
    expect(stale.body.seq).toBe(2);
    const [row1] = await h.db.ds.query(`SELECT response, saved_at FROM attempt_answer WHERE attempt_id = $1 AND item_id = $2`, [attempt.id, single.id]);
    expect(row1.response).toBe('B');
    await put(single.id, 'B', 3); // unchanged: content and saved_at kept, seq advances
    const [row2] = await h.db.ds.query(`SELECT saved_at, seq FROM attempt_answer WHERE attempt_id = $1 AND item_id = $2`, [attempt.id, single.id]);
    expect(new Date(row2.saved_at).getTime()).toBe(new Date(row1.saved_at).getTime());
    expect(Number(row2.seq)).toBe(3);
    // …so an older save that arrives late cannot overwrite it.
    expect((await put(single.id, 'D', 3)).body.seq).toBe(3);
    expect((await put(fill.id, Array.from({ length: fill.blanks }, () => '政企分开'), 4)).status).toBe(200);
    expect((await put(fill.id, ['only-one', 'too', 'many', 'blanks', 'x', 'y'].slice(0, fill.blanks + 1), 5)).status).toBe(400);
    expect((await put(single.id, 'Z', 6)).status).toBe(400);
    expect((await put(single.id, 'A', 7, c2)).status).toBe(404);
    expect((await h.call('GET', `/api/attempts/${attempt.id}/paper`, { token: c2 })).status).toBe(404);
    const resumed = await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c1 });
    expect(resumed.status).toBe(200);
    expect(resumed.body.answers[single.id]).toEqual({ response: 'B', seq: 3 });
  });

  it('submits once; later saves are refused and stored answers are the last acknowledged', async () => {
    const s = await openSession();
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c2 })).body;
    const judge = attempt.items.find((i: { type: string }) => i.type === 'judge');
    const saves = Array.from({ length: 10 }, (_, i) => h.call('PUT', `/api/attempts/${attempt.id}/answers/${judge.id}`, { token: c2, body: { response: i % 2 === 0, seq: i + 1 } }));
    const submit = h.call('POST', `/api/attempts/${attempt.id}/submit`, { token: c2 });
    const results = await Promise.all([...saves, submit]);
    const acked = results.slice(0, 10).map((r, i) => ({ r, i })).filter(({ r }) => r.status === 200);
    expect(results[10]!.status).toBe(202);
    const [row] = await h.db.ds.query(`SELECT response, seq FROM attempt_answer WHERE attempt_id = $1 AND item_id = $2`, [attempt.id, judge.id]);
    // The stored answer is the one of the highest acknowledged seq.
    if (acked.length) {
      const top = Math.max(...acked.map(({ i }) => i));
      expect([row.response, Number(row.seq)]).toEqual([top % 2 === 0, top + 1]);
    }
    const again = await h.call('POST', `/api/attempts/${attempt.id}/submit`, { token: c2 });
    expect([again.status, again.body.error.code]).toEqual([409, 'ATTEMPT_ALREADY_SUBMITTED']);
    const late = await h.call('PUT', `/api/attempts/${attempt.id}/answers/${judge.id}`, { token: c2, body: { response: true, seq: 99 } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    const after = (await h.call('GET', `/api/attempts/${attempt.id}`, { token: officer })).body;
    expect(['submitted', 'grading', 'marking', 'graded']).toContain(after.status);
    expect(after.submittedAt).toEqual(expect.any(String));
  });

  it('refuses saves after deadline + grace and the server submits the abandoned attempt', async () => {
    const s = await openSession();
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c1 })).body;
    // The candidate's time ran out long ago (server clock governs).
    await h.db.ds.query(`UPDATE attempt SET deadline = now() - interval '2 minutes' WHERE id = $1`, [attempt.id]);
    const late = await h.call('PUT', `/api/attempts/${attempt.id}/answers/${attempt.items[0].id}`, { token: c1, body: { response: 'A', seq: 1 } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    let status = 'in_progress';
    for (let i = 0; i < 100 && status === 'in_progress'; i++) {
      status = (await h.call('GET', `/api/attempts/${attempt.id}`, { token: c1 })).body.status;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(['submitted', 'marking', 'graded']).toContain(status);
    const [a] = await h.db.ds.query(`SELECT submitted_by FROM attempt WHERE id = $1`, [attempt.id]);
    expect(a.submitted_by).toBe('server');
  });

  it('refuses a start outside the window and for unregistered candidates', async () => {
    const future = await openSession({ opensAt: new Date(Date.now() + 3600e3).toISOString(), closesAt: new Date(Date.now() + 7200e3).toISOString() });
    const early = await h.call('POST', `/api/exam-sessions/${future.id}/attempts`, { token: c1 });
    expect([early.status, early.body.error.code]).toEqual([409, 'SESSION_NOT_OPEN']);
    const c3 = await h.login('candidate3');
    expect((await h.call('POST', `/api/exam-sessions/${future.id}/attempts`, { token: c3 })).status).toBe(404);
  });

  it('grades the objective items exactly once after submission and opens blind marking tasks for the rest', async () => {
    const s = await openSession();
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c1 })).body;
    const form = (await h.db.ds.query(`SELECT f.items FROM attempt a JOIN exam_form f ON f.id = a.form_id WHERE a.id = $1`, [attempt.id]))[0].items as { id: string; versionId: string; type: string; optionOrder?: string[]; points: number }[];
    const keys = new Map<string, unknown>((await h.db.ds.query(`SELECT id, answer FROM question_version WHERE id = ANY($1::uuid[])`, [form.map((f) => f.versionId)])).map((r: { id: string; answer: unknown }) => [r.id, r.answer]));
    const display = (it: { optionOrder?: string[] }, k: string) => 'ABCDEFGH'[it.optionOrder ? it.optionOrder.indexOf(k) : 'ABCDEFGH'.indexOf(k)]!;
    let seq = 0;
    for (const it of form) {
      const key = keys.get(it.versionId);
      let response: unknown;
      if (it.type === 'single') response = display(it, key as string);
      else if (it.type === 'multiple') response = (key as string[]).map((k) => display(it, k));
      else if (it.type === 'judge') response = key;
      else if (it.type === 'fill') response = (key as string[][]).map((alts) => ` ${alts[0]} `);
      else response = '先致歉并倾听,再核实诉求,给出方案并跟踪回访。';
      expect((await h.call('PUT', `/api/attempts/${attempt.id}/answers/${it.id}`, { token: c1, body: { response, seq: ++seq } })).status).toBe(200);
    }
    expect((await h.call('POST', `/api/attempts/${attempt.id}/submit`, { token: c1 })).status).toBe(202);
    expect((await h.call('POST', `/api/attempts/${attempt.id}/submit`, { token: c1 })).status).toBe(409);
    let status = '';
    for (let i = 0; i < 100 && status !== 'marking'; i++) {
      status = (await h.call('GET', `/api/attempts/${attempt.id}`, { token: officer })).body.status;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('marking');
    const scores = await h.db.ds.query(`SELECT status, max_cents, earned_cents FROM item_score WHERE attempt_id = $1`, [attempt.id]);
    expect(scores).toHaveLength(form.length);
    // Objective points are one jsonb object on the attempt; only the items to mark have rows.
    const rows = await h.db.ds.query(`SELECT status FROM attempt_item_score WHERE attempt_id = $1`, [attempt.id]);
    expect(rows.every((r: { status: string }) => r.status === 'pending_marking')).toBe(true);
    expect(rows).toHaveLength(form.filter((f) => f.type === 'short' || f.type === 'case').length);
    const objective = scores.filter((x: { status: string }) => x.status === 'scored');
    const subjectivePoints = form.filter((f) => f.type === 'short' || f.type === 'case').reduce((t, f) => t + f.points, 0);
    expect(objective.reduce((t: number, x: { earned_cents: number }) => t + Number(x.earned_cents), 0)).toBe((100 - subjectivePoints) * 100);
    expect(objective.every((x: { earned_cents: number; max_cents: number }) => Number(x.earned_cents) === x.max_cents)).toBe(true);
    const [{ tasks }] = await h.db.ds.query(`SELECT count(*)::int AS tasks FROM marking_task WHERE attempt_id = $1`, [attempt.id]);
    expect(tasks).toBe(form.filter((f) => f.type === 'short' || f.type === 'case').length);
    const [{ jobs }] = await h.db.ds.query(`SELECT count(*)::int AS jobs FROM job WHERE name = 'grade-attempt' AND payload->>'attemptId' = $1`, [attempt.id]);
    expect(jobs).toBe(1);
    const [a] = await h.db.ds.query(`SELECT result FROM attempt WHERE id = $1`, [attempt.id]);
    expect(a.result.areas.length).toBeGreaterThan(1);
    expect(a.result.knowledgeItems.length).toBeGreaterThan(0);
  });

  it('keeps a paper on the question versions it was made from after a question gets a new version', async () => {
    const s = await openSession();
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c2 })).body;
    const item = attempt.items.find((i: { type: string }) => i.type === 'judge');
    const [{ question_id: qid, id: v1 }] = await h.db.ds.query(
      `SELECT v.question_id, v.id FROM attempt a JOIN exam_form f ON f.id = a.form_id, jsonb_array_elements(f.items) it JOIN question_version v ON v.id = (it->>'versionId')::uuid WHERE a.id = $1 AND it->>'id' = $2`,
      [attempt.id, item.id],
    );
    const [t1, t2] = [await h.login('trainer1'), await h.login('trainer2')];
    const edited = await h.call('PATCH', `/api/questions/${qid}`, { token: t1, body: { stem: '【修订后的题干】客户经理应主动告知资费变更。' } });
    expect(edited.body.version).toBeGreaterThan(1);
    await h.call('POST', `/api/questions/${qid}/submit`, { token: t1 });
    expect((await h.call('POST', `/api/questions/${qid}/approve`, { token: t2 })).body.activeVersion).toBe(edited.body.version);
    const paper = (await h.call('GET', `/api/attempts/${attempt.id}/paper`, { token: c2 })).body;
    const same = paper.items.find((i: { id: string }) => i.id === item.id);
    expect(same.stem).toBe(item.stem);
    expect(same.stem).not.toContain('修订后');
    const [{ v }] = await h.db.ds.query(`SELECT it->>'versionId' AS v FROM attempt a JOIN exam_form f ON f.id = a.form_id, jsonb_array_elements(f.items) it WHERE a.id = $1 AND it->>'id' = $2`, [attempt.id, item.id]);
    expect(v).toBe(v1);
  });

  it('shows a candidate the images of questions on their own paper, and no others', async () => {
    const s = await openSession();
    const attempt = (await h.call('POST', `/api/exam-sessions/${s.id}/attempts`, { token: c1 })).body;
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const [{ id: assetId }] = await h.db.ds.query(`INSERT INTO asset (mime, content, size, sha256, created_by) VALUES ('image/png', $1, $2, 'x', $3) RETURNING id`, [png, png.length, ids.trainer1]);
    const [{ id: otherId }] = await h.db.ds.query(`INSERT INTO asset (mime, content, size, sha256, created_by) VALUES ('image/png', $1, $2, 'y', $3) RETURNING id`, [png, png.length, ids.trainer1]);
    // Put the first image into the stem of a question version on candidate1's paper.
    await h.db.ds.query(
      `UPDATE question_version SET stem = stem || $2 WHERE id = (SELECT (it->>'versionId')::uuid FROM attempt a JOIN exam_form f ON f.id = a.form_id, jsonb_array_elements(f.items) it WHERE a.id = $1 LIMIT 1)`,
      [attempt.id, `![示意图](/api/assets/${assetId})`],
    );
    const get = (id: string, token: string) => fetch(`${h.baseUrl}/api/assets/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(assetId, c1)).status).toBe(200);
    expect((await get(otherId, c1)).status).toBe(403);
    // candidate3 sat no paper in this suite, so has no question with that image.
    expect((await get(assetId, await h.login('candidate3'))).status).toBe(403);
  });
});
