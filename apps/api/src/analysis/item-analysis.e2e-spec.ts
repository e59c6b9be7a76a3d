import IORedis from 'ioredis';
import { BullmqDispatcher, insertJob } from '@cm/db';
import type { FormItem } from '@cm/jobs';
import { startApiHarness, type ApiHarness } from '../../test/api-harness';

const N = 24;
const DISPLAY = 'ABCDEFGH';

/** A fixed paper sat by 24 synthetic candidates of rising ability, graded by the real worker:
 * every item is answered right by the stronger candidates, except one single-choice item that
 * only the weakest eight get right (the others all pick the same distractor). */
describe('item analysis per session and pooled per question version (HTTP + worker)', () => {
  let h: ApiHarness;
  let officer: string;
  let sessionId: string;
  let reversed: FormItem;
  let distractor: string;
  const attemptIds: string[] = [];

  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    officer = await h.login('officer1');
    const vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    const bp = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
    const session = await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp, title: '题目分析场次', opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 3600e3).toISOString(), formMode: 'fixed', parallelForms: 1 },
    });
    sessionId = session.body.id;
    const { jobId } = (await h.call('POST', `/api/exam-sessions/${sessionId}/forms`, { token: officer })).body;
    for (let i = 0; i < 200 && (await h.call('GET', `/api/jobs/${jobId}`, { token: officer })).body.state !== 'completed'; i++) await new Promise((r) => setTimeout(r, 100));
    const [form] = await h.db.ds.query(`SELECT id, items FROM exam_form WHERE session_id = $1`, [sessionId]);
    const items = form.items as FormItem[];
    const keys = new Map<string, unknown>((await h.db.ds.query(`SELECT id, answer, options FROM question_version WHERE id = ANY($1::uuid[])`, [items.map((f) => f.versionId)])).map((r: { id: string; answer: unknown }) => [r.id, r.answer]));
    // A single-choice item whose options were shuffled on the paper: displayed ≠ authored keys.
    reversed = items.find((it) => it.type === 'single' && it.optionOrder && it.optionOrder.join('') !== [...it.optionOrder].sort().join(''))!;
    const display = (it: FormItem, k: string) => DISPLAY[it.optionOrder ? it.optionOrder.indexOf(k) : DISPLAY.indexOf(k)]!;
    // The wrong answer everyone but the weakest gives: the first authored key that is not the key.
    distractor = (reversed.optionOrder ?? ['A', 'B', 'C', 'D']).find((k) => k !== keys.get(reversed.versionId))!;

    const respond = (it: FormItem, right: boolean): unknown => {
      const key = keys.get(it.versionId);
      if (it.type === 'single') return display(it, right ? (key as string) : (it.optionOrder ?? ['A', 'B', 'C', 'D']).find((k) => k !== key)!);
      if (it.type === 'multiple') return right ? (key as string[]).map((k) => display(it, k)) : [display(it, (it.optionOrder ?? ['A', 'B', 'C', 'D', 'E']).find((k) => !(key as string[]).includes(k))!)];
      if (it.type === 'judge') return right ? key : !key;
      if (it.type === 'fill') return (key as string[][]).map((alts) => (right ? alts[0] : '不知道'));
      return '作答内容';
    };
    // Candidates c0 (weakest) … c23 (strongest); item j is right from ability (j % 20) + 2 up.
    const hash = (await h.db.ds.query(`SELECT password_hash FROM app_user WHERE username = 'candidate1'`))[0].password_hash;
    for (let i = 0; i < N; i++) {
      const [{ id: userId }] = await h.db.ds.query(`INSERT INTO app_user (username, password_hash, display_name, roles) VALUES ($1, $2, $3, '{candidate}') RETURNING id`, [`ia-c${i}`, hash, `考生${i}`]);
      const [{ id }] = await h.db.ds.query(
        `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline, submitted_at, submitted_by) VALUES ($1, $2, $3, 'submitted', now(), now(), 'candidate') RETURNING id`,
        [sessionId, userId, form.id],
      );
      attemptIds.push(id);
      let seq = 0;
      for (const [j, it] of items.entries()) {
        const right = it === reversed ? i < 8 : i >= (j % 20) + 2;
        await h.db.ds.query(`INSERT INTO attempt_answer (attempt_id, item_id, response, seq) VALUES ($1, $2, $3::jsonb, $4)`, [id, it.id, JSON.stringify(respond(it, right)), ++seq]);
      }
    }
    // Graded by the real worker through the outbox.
    const redis = new IORedis(h.config.redisUrl!, { maxRetriesPerRequest: null });
    const dispatcher = new BullmqDispatcher(redis, h.config.queuePrefix);
    for (const attemptId of attemptIds) await dispatcher.dispatch(await h.db.ds.transaction((m) => insertJob(m, { name: 'grade-attempt', payload: { attemptId }, dedupKey: `grade:${attemptId}` })));
    await dispatcher.close();
    await redis.quit();
    for (let i = 0; i < 300; i++) {
      const [{ n }] = await h.db.ds.query(`SELECT count(*)::int AS n FROM attempt WHERE session_id = $1 AND status = 'submitted'`, [sessionId]);
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // The essays are "marked" by ability (marking is not under test here); the last attempt stays in marking.
    for (const [i, id] of attemptIds.entries()) {
      if (i === N - 1) continue;
      await h.db.ds.query(`UPDATE attempt_item_score SET earned_cents = round(max_cents * $2::numeric / $3), status = 'scored' WHERE attempt_id = $1 AND status = 'pending_marking'`, [id, i, N]);
      await h.db.ds.query(`UPDATE attempt SET status = 'graded' WHERE id = $1`, [id]);
    }
  }, 120_000);

  afterAll(async () => {
    await h.close();
  });

  it('gives officers facility, discrimination, distractors in authored keys, flags and KR-20/alpha over graded attempts only', async () => {
    const res = await h.call('GET', `/api/exam-sessions/${sessionId}/item-analysis`, { token: officer });
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a).toMatchObject({ sessionId, formMode: 'fixed', attempts: N - 1, minN: 20, reliabilityNote: null });
    expect(a.items).toHaveLength(47);
    expect(a.items.map((i: { position: number }) => i.position)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    const row = a.items.find((i: { versionId: string }) => i.versionId === reversed.versionId);
    // Right: c0–c7 (8 of the 23 graded); everyone else chose the same distractor, named by its authored key.
    expect(row.n).toBe(N - 1);
    expect(row.facility).toBeCloseTo(8 / 23, 4);
    expect(row.pointBiserial).toBeLessThan(0);
    expect(row.groupSize).toBe(6);
    expect(row.discrimination).toBe(-1);
    expect(row.flags).toContain('negative_discrimination');
    const correct = row.distractors.find((d: { correct: boolean }) => d.correct);
    expect(correct.count).toBe(8);
    expect(row.distractors.find((d: { option: string }) => d.option === distractor)).toMatchObject({ correct: false, count: 15, upperShare: 1, lowerShare: 0 });
    expect(row.omitted).toBe(0);
    // Everything else rises with ability: positive discrimination, no negative flag.
    const others = a.items.filter((i: { versionId: string; type: string }) => i.versionId !== reversed.versionId && i.type !== 'short' && i.type !== 'case');
    expect(others.every((i: { flags: string[]; pointBiserial: number | null }) => !i.flags.includes('negative_discrimination') && (i.pointBiserial ?? 1) > 0)).toBe(true);
    expect(a.flagged).toBeGreaterThanOrEqual(1);
    // One fixed form with essay items: coefficient alpha over the 23 graded attempts.
    expect(a.reliability).toHaveLength(1);
    expect(a.reliability[0]).toMatchObject({ label: 'A', method: 'alpha', k: 47, n: N - 1 });
    expect(a.reliability[0].value).toBeGreaterThan(0.5);
    expect(a.reliability[0].value).toBeLessThanOrEqual(1);
  });

  it('feeds the question statistics panel, pooled per version', async () => {
    const trainer = await h.login('trainer1');
    const [{ question_id: questionId }] = await h.db.ds.query(`SELECT question_id FROM question_version WHERE id = $1`, [reversed.versionId]);
    const res = await h.call('GET', `/api/question-bank/questions/${questionId}/statistics`, { token: trainer });
    expect(res.status).toBe(200);
    const v = res.body.items.find((i: { versionId: string }) => i.versionId === reversed.versionId);
    expect(v.analysis).toMatchObject({ n: N - 1, discrimination: -1, flags: expect.arrayContaining(['negative_discrimination']) });
    expect(v.facility).toBeCloseTo(8 / 23, 4);
    expect(v.analysis.pointBiserial).toBeLessThan(0);
    expect(v.analysis.distractors.find((d: { option: string }) => d.option === distractor).count).toBe(15);
  });

  it('is for officers only, 404 for an unknown session, and says n/a for per-candidate papers', async () => {
    const candidate = await h.login('candidate1');
    expect((await h.call('GET', `/api/exam-sessions/${sessionId}/item-analysis`, { token: candidate })).status).toBe(403);
    expect((await h.call('GET', `/api/exam-sessions/${sessionId}/item-analysis`, { token: await h.login('trainer1') })).status).toBe(403);
    const missing = await h.call('GET', `/api/exam-sessions/00000000-0000-4000-8000-000000000000/item-analysis`, { token: officer });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const bp = (await h.db.ds.query(`SELECT blueprint_id FROM exam_session WHERE id = $1`, [sessionId]))[0].blueprint_id;
    const other = await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId: bp, title: '一人一卷', opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 3600e3).toISOString(), formMode: 'per_candidate' },
    });
    const empty = await h.call('GET', `/api/exam-sessions/${other.body.id}/item-analysis`, { token: officer });
    expect(empty.body).toMatchObject({ formMode: 'per_candidate', attempts: 0, items: [], reliability: [], reliabilityNote: 'per_candidate', flagged: 0 });
  });
});
