import { toDisplayKeys } from '@cm/domain';
import { startApiHarness, type ApiHarness } from '../../test/api-harness';
import { publishedExam } from '../../test/level-fixtures';

interface StoredItem {
  id: string;
  versionId: string;
  questionId: string;
  type: string;
  optionOrder?: string[];
}

/** A response that earns full marks (right = true) or none (right = false), in display keys. */
function responseFor(it: StoredItem, key: unknown, right: boolean): unknown {
  switch (it.type) {
    case 'single': {
      const k = right ? (key as string) : ['A', 'B', 'C', 'D'].find((x) => x !== key)!;
      return toDisplayKeys('single', k, it.optionOrder);
    }
    case 'multiple':
      return right ? toDisplayKeys('multiple', key, it.optionOrder) : ['A', 'B', 'C', 'D'].filter((x) => !(key as string[]).includes(x)).slice(0, 1).map((k) => toDisplayKeys('single', k, it.optionOrder));
    case 'judge':
      return right ? key : !key;
    case 'fill':
      return (key as string[][]).map((alts) => (right ? alts[0]! : '不知道'));
    default:
      return '先倾听并致歉,核实诉求后给出方案,最后跟踪回访。';
  }
}

describe('training: learning centre, chapter practice, 错题本 and mock exams (HTTP)', () => {
  let h: ApiHarness;
  let c1: string;
  let c2: string;
  let gov: string;
  let vip: string;
  beforeAll(async () => {
    h = await startApiHarness();
    [c1, c2] = await Promise.all([h.login('candidate1'), h.login('candidate2')]);
    const tracks = (await h.call('GET', '/api/tracks', { token: c1 })).body as { id: string; code: string }[];
    gov = tracks.find((t) => t.code === 'gov-enterprise-sales-manager')!.id;
    vip = tracks.find((t) => t.code === 'vip-service-manager')!.id;
  });
  afterAll(async () => {
    await h.close();
  });

  const storedItems = async (table: 'practice_set' | 'mock_exam', id: string): Promise<StoredItem[]> => (await h.db.ds.query(`SELECT items FROM ${table} WHERE id = $1`, [id]))[0].items;
  const keysOf = async (items: StoredItem[]) =>
    new Map<string, unknown>((await h.db.ds.query(`SELECT id, answer FROM question_version WHERE id = ANY($1::uuid[])`, [items.map((i) => i.versionId)])).map((r: { id: string; answer: unknown }) => [r.id, r.answer]));

  it('shows the learning centre for the target level: chapters with 了解/熟悉/掌握, mastery, hours against the standard', async () => {
    const r = await h.call('GET', `/api/training/learning-centre?trackId=${gov}`, { token: c1 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ trackId: gov, level: 1, levelName: '四级', masteryWindow: 20, hours: { completed: 30, required: 30, pending: 0 }, lastExam: null, sources: { exam: false, competency: false } });
    expect(r.body.targets.map((t: { level: number }) => t.level)).toEqual([1, 1]);
    const b1 = r.body.chapters.find((c: { code: string }) => c.code === 'GOV-B.1');
    // The seeded 四级 points of 基础篇 are all 了解 (syllabus.yaml): the chapter shows the label and its points.
    expect(b1).toMatchObject({ partTitle: '基础篇', requirement: 'understand', mastery: { answered: 0, accuracy: null, band: 'not_started' }, openWrong: 0 });
    expect(b1.points.length).toBeGreaterThan(0);
    expect(b1.practiceCount).toBeGreaterThan(0);
    // Nothing practised, no exam: the first unpractised chapters are suggested, in syllabus order.
    expect(r.body.recommended[0]).toMatchObject({ code: 'GOV-B.1', reasons: [{ code: 'NOT_PRACTISED' }] });
    // candidate3 holds VIP 四级: the VIP target is 三级.
    const c3 = await h.login('candidate3');
    const t3 = (await h.call('GET', '/api/training/learning-centre', { token: c3 })).body.targets.find((t: { trackId: string }) => t.trackId === vip);
    expect(t3).toMatchObject({ level: 2, heldLevel: 1 });
    expect((await h.call('GET', '/api/training/learning-centre', { token: await h.login('trainer1') })).status).toBe(403);
  });

  it('draws practice sets only from practice items — never exam-only ones — and hides the key until an answer', async () => {
    const [chapter] = await h.db.ds.query(`SELECT id FROM syllabus_node WHERE code = 'GOV-B.2' AND track_id = $1`, [gov]);
    const pool = await h.db.ds.query(
      `SELECT q.id, v.usage FROM question q JOIN question_version v ON v.id = q.active_version_id JOIN syllabus_node n ON n.id = v.syllabus_node_id
       WHERE n.id = $1 OR n.parent_id = $1`,
      [chapter.id],
    );
    const practiceIds = pool.filter((p: { usage: string[] }) => p.usage.includes('practice')).map((p: { id: string }) => p.id).sort();
    const examOnly = pool.filter((p: { usage: string[] }) => !p.usage.includes('practice')).map((p: { id: string }) => p.id);
    expect(examOnly.length).toBeGreaterThan(0);
    expect(practiceIds.length).toBeGreaterThan(0);
    // A set as large as allowed takes the whole practice pool of the chapter and nothing else.
    const big = await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, chapterId: chapter.id, size: 50 } });
    expect(big.status).toBe(201);
    const drawn = (await storedItems('practice_set', big.body.id)).map((i) => i.questionId).sort();
    expect(drawn).toEqual(practiceIds);
    expect(drawn.filter((q) => examOnly.includes(q))).toEqual([]);
    // Before answering, the payload is built from an allow-list: no key, explanation or rubric.
    for (const it of big.body.items) {
      expect(Object.keys(it).filter((k) => !['id', 'position', 'type', 'stem', 'points', 'options', 'blanks', 'chapterId'].includes(k))).toEqual([]);
      for (const o of it.options ?? []) expect(Object.keys(o).sort()).toEqual(['key', 'text']);
    }
    expect(JSON.stringify(big.body)).not.toMatch(/"(answer|explanation|rubric)"/);
    expect(big.body.feedback).toEqual({});
    // A retired practice question still serves practice; a version changed to exam-only never does.
    const [flip] = practiceIds;
    await h.db.ds.query(`UPDATE question_version SET usage = '{exam}' WHERE id = (SELECT active_version_id FROM question WHERE id = $1)`, [flip]);
    for (let i = 0; i < 3; i++) {
      const s = await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, chapterId: chapter.id, size: 50 } });
      expect((await storedItems('practice_set', s.body.id)).map((x) => x.questionId)).not.toContain(flip);
    }
    await h.db.ds.query(`UPDATE question_version SET usage = '{exam,practice}' WHERE id = (SELECT active_version_id FROM question WHERE id = $1)`, [flip]);
    const retire = await h.call('POST', `/api/questions/${practiceIds[1]}/retire`, { token: await h.login('trainer1') });
    expect(retire.body.status).toBe('retired');
    const withRetired = await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, chapterId: chapter.id, size: 50 } });
    expect((await storedItems('practice_set', withRetired.body.id)).map((x) => x.questionId).sort()).toEqual(practiceIds);
    const bad = await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, source: 'chapter' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('gives instant feedback with the key and explanation, logs retries, fills the 错题本 and updates mastery', async () => {
    const [chapter] = await h.db.ds.query(`SELECT id FROM syllabus_node WHERE code = 'GOV-B.1' AND track_id = $1`, [gov]);
    const set = (await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, chapterId: chapter.id, size: 6 } })).body;
    expect(set.items).toHaveLength(6);
    const stored = await storedItems('practice_set', set.id);
    const keys = await keysOf(stored);
    const objective = stored.filter((i) => !['short', 'case'].includes(i.type));
    expect(objective.length).toBeGreaterThan(2);
    const first = objective[0]!;
    const wrong = await h.call('POST', `/api/training/practice-sets/${set.id}/items/${first.id}/answers`, { token: c1, body: { response: responseFor(first, keys.get(first.versionId), false) } });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({ itemId: first.id, correct: false, tries: 1, explanation: expect.any(String), wrongAnswer: { status: 'open' } });
    expect(wrong.body.key).toEqual(toDisplayKeys(first.type, keys.get(first.versionId), first.optionOrder));
    // someone else's set does not exist for them
    expect((await h.call('GET', `/api/training/practice-sets/${set.id}`, { token: c2 })).status).toBe(404);
    expect((await h.call('POST', `/api/training/practice-sets/${set.id}/items/${first.id}/answers`, { token: c2, body: { response: true } })).status).toBe(404);
    const malformed = await h.call('POST', `/api/training/practice-sets/${set.id}/items/${first.id}/answers`, { token: c1, body: { response: first.type === 'judge' ? 'A' : true } });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    // retry: right this time
    const retry = await h.call('POST', `/api/training/practice-sets/${set.id}/items/${first.id}/answers`, { token: c1, body: { response: responseFor(first, keys.get(first.versionId), true) } });
    expect(retry.body).toMatchObject({ correct: true, tries: 2, wrongAnswer: { status: 'open' } });
    for (const it of objective.slice(1)) {
      await h.call('POST', `/api/training/practice-sets/${set.id}/items/${it.id}/answers`, { token: c1, body: { response: responseFor(it, keys.get(it.versionId), true) } });
    }
    const view = (await h.call('GET', `/api/training/practice-sets/${set.id}`, { token: c1 })).body;
    expect(Object.keys(view.feedback).sort()).toEqual(objective.map((i) => i.id).sort());
    expect(view.feedback[first.id]).toMatchObject({ correct: true, tries: 2 });

    // mastery: every try counts, newest 20 per chapter
    const centre = (await h.call('GET', `/api/training/learning-centre?trackId=${gov}`, { token: c1 })).body;
    const b1 = centre.chapters.find((c: { id: string }) => c.id === chapter.id);
    const answered = objective.length + 1;
    expect(b1.mastery).toMatchObject({ answered, correct: answered - 1, accuracy: Math.round(((answered - 1) * 1000) / answered) / 10 });
    expect(b1.openWrong).toBe(1);

    // 错题本: the entry, with its content now (it is a practice item); re-practice; mark mastered
    const book = (await h.call('GET', `/api/training/wrong-answers?trackId=${gov}&status=open`, { token: c1 })).body;
    expect(book.total).toBe(1);
    expect(book.items[0]).toMatchObject({ questionId: first.questionId, chapterId: chapter.id, wrongCount: 1, status: 'open', available: true, explanation: expect.any(String) });
    expect(book.byChapter).toEqual([expect.objectContaining({ chapterId: chapter.id, open: 1, mastered: 0 })]);
    const again = await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, source: 'wrong_book' } });
    expect(again.status).toBe(201);
    expect((await storedItems('practice_set', again.body.id)).map((i) => i.questionId)).toEqual([first.questionId]);
    expect((await h.call('POST', `/api/training/wrong-answers/${book.items[0].id}/mastered`, { token: c2 })).status).toBe(404);
    const done = await h.call('POST', `/api/training/wrong-answers/${book.items[0].id}/mastered`, { token: c1 });
    expect(done.body).toMatchObject({ status: 'mastered', masteredAt: expect.any(String) });
    const none = await h.call('POST', '/api/training/practice-sets', { token: c1, body: { trackId: gov, level: 1, source: 'wrong_book' } });
    expect([none.status, none.body.error.code]).toEqual([422, 'PRACTICE_POOL_EMPTY']);
    expect((await h.call('GET', '/api/training/wrong-answers', { token: c2 })).body.total).toBe(0);
  });

  it('assembles a timed mock exam from practice items by the level blueprint and grades it at once per area', async () => {
    const start = await h.call('POST', '/api/training/mock-exams', { token: c2, body: { trackId: vip, level: 1 } });
    expect(start.status).toBe(201);
    const mock = start.body;
    expect(mock).toMatchObject({ status: 'in_progress', level: 1, durationMinutes: 100, answers: {} });
    expect(Date.parse(mock.deadline) - Date.parse(mock.startedAt)).toBe(100 * 60_000);
    expect(mock.items).toHaveLength(47);
    expect(JSON.stringify(mock)).not.toContain('"explanation"');
    const stored = await storedItems('mock_exam', mock.id);
    const usage = await h.db.ds.query(`SELECT usage, status FROM question_version WHERE id = ANY($1::uuid[])`, [stored.map((s) => s.versionId)]);
    expect(usage.every((u: { usage: string[]; status: string }) => u.usage.includes('practice') && ['active', 'retired'].includes(u.status))).toBe(true);
    // resuming gives the same paper
    const resumed = await h.call('POST', '/api/training/mock-exams', { token: c2, body: { trackId: vip, level: 1 } });
    expect([resumed.status, resumed.body.id]).toEqual([200, mock.id]);
    expect((await h.call('GET', `/api/training/mock-exams/${mock.id}`, { token: c1 })).status).toBe(404);

    const keys = await keysOf(stored);
    const objective = stored.filter((s) => !['short', 'case'].includes(s.type));
    const wrongOne = objective[0]!;
    let seq = 0;
    for (const it of stored) {
      const body = { response: responseFor(it, keys.get(it.versionId), it !== wrongOne), seq: ++seq };
      expect((await h.call('PUT', `/api/training/mock-exams/${mock.id}/answers/${it.id}`, { token: c2, body })).status).toBe(200);
    }
    const submitted = await h.call('POST', `/api/training/mock-exams/${mock.id}/submit`, { token: c2 });
    expect(submitted.status).toBe(200);
    const result = submitted.body.result;
    const wrongPoints = (await h.db.ds.query(`SELECT items FROM mock_exam WHERE id = $1`, [mock.id]))[0].items.find((i: { id: string }) => i.id === wrongOne.id).points;
    expect(result).toMatchObject({ possible: 80, earned: 80 - wrongPoints, passMark: 60, ungraded: { count: 2, points: 20 } });
    expect(result.score).toBe(Math.round(((80 - wrongPoints) * 10000) / 80) / 100);
    expect(result.areas).toHaveLength(6);
    const blueprintAreas = (await h.db.ds.query(`SELECT body FROM blueprint b JOIN mock_exam x ON x.blueprint_id = b.id WHERE x.id = $1`, [mock.id]))[0].body.areas;
    expect(result.areas.map((a: { syllabusNodeId: string }) => a.syllabusNodeId)).toEqual(blueprintAreas.map((a: { syllabusNodeId: string }) => a.syllabusNodeId));
    expect(result.areas.reduce((s: number, a: { possible: number }) => s + a.possible, 0)).toBe(80);
    expect(result.areas.every((a: { title: string }) => a.title.length > 0)).toBe(true);
    const wrongItem = result.items.find((i: { itemId: string }) => i.itemId === wrongOne.id);
    expect(wrongItem).toMatchObject({ correct: false, earned: 0, explanation: expect.any(String) });
    expect(result.items.filter((i: { type: string }) => i.type === 'short').every((i: { earned: null; rubric: unknown[] }) => i.earned === null && i.rubric.length > 0)).toBe(true);
    const twice = await h.call('POST', `/api/training/mock-exams/${mock.id}/submit`, { token: c2 });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'ATTEMPT_ALREADY_SUBMITTED']);
    const late = await h.call('PUT', `/api/training/mock-exams/${mock.id}/answers/${wrongOne.id}`, { token: c2, body: { response: null, seq: 999 } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    // the mock's wrong answer is in the 错题本, the list shows the graded mock
    const book = (await h.call('GET', `/api/training/wrong-answers?trackId=${vip}`, { token: c2 })).body;
    expect(book.items.map((i: { questionId: string }) => i.questionId)).toEqual([wrongOne.questionId]);
    const list = (await h.call('GET', '/api/training/mock-exams', { token: c2 })).body;
    expect(list.items[0]).toMatchObject({ id: mock.id, status: 'graded', score: result.score });
  });

  it('grades an abandoned mock exam once its time is up', async () => {
    const mock = (await h.call('POST', '/api/training/mock-exams', { token: c1, body: { trackId: gov, level: 1 } })).body;
    await h.db.ds.query(`UPDATE mock_exam SET deadline = now() - interval '2 minutes' WHERE id = $1`, [mock.id]);
    const late = await h.call('PUT', `/api/training/mock-exams/${mock.id}/answers/${mock.items[0].id}`, { token: c1, body: { response: 'A', seq: 1 } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_CLOSED']);
    const view = (await h.call('GET', `/api/training/mock-exams/${mock.id}`, { token: c1 })).body;
    expect(view).toMatchObject({ status: 'graded', submittedBy: 'server', result: { earned: 0 } });
  });

  it('refuses a mock exam clearly when the practice pool cannot fill the blueprint, never relaxing it', async () => {
    // Take all but three practice 单选 of the 政企 track out of practice: 15 are needed.
    await h.db.ds.query(
      `UPDATE question_version SET usage = '{exam}' WHERE id IN (
         SELECT v.id FROM question q JOIN question_version v ON v.id = q.active_version_id
         WHERE q.track_id = $1 AND v.type = 'single' AND 'practice' = ANY(v.usage) ORDER BY v.id OFFSET 3)`,
      [gov],
    );
    const r = await h.call('POST', '/api/training/mock-exams', { token: c2, body: { trackId: gov, level: 1 } });
    expect([r.status, r.body.error.code]).toEqual([422, 'MOCK_EXAM_INFEASIBLE']);
    expect(r.body.error.details.reason).toBe('PRACTICE_POOL_TOO_SMALL');
    const singles = r.body.error.details.shortfalls.filter((s: { type: string }) => s.type === 'single');
    expect(singles.length).toBeGreaterThan(0);
    expect(singles[0]).toMatchObject({ title: expect.any(String), needed: expect.any(Number), available: expect.any(Number) });
    expect((await h.db.ds.query(`SELECT count(*)::int AS n FROM mock_exam WHERE candidate_id = (SELECT id FROM app_user WHERE username = 'candidate2') AND track_id = $1`, [gov]))[0].n).toBe(0);
  });

  it('recommends chapters from the competency gaps of the knowledge items once a rating campaign exists', async () => {
    const officer = await h.login('officer1');
    const c3 = await h.login('candidate3');
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    const id = (u: string) => users.find((x) => x.username === u)!.id;
    const campaign = await h.call('POST', '/api/rating-campaigns', {
      token: officer,
      body: { candidateId: id('candidate3'), trackId: gov, targetLevel: 1, raters: [{ raterId: id('supervisor1'), relation: 'supervisor' }] },
    });
    expect(campaign.status).toBe(201);
    // A failed published exam: the knowledge items stay below the 四级 standard.
    await publishedExam(h.db.ds, { candidateIds: [id('candidate3')], trackId: gov, level: 1, score: 40 });
    const r = (await h.call('GET', `/api/training/learning-centre?trackId=${gov}&level=1`, { token: c3 })).body;
    expect(r.sources.competency).toBe(true);
    const reasons = r.recommended.flatMap((x: { reasons: { code: string; gap?: number }[] }) => x.reasons);
    expect(reasons.some((x: { code: string; gap?: number }) => x.code === 'COMPETENCY_GAP' && (x.gap ?? 0) > 0)).toBe(true);
  });
});
