import { startApiHarness, type ApiHarness } from '../../test/api-harness';

describe('question bank: authoring, versions, review (HTTP)', () => {
  let h: ApiHarness;
  let t1: string;
  let t2: string;
  let officer: string;
  let candidate: string;
  let vipId: string;
  let nodes: Map<string, { id: string }>;
  beforeAll(async () => {
    h = await startApiHarness();
    [t1, t2, officer, candidate] = await Promise.all([h.login('trainer1'), h.login('trainer2'), h.login('officer1'), h.login('candidate1')]);
    const tracks = (await h.call('GET', '/api/tracks', { token: t1 })).body as { id: string; code: string }[];
    vipId = tracks.find((t) => t.code === 'vip-service-manager')!.id;
    const syl = (await h.call('GET', `/api/tracks/${vipId}/syllabus`, { token: t1 })).body;
    nodes = new Map(syl.nodes.map((n: { code: string; id: string }) => [n.code, n]));
  });
  afterAll(async () => {
    await h.close();
  });

  const single = (over: Record<string, unknown> = {}) => ({
    syllabusNodeId: nodes.get('VIP-1.2.2')!.id,
    type: 'single',
    stem: `接听客户来电时,铃响____声内应接听。(${Math.random().toString(36).slice(2, 7)})`,
    options: [{ key: 'A', text: '三' }, { key: 'B', text: '五' }, { key: 'C', text: '八' }, { key: 'D', text: '十' }],
    answer: 'A',
    difficulty: 2,
    requirement: 'understand',
    explanation: '电话礼仪要求铃响三声内接听。',
    tags: ['电话礼仪'],
    ...over,
  });

  it('creates a draft version 1 and reports every bad field', async () => {
    const r = await h.call('POST', '/api/questions', { token: t1, body: single() });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'draft', version: 1, type: 'single', answer: 'A', usage: ['exam'], activeVersion: null });
    expect(r.body.authorId).toBe((await h.call('GET', '/api/auth/me', { token: t1 })).body.id);
    const bad = await h.call('POST', '/api/questions', { token: t1, body: single({ answer: 'E', options: [{ key: 'A', text: 'x' }, { key: 'C', text: 'y' }], difficulty: 9 }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const paths = bad.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['difficulty', 'answer']));
    expect(paths.some((p: string) => p.startsWith('options'))).toBe(true);
    const fill = await h.call('POST', '/api/questions', { token: t1, body: { syllabusNodeId: nodes.get('VIP-3.1')!.id, type: 'fill', stem: '电信监管原则:政企分开、____、鼓励竞争、____。', answer: [['破除垄断']], difficulty: 2, requirement: 'understand' } });
    expect(fill.status).toBe(400);
    expect(fill.body.error.details.fields[0].code).toBe('FILL_BLANK_COUNT_MISMATCH');
    expect((await h.call('POST', '/api/questions', { token: officer, body: single() })).status).toBe(403);
  });

  it('runs the review workflow with separation of duties, and keeps versions immutable', async () => {
    const q = (await h.call('POST', '/api/questions', { token: t1, body: single() })).body;
    expect((await h.call('POST', `/api/questions/${q.id}/submit`, { token: t2 })).status).toBe(403);
    expect((await h.call('POST', `/api/questions/${q.id}/submit`, { token: t1 })).body.status).toBe('in_review');
    const self = await h.call('POST', `/api/questions/${q.id}/approve`, { token: t1 });
    expect([self.status, self.body.error.code]).toEqual([403, 'QUESTION_SELF_REVIEW']);
    const rejected = await h.call('POST', `/api/questions/${q.id}/reject`, { token: t2, body: { comment: '选项C表述不清' } });
    expect(rejected.body).toMatchObject({ status: 'draft', reviewComment: '选项C表述不清' });
    const v2 = await h.call('PATCH', `/api/questions/${q.id}`, { token: t1, body: { options: [{ key: 'A', text: '三' }, { key: 'B', text: '五' }, { key: 'C', text: '七' }, { key: 'D', text: '十' }] } });
    expect(v2.body).toMatchObject({ version: 2, status: 'draft' });
    await h.call('POST', `/api/questions/${q.id}/submit`, { token: t1 });
    const approved = await h.call('POST', `/api/questions/${q.id}/approve`, { token: t2 });
    expect(approved.body).toMatchObject({ status: 'active', version: 2, activeVersion: 2 });

    // Editing an active question: a draft v3; exams keep drawing v2 until v3 is approved.
    const v3 = await h.call('PATCH', `/api/questions/${q.id}`, { token: t2, body: { difficulty: 3 } });
    expect(v3.body).toMatchObject({ version: 3, status: 'draft', activeVersion: 2, difficulty: 3 });
    const versions = await h.call('GET', `/api/questions/${q.id}/versions`, { token: officer });
    expect(versions.body.items.map((v: { version: number; versionStatus: string }) => [v.version, v.versionStatus])).toEqual([[1, 'superseded'], [2, 'active'], [3, 'draft']]);
    expect(versions.body.items[0].options[2].text).toBe('八');
    expect(versions.body.items[1].difficulty).toBe(2);
    // Now trainer2 authored v3: trainer1 may approve it, trainer2 may not.
    await h.call('POST', `/api/questions/${q.id}/submit`, { token: t2 });
    expect((await h.call('POST', `/api/questions/${q.id}/approve`, { token: t2 })).status).toBe(403);
    expect((await h.call('POST', `/api/questions/${q.id}/approve`, { token: t1 })).body).toMatchObject({ activeVersion: 3 });
    expect((await h.call('POST', `/api/questions/${q.id}/approve`, { token: t1 })).status).toBe(409);

    const audit = await h.call('GET', `/api/audit-events?entityType=question&entityId=${q.id}&pageSize=50`, { token: officer });
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['question.created', 'question.submitted', 'question.rejected', 'question.edited', 'question.approved']));

    const retired = await h.call('POST', `/api/questions/${q.id}/retire`, { token: officer });
    expect(retired.body.status).toBe('retired');
    expect((await h.call('PATCH', `/api/questions/${q.id}`, { token: t1, body: { difficulty: 4 } })).status).toBe(409);
    expect((await h.call('GET', `/api/questions/${q.id}`, { token: candidate })).status).toBe(403);
  });

  it('bulk-approves, refusing the author’s own items one by one', async () => {
    const a = (await h.call('POST', '/api/questions', { token: t1, body: single() })).body;
    const b = (await h.call('POST', '/api/questions', { token: t2, body: single() })).body;
    await h.call('POST', `/api/questions/${a.id}/submit`, { token: t1 });
    await h.call('POST', `/api/questions/${b.id}/submit`, { token: t2 });
    const r = await h.call('POST', '/api/questions/bulk-approve', { token: t2, body: { ids: [a.id, b.id] } });
    expect(r.body.approved).toBe(1);
    expect(r.body.items).toEqual([
      { id: a.id, ok: true, status: 'active' },
      { id: b.id, ok: false, error: expect.objectContaining({ code: 'QUESTION_SELF_REVIEW' }) },
    ]);
  });

  it('keeps enemy links symmetric', async () => {
    const a = (await h.call('POST', '/api/questions', { token: t1, body: single() })).body;
    const b = (await h.call('POST', '/api/questions', { token: t1, body: single() })).body;
    const r = await h.call('PATCH', `/api/questions/${a.id}`, { token: t1, body: { enemyIds: [b.id] } });
    expect(r.body.enemyIds).toEqual([b.id]);
    expect(r.body.version).toBe(1); // links are not content: no new version
    expect((await h.call('GET', `/api/questions/${b.id}`, { token: t1 })).body.enemyIds).toEqual([a.id]);
    const bad = await h.call('PATCH', `/api/questions/${a.id}`, { token: t1, body: { enemyIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(bad.status).toBe(400);
  });

  it('lists with filters over the subtree, type, text and pagination', async () => {
    const part = nodes.get('VIP-1.2')!.id;
    const all = await h.call('GET', `/api/questions?syllabusNodeId=${part}&pageSize=200`, { token: officer });
    expect(all.body.total).toBeGreaterThan(20);
    expect(all.body.items.every((i: { syllabusCode: string }) => i.syllabusCode.startsWith('VIP-1.2'))).toBe(true);
    const judge = await h.call('GET', `/api/questions?syllabusNodeId=${part}&type=judge&status=active`, { token: t1 });
    expect(judge.body.items.length).toBeGreaterThan(0);
    expect(judge.body.items.every((i: { type: string; status: string }) => i.type === 'judge' && i.status === 'active')).toBe(true);
    const text = await h.call('GET', `/api/questions?q=${encodeURIComponent('铃响')}`, { token: t1 });
    expect(text.body.total).toBeGreaterThan(0);
    expect(text.body.items.every((i: { stem: string }) => i.stem.includes('铃响'))).toBe(true);
    const p1 = await h.call('GET', '/api/questions?pageSize=5&sort=difficulty', { token: t1 });
    const p2 = await h.call('GET', '/api/questions?pageSize=5&page=2&sort=difficulty', { token: t1 });
    expect(p1.body.items).toHaveLength(5);
    expect(p1.body.items.map((i: { id: string }) => i.id)).not.toContain(p2.body.items[0].id);
    expect((await h.call('GET', '/api/questions?type=essay', { token: t1 })).status).toBe(400);
    expect((await h.call('GET', '/api/questions', { token: candidate })).status).toBe(403);
  });

  it('reports coverage of active exam questions per node, type and difficulty', async () => {
    const r = await h.call('GET', `/api/question-bank/coverage?trackId=${vipId}`, { token: t1 });
    expect(r.status).toBe(200);
    const total = r.body.items.reduce((s: number, c: { count: number }) => s + c.count, 0);
    const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM question q JOIN question_version v ON v.id = q.active_version_id WHERE q.track_id = $1 AND 'exam' = ANY(v.usage) AND v.status = 'active'`, [vipId]);
    expect(total).toBe(n);
    // Every active default blueprint can be met by the demo bank: no needs listed.
    expect(r.body.needs).toEqual([]);
    const stats = await h.call('GET', `/api/question-bank/questions/${(await h.call('GET', '/api/questions?pageSize=1', { token: t1 })).body.items[0].id}/statistics`, { token: t1 });
    expect(stats.body.items[0]).toMatchObject({ version: 1, timesUsed: 0, facility: null });
  });

  it('edits the syllabus tree: reorder, rename, and refuses deleting a node with questions', async () => {
    const chapter = nodes.get('VIP-1.2.2')!.id;
    const del = await h.call('DELETE', `/api/syllabus-nodes/${chapter}`, { token: t1 });
    expect(del.status).toBe(422);
    expect(del.body.error.code).toBe('SYLLABUS_NODE_IN_USE');
    expect(del.body.error.details.questionCount).toBeGreaterThan(0);
    const point = await h.call('POST', '/api/syllabus-nodes', { token: t1, body: { trackId: vipId, parentId: chapter, code: 'VIP-1.2.2.9', title: '临时知识点', kind: 'point', levels: [1] } });
    const renamed = await h.call('PATCH', `/api/syllabus-nodes/${point.body.id}`, { token: t1, body: { title: '电话转接规范', requirement: 'familiar' } });
    expect(renamed.body).toMatchObject({ title: '电话转接规范', requirement: 'familiar', provenance: 'organisation' });
    const part = nodes.get('VIP-1.2')!.id;
    const moved = await h.call('POST', `/api/syllabus-nodes/${chapter}/move`, { token: t1, body: { parentId: part, position: 0 } });
    expect(moved.body[0].id).toBe(chapter);
    expect(moved.body.map((n: { position: number }) => n.position)).toEqual(moved.body.map((_: unknown, i: number) => i));
    const cycle = await h.call('POST', `/api/syllabus-nodes/${part}/move`, { token: t1, body: { parentId: chapter, position: 0 } });
    expect(cycle.status).toBe(400);
    expect((await h.call('DELETE', `/api/syllabus-nodes/${point.body.id}`, { token: t1 })).status).toBe(204);
    expect((await h.call('DELETE', `/api/syllabus-nodes/${part}`, { token: t1 })).status).toBe(422);
  });

  it('stores images and serves them only to staff', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)]), 'x.png');
    const up = await fetch(`${h.baseUrl}/api/assets`, { method: 'POST', headers: { authorization: `Bearer ${t1}` }, body: form });
    expect(up.status).toBe(201);
    const { url, mime } = (await up.json()) as { url: string; mime: string };
    expect(mime).toBe('image/png');
    const got = await fetch(h.baseUrl + url, { headers: { authorization: `Bearer ${officer}` } });
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(png)).toBe(true);
    expect((await fetch(h.baseUrl + url, { headers: { authorization: `Bearer ${candidate}` } })).status).toBe(403);
    const html = new FormData();
    html.append('file', new Blob(['<script>alert(1)</script>']), 'x.png');
    expect((await fetch(`${h.baseUrl}/api/assets`, { method: 'POST', headers: { authorization: `Bearer ${t1}` }, body: html })).status).toBe(415);
  });
});
