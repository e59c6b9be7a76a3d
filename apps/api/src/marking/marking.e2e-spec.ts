import { startApiHarness, type ApiHarness } from '../../test/api-harness';

type FormItem = { id: string; versionId: string; questionId: string; type: string; optionOrder?: string[]; points: number };

/** Marking, double marking with arbitration, publication, the candidate's result, officer
 * statistics and regrade after a key correction — through HTTP with the real worker. */
describe('marking, publication and results (HTTP + worker)', () => {
  let h: ApiHarness;
  let officer: string;
  let officer2: string;
  let t1: string;
  let t2: string;
  let t3: string;
  let c1: string;
  let c2: string;
  let ids: Record<string, string>;
  let bp1: string;

  beforeAll(async () => {
    h = await startApiHarness({ worker: true, env: { SWEEP_INTERVAL_SECONDS: '1' } });
    const admin = await h.login('admin');
    [officer, officer2, t1, t2, c1, c2] = await Promise.all(['officer1', 'officer2', 'trainer1', 'trainer2', 'candidate1', 'candidate2'].map((u) => h.login(u)));
    const created = await h.call('POST', '/api/users', { token: admin, body: { username: 'trainer3', displayName: '仲裁老师', roles: ['trainer'], password: 'Arbiter-Pass-2026' } });
    expect(created.status).toBe(201);
    await h.db.ds.query(`UPDATE app_user SET must_change_password = false WHERE username = 'trainer3'`);
    t3 = await h.login('trainer3', 'Arbiter-Pass-2026');
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    const vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    bp1 = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
  });
  afterAll(async () => {
    await h.close();
  });

  async function openSession(title: string) {
    const s = (await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp1, title, opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 3 * 3600e3).toISOString(), formMode: 'per_candidate' },
    })).body as { id: string };
    for (const u of ['candidate1', 'candidate2']) expect((await h.call('POST', `/api/exam-sessions/${s.id}/registrations`, { token: officer, body: { candidateId: ids[u] } })).status).toBe(201);
    return s;
  }

  /** Answers every objective item with its key (optionally one wrong) and submits; waits for `marking`. */
  async function sitAndSubmit(sessionId: string, token: string, wrongItemId?: (form: FormItem[]) => string) {
    const attempt = (await h.call('POST', `/api/exam-sessions/${sessionId}/attempts`, { token })).body;
    const form = (await h.db.ds.query(`SELECT f.items FROM attempt a JOIN exam_form f ON f.id = a.form_id WHERE a.id = $1`, [attempt.id]))[0].items as FormItem[];
    const keys = new Map<string, unknown>((await h.db.ds.query(`SELECT id, answer FROM question_version WHERE id = ANY($1::uuid[])`, [form.map((f) => f.versionId)])).map((r: { id: string; answer: unknown }) => [r.id, r.answer]));
    const display = (it: FormItem, k: string) => 'ABCDEFGH'[it.optionOrder ? it.optionOrder.indexOf(k) : 'ABCDEFGH'.indexOf(k)]!;
    const wrong = wrongItemId?.(form);
    let seq = 0;
    for (const it of form) {
      const key = keys.get(it.versionId);
      let response: unknown;
      if (it.type === 'single') response = it.id === wrong ? 'ABCD'.split('').find((k) => k !== display(it, key as string)) : display(it, key as string);
      else if (it.type === 'multiple') response = (key as string[]).map((k) => display(it, k));
      else if (it.type === 'judge') response = key;
      else if (it.type === 'fill') response = (key as string[][]).map((alts) => alts[0]);
      else response = '先致歉并倾听,再核实诉求,给出方案并跟踪回访。';
      expect((await h.call('PUT', `/api/attempts/${attempt.id}/answers/${it.id}`, { token, body: { response, seq: ++seq } })).status).toBe(200);
    }
    expect((await h.call('POST', `/api/attempts/${attempt.id}/submit`, { token })).status).toBe(202);
    await waitFor(async () => (await h.call('GET', `/api/attempts/${attempt.id}`, { token: officer })).body.status === 'marking');
    return { attemptId: attempt.id as string, form };
  }

  async function waitFor(check: () => Promise<boolean>) {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('timed out waiting');
  }

  const tasksOf = async (token: string, sessionId: string, status = 'open') =>
    (await h.call('GET', `/api/marking/tasks?status=${status}&sessionId=${sessionId}&pageSize=200`, { token })).body as { items: any[]; total: number };
  const fullMarks = (task: { rubric: { criterion: string; maxPoints: number }[] }) => task.rubric.map((c) => ({ criterion: c.criterion, points: c.maxPoints }));
  const noMarks = (task: { rubric: { criterion: string; maxPoints: number }[] }) => task.rubric.map((c) => ({ criterion: c.criterion, points: 0 }));

  it('a trainer marks blind tasks, the officer publishes, and only then the candidate sees the per-area result', async () => {
    const s = await openSession('阅卷与发布');
    const { attemptId, form } = await sitAndSubmit(s.id, c1, (f) => f.find((x) => x.type === 'single')!.id);
    const subjective = form.filter((f) => f.type === 'short' || f.type === 'case');

    const list = await tasksOf(t1, s.id);
    expect(list.total).toBe(subjective.length);
    const json = JSON.stringify(list);
    for (const secret of [ids.candidate1, 'candidate1', attemptId]) expect(json).not.toContain(secret!);
    const task = list.items[0];
    expect(Object.keys(task)).toEqual(expect.arrayContaining(['id', 'stem', 'response', 'rubric', 'maxPoints', 'assigneeId']));
    expect(task.response).toBe('先致歉并倾听,再核实诉求,给出方案并跟踪回访。');
    expect(task.assigneeId).toBeNull();

    // Bad input is refused with every problem and writes nothing.
    const tooMuch = await h.call('POST', `/api/marking/tasks/${task.id}`, { token: t1, body: { scores: task.rubric.map((c: { criterion: string; maxPoints: number }) => ({ criterion: c.criterion, points: c.maxPoints + 1 })) } });
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([422, 'MARKING_SCORES_INVALID']);
    expect(tooMuch.body.error.details.fields.some((f: { code: string }) => f.code === 'POINTS_ABOVE_MAX')).toBe(true);
    expect((await h.call('POST', `/api/marking/tasks/${task.id}`, { token: t1, body: { scores: [] } })).status).toBe(400);
    expect((await h.db.ds.query(`SELECT status, assignee_id FROM marking_task WHERE id = $1`, [task.id]))[0]).toEqual({ status: 'open', assignee_id: null });
    expect((await h.call('POST', `/api/marking/tasks/${task.id}`, { token: c1, body: { scores: fullMarks(task) } })).status).toBe(403);

    // An officer assigns to trainer2: trainer1 may no longer score it.
    expect((await h.call('POST', `/api/marking/tasks/${task.id}/assign`, { token: officer, body: { trainerId: ids.candidate2 } })).status).toBe(400);
    expect((await h.call('POST', `/api/marking/tasks/${task.id}/assign`, { token: officer, body: { trainerId: ids.trainer2 } })).status).toBe(200);
    const notMine = await h.call('POST', `/api/marking/tasks/${task.id}`, { token: t1, body: { scores: fullMarks(task) } });
    expect([notMine.status, notMine.body.error.code]).toEqual([403, 'MARKING_NOT_ASSIGNEE']);
    expect((await tasksOf(t1, s.id)).items.map((x) => x.id)).not.toContain(task.id);
    const scored = await h.call('POST', `/api/marking/tasks/${task.id}`, { token: t2, body: { scores: fullMarks(task), comment: '要点齐全' } });
    expect(scored.status).toBe(200);
    expect(scored.body).toMatchObject({ status: 'done', points: task.maxPoints, item: 'final', attemptStatus: subjective.length > 1 ? 'marking' : 'graded' });
    expect((await h.call('POST', `/api/marking/tasks/${task.id}`, { token: t2, body: { scores: fullMarks(task) } })).body.error.code).toBe('MARKING_TASK_CLOSED');

    // The rest: trainer1 claims by scoring (no marks at all).
    for (const other of (await tasksOf(t1, s.id)).items) {
      expect((await h.call('POST', `/api/marking/tasks/${other.id}`, { token: t1, body: { scores: noMarks(other) } })).status).toBe(200);
    }
    const officerView = (await h.call('GET', `/api/attempts/${attemptId}`, { token: officer })).body;
    expect(officerView.status).toBe('graded');
    const singlePoints = form.find((x) => x.type === 'single')!.points;
    const subjectiveLost = subjective.reduce((t, x) => t + x.points, 0) - task.maxPoints;
    expect(officerView.result.score).toBe(100 - singlePoints - subjectiveLost);

    // Before publication the candidate sees the status but no result.
    const before = (await h.call('GET', `/api/attempts/${attemptId}`, { token: c1 })).body;
    expect(before.status).toBe('graded');
    expect(before.result).toBeUndefined();
    expect((await h.call('GET', `/api/attempts/${attemptId}`, { token: c2 })).status).toBe(404);
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/publish`, { token: c1 })).status).toBe(403);

    const stats = (await h.call('GET', `/api/exam-sessions/${s.id}/results`, { token: officer })).body;
    expect(stats.stats.graded).toBe(1);
    expect(stats.stats.mean).toBe(officerView.result.score);
    expect(stats.items[0]).toMatchObject({ attemptId, candidateName: expect.any(String), score: officerView.result.score, status: 'graded' });
    expect(stats.stats.areas.length).toBe(officerView.result.areas.length);
    expect((await h.call('GET', `/api/exam-sessions/${s.id}/results`, { token: t1 })).status).toBe(403);

    const published = await h.call('POST', `/api/exam-sessions/${s.id}/publish`, { token: officer });
    expect(published.status).toBe(200);
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/publish`, { token: officer2 })).body.publishedAt).toBe(published.body.publishedAt);
    const mine = (await h.call('GET', `/api/attempts/${attemptId}`, { token: c1 })).body;
    expect(mine.result).toMatchObject({ score: officerView.result.score, passed: officerView.result.score >= 60, passMark: 60 });
    expect(mine.result.areas.reduce((t: number, a: { possible: number }) => t + a.possible, 0)).toBe(100);
    expect(mine.result.items.filter((i: { outcome: string }) => i.outcome === 'wrong').length).toBe(1 + subjective.length - 1);
    for (const k of ['answer', 'key', 'rubric', 'explanation', 'versionId', 'questionId', 'optionOrder']) expect(JSON.stringify(mine)).not.toContain(`"${k}"`);
    const audit = await h.db.ds.query(`SELECT action FROM audit_event WHERE entity_id = $1 AND action = 'session.published'`, [s.id]);
    expect(audit).toHaveLength(1);

    const xlsx = await fetch(`${h.baseUrl}/api/exam-sessions/${s.id}/results/export`, { headers: { authorization: `Bearer ${officer}` } });
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  it('double marking: the mean within the threshold, else a third marker decides; markers stay independent', async () => {
    await h.db.ds.query(`UPDATE blueprint SET body = jsonb_set(body, '{doubleMarking}', '{"short": true, "case": true, "discrepancyThresholdPercent": 20}') WHERE id = $1`, [bp1]);
    try {
      const s = await openSession('双评与仲裁');
      const { attemptId, form } = await sitAndSubmit(s.id, c2);
      const subjective = form.filter((f) => f.type === 'short' || f.type === 'case');
      expect(subjective.length).toBeGreaterThanOrEqual(2);
      const rounds = await h.db.ds.query(`SELECT item_id, round FROM marking_task WHERE attempt_id = $1 ORDER BY item_id, round`, [attemptId]);
      expect(rounds).toHaveLength(subjective.length * 2);

      const [first, second] = subjective;
      const taskOf = async (itemId: string, round: number) => (await h.db.ds.query(`SELECT id FROM marking_task WHERE attempt_id = $1 AND item_id = $2 AND round = $3`, [attemptId, itemId, round]))[0].id as string;
      const detail = async (token: string, id: string) => (await h.call('GET', `/api/marking/tasks/${id}`, { token })).body;

      // Item 1: trainer1 full marks, trainer2 zero → arbitration by trainer3.
      const a1 = await detail(t1, await taskOf(first!.id, 1));
      expect((await h.call('POST', `/api/marking/tasks/${a1.id}`, { token: t1, body: { scores: fullMarks(a1) } })).body.item).toBe('waiting');
      const b1id = await taskOf(first!.id, 2);
      expect((await tasksOf(t1, s.id)).items.map((x) => x.id)).not.toContain(b1id);
      expect((await h.call('POST', `/api/marking/tasks/${b1id}`, { token: t1, body: { scores: fullMarks(a1) } })).body.error.code).toBe('MARKING_CONFLICT_OF_INTEREST');
      const b1 = await detail(t2, b1id);
      expect(b1.points).toBeNull(); // the second marker does not see the first mark
      expect((await h.call('POST', `/api/marking/tasks/${b1id}`, { token: t2, body: { scores: noMarks(b1) } })).body.item).toBe('arbitration');
      const arb = await taskOf(first!.id, 3);
      expect((await h.call('POST', `/api/marking/tasks/${arb}`, { token: t2, body: { scores: noMarks(b1) } })).status).toBe(403);
      const arbDetail = await detail(t3, arb);
      expect(arbDetail.earlierMarks.map((e: { points: number }) => e.points).sort()).toEqual([0, first!.points].sort());
      const half = arbDetail.rubric.map((c: { criterion: string; maxPoints: number }) => ({ criterion: c.criterion, points: Math.floor(c.maxPoints / 2) }));
      expect((await h.call('POST', `/api/marking/tasks/${arb}`, { token: t3, body: { scores: half } })).body.item).toBe('final');

      // Item 2: marks within 20 % → the mean.
      const a2 = await detail(t1, await taskOf(second!.id, 1));
      await h.call('POST', `/api/marking/tasks/${a2.id}`, { token: t1, body: { scores: fullMarks(a2) } });
      const b2 = await detail(t2, await taskOf(second!.id, 2));
      const nearly = b2.rubric.map((c: { criterion: string; maxPoints: number }, i: number) => ({ criterion: c.criterion, points: i === 0 ? c.maxPoints - 1 : c.maxPoints }));
      expect((await h.call('POST', `/api/marking/tasks/${b2.id}`, { token: t2, body: { scores: nearly } })).body.item).toBe('final');

      // The remaining items: both markers agree.
      for (const it of subjective.slice(2)) {
        for (const [round, token] of [[1, t1], [2, t2]] as const) {
          const d = await detail(token, await taskOf(it.id, round));
          await h.call('POST', `/api/marking/tasks/${d.id}`, { token, body: { scores: fullMarks(d) } });
        }
      }
      const scores = new Map<string, number>((await h.db.ds.query(`SELECT item_id, earned_cents FROM attempt_item_score WHERE attempt_id = $1`, [attemptId])).map((r: { item_id: string; earned_cents: string }) => [r.item_id, Number(r.earned_cents)]));
      const halfCents = Math.round((half.reduce((t: number, x: { points: number }) => t + x.points, 0) / arbDetail.rubric.reduce((t: number, c: { maxPoints: number }) => t + c.maxPoints, 0)) * first!.points * 1e6) / 1e4;
      expect(scores.get(first!.id)).toBeCloseTo(halfCents, 3);
      const rubricMax = b2.rubric.reduce((t: number, c: { maxPoints: number }) => t + c.maxPoints, 0);
      expect(scores.get(second!.id)).toBeCloseTo(((second!.points * 100) + (second!.points * 100 * (rubricMax - 1)) / rubricMax) / 2, 3);
      expect((await h.call('GET', `/api/attempts/${attemptId}`, { token: officer })).body.status).toBe('graded');
      const arbAudit = await h.db.ds.query(`SELECT data FROM audit_event WHERE entity_id = $1 AND action = 'marking.arbitration_opened'`, [attemptId]);
      expect(arbAudit).toHaveLength(1);
    } finally {
      await h.db.ds.query(`UPDATE blueprint SET body = body - 'doubleMarking' WHERE id = $1`, [bp1]);
    }
  });

  it('distributes open tasks round robin without conflicts and reports the workload', async () => {
    const s = await openSession('轮流分配');
    await sitAndSubmit(s.id, c1);
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/marking/distribute`, { token: t1, body: {} })).status).toBe(403);
    const d = await h.call('POST', `/api/exam-sessions/${s.id}/marking/distribute`, { token: officer, body: { trainerIds: [ids.trainer1, ids.trainer2] } });
    expect(d.status).toBe(200);
    const tasks = (await tasksOf(officer, s.id)).items;
    expect(d.body.assigned).toBe(tasks.length);
    const per = new Map<string, number>();
    for (const t of tasks) per.set(t.assigneeId, (per.get(t.assigneeId) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual([ids.trainer1, ids.trainer2].sort());
    expect(Math.abs(per.get(ids.trainer1)! - per.get(ids.trainer2)!)).toBeLessThanOrEqual(1);
    const w = (await h.call('GET', `/api/marking/workload?sessionId=${s.id}`, { token: officer })).body;
    expect(w.sessions[0]).toMatchObject({ sessionId: s.id, open: tasks.length, unassigned: 0, done: 0 });
    expect(w.markers.reduce((t: number, m: { open: number }) => t + m.open, 0)).toBe(tasks.length);
    // A trainer registered as a candidate of the session may not mark it.
    await h.db.ds.query(`INSERT INTO registration (session_id, candidate_id) VALUES ($1, $2)`, [s.id, ids.trainer3]);
    const conflict = await h.call('POST', `/api/marking/tasks/${tasks[0].id}/assign`, { token: officer, body: { trainerId: ids.trainer3 } });
    expect([conflict.status, conflict.body.error.code]).toEqual([403, 'MARKING_CONFLICT_OF_INTEREST']);
    expect((await tasksOf(t3, s.id)).total).toBe(0);
  });

  it('regrades after a key correction: preview, confirm, audited; the candidate sees the new score', async () => {
    const s = await openSession('更正答案后重新评分');
    const { attemptId, form } = await sitAndSubmit(s.id, c1);
    for (const task of (await tasksOf(t1, s.id)).items) await h.call('POST', `/api/marking/tasks/${task.id}`, { token: t1, body: { scores: fullMarks(task) } });
    await waitFor(async () => (await h.call('GET', `/api/attempts/${attemptId}`, { token: officer })).body.status === 'graded');
    expect((await h.call('GET', `/api/attempts/${attemptId}`, { token: officer })).body.result.score).toBe(100);
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/regrades`, { token: officer, body: {} })).body.error.code).toBe('REGRADE_NOTHING_TO_DO');

    // A trainer corrects the key of one single-choice item; another trainer approves it.
    const item = form.find((x) => x.type === 'single')!;
    const [{ answer }] = await h.db.ds.query(`SELECT answer FROM question_version WHERE id = $1`, [item.versionId]);
    const newKey = ['A', 'B', 'C', 'D'].find((k) => k !== answer)!;
    expect((await h.call('PATCH', `/api/questions/${item.questionId}`, { token: t1, body: { answer: newKey } })).status).toBe(200);
    await h.call('POST', `/api/questions/${item.questionId}/submit`, { token: t1 });
    expect((await h.call('POST', `/api/questions/${item.questionId}/approve`, { token: t2 })).status).toBe(200);

    const req = await h.call('POST', `/api/exam-sessions/${s.id}/regrades`, { token: officer, body: { questionIds: [item.questionId] } });
    expect(req.status).toBe(202);
    await waitFor(async () => (await h.call('GET', `/api/regrades/${req.body.id}`, { token: officer })).body.status === 'ready');
    const preview = (await h.call('GET', `/api/regrades/${req.body.id}`, { token: officer })).body;
    expect(preview.changes).toEqual([expect.objectContaining({ attemptId, oldScore: 100, newScore: 100 - item.points, itemsChanged: 1 })]);
    // Nothing changed before confirmation.
    expect((await h.call('GET', `/api/attempts/${attemptId}`, { token: officer })).body.result.score).toBe(100);
    const confirmed = await h.call('POST', `/api/regrades/${req.body.id}/confirm`, { token: officer2 });
    expect(confirmed.body).toMatchObject({ status: 'applied', attempts: 1, scoreChanges: 1 });
    expect((await h.call('POST', `/api/regrades/${req.body.id}/confirm`, { token: officer2 })).body.error.code).toBe('REGRADE_NOT_READY');
    expect((await h.call('GET', `/api/attempts/${attemptId}`, { token: officer })).body.result.score).toBe(100 - item.points);
    const audit = await h.db.ds.query(`SELECT data FROM audit_event WHERE entity_id = $1 AND action = 'attempt.regraded'`, [attemptId]);
    expect(audit[0].data).toMatchObject({ oldScore: 100, newScore: 100 - item.points });
    // A new version that changes the paper's shape (another option) is not a key correction.
    const other = form.filter((x) => x.type === 'single')[1]!;
    const [{ options }] = await h.db.ds.query(`SELECT options FROM question_version WHERE id = $1`, [other.versionId]);
    const widened = [...options, { key: 'ABCDEFGH'[options.length], text: '以上都不对' }];
    expect((await h.call('PATCH', `/api/questions/${other.questionId}`, { token: t1, body: { options: widened } })).status).toBe(200);
    await h.call('POST', `/api/questions/${other.questionId}/submit`, { token: t1 });
    expect((await h.call('POST', `/api/questions/${other.questionId}/approve`, { token: t2 })).status).toBe(200);
    // Regrading is idempotent: the corrected paper has nothing left to regrade.
    expect((await h.call('POST', `/api/exam-sessions/${s.id}/regrades`, { token: officer, body: {} })).body.error.code).toBe('REGRADE_NOTHING_TO_DO');
  });
});
