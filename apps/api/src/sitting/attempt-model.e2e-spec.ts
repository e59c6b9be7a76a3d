import fc from 'fast-check';
import { overdueAttempts, submitAttempt } from '@cm/db';
import { startApiHarness, type ApiHarness } from '../../test/api-harness';

/**
 * Model-based test of the attempt state machine against the real API and PostgreSQL: random
 * sequences of start, save (single route or batch) with arbitrary seq, submit, the clock moving
 * past the deadline and the grace period, the server's auto-submission (the submit-overdue job's
 * own call), a submit racing saves, and someone else's save. The clock is controlled as in the
 * other sitting tests: the attempt's deadline is moved relative to the server's now().
 *
 * The model's invariants, checked against the database after every command: at most one attempt
 * per candidate and session; a save is taken iff the attempt is in progress and now ≤ deadline +
 * grace; each item holds the response of its highest accepted seq (a lower or equal seq is a
 * no-op, acknowledged with the stored seq); submission happens once (by the candidate, or by the
 * server only after deadline + grace) with exactly one grading job; nothing changes afterwards.
 */

const GRACE = 30;
const DURATION_S = 100 * 60;

type Status = 'none' | 'in_progress' | 'submitted';
interface Model {
  status: Status;
  submittedBy: 'candidate' | 'server' | null;
  /** seconds from the model's now to the deadline */
  remaining: number;
  answers: Map<string, { seq: number; response: unknown }>;
}
interface Item {
  id: string;
  type: string;
  options?: { key: string }[];
}
interface Real {
  h: ApiHarness;
  token: string;
  intruder: string;
  sessionId: string;
  candidateId: string;
  attemptId: string | null;
  items: Item[];
}

const open = (m: Model) => m.status === 'in_progress' && m.remaining > -GRACE;
const responseFor = (item: Item, variant: number): unknown =>
  item.type === 'judge' ? variant % 2 === 0 : item.type === 'single' ? item.options![variant % item.options!.length]!.key : `第 ${variant} 版答案`;

async function verify(m: Model, r: Real): Promise<void> {
  const attempts = await r.h.db.ds.query(`SELECT id, status, submitted_by FROM attempt WHERE session_id = $1 AND candidate_id = $2`, [r.sessionId, r.candidateId]);
  expect(attempts).toHaveLength(m.status === 'none' ? 0 : 1);
  if (m.status === 'none') return;
  const [a] = attempts;
  expect(a.status === 'in_progress' ? 'in_progress' : 'submitted').toBe(m.status);
  expect(a.submitted_by).toBe(m.submittedBy);
  const rows = await r.h.db.ds.query(`SELECT item_id, response, seq FROM attempt_answer WHERE attempt_id = $1`, [a.id]);
  expect(new Map(rows.map((x: { item_id: string; response: unknown; seq: string }) => [x.item_id, { seq: Number(x.seq), response: x.response }]))).toEqual(m.answers);
  const [{ n }] = await r.h.db.ds.query(`SELECT count(*)::int AS n FROM job WHERE name = 'grade-attempt' AND payload->>'attemptId' = $1`, [a.id]);
  expect(n).toBe(m.status === 'submitted' ? 1 : 0);
}

/** What a save of `seq` must answer, and the model after it. */
function expectSave(m: Model, itemId: string, seq: number, response: unknown, status: number, body: { seq?: number; saved?: { seq: number }[] }): void {
  if (!open(m)) {
    expect(status).toBe(409);
    return;
  }
  expect(status).toBe(200);
  const stored = m.answers.get(itemId);
  const seqBack = body.seq ?? body.saved![0]!.seq;
  expect(seqBack).toBe(Math.max(stored?.seq ?? -1, seq));
  if (!stored || stored.seq < seq) m.answers.set(itemId, { seq, response });
}

class Start implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await r.h.call('POST', `/api/exam-sessions/${r.sessionId}/attempts`, { token: r.token });
    if (m.status === 'none') {
      expect(res.status).toBe(201);
      r.attemptId = res.body.id;
      r.items = (res.body.items as Item[]).filter((i) => ['judge', 'single', 'short'].includes(i.type)).slice(0, 4);
      m.status = 'in_progress';
      m.remaining = DURATION_S;
    } else {
      // Resuming (a second tab, a reload): the same attempt with what is stored.
      expect([res.status, res.body.id]).toEqual([200, r.attemptId]);
      for (const [itemId, a] of m.answers) expect(res.body.answers[itemId]).toEqual(a);
    }
    await verify(m, r);
  }
  toString = () => 'start';
}

class Save implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number, readonly seq: number, readonly variant: number, readonly batch: boolean) {}
  check = (m: Readonly<Model>) => m.status !== 'none';
  async run(m: Model, r: Real) {
    const item = r.items[this.item % r.items.length]!;
    const response = responseFor(item, this.variant);
    const res = this.batch
      ? await r.h.call('PUT', `/api/attempts/${r.attemptId}/answers`, { token: r.token, body: { answers: [{ itemId: item.id, response, seq: this.seq }] } })
      : await r.h.call('PUT', `/api/attempts/${r.attemptId}/answers/${item.id}`, { token: r.token, body: { response, seq: this.seq } });
    expectSave(m, item.id, this.seq, response, res.status, res.body);
    if (res.status === 409) expect(res.body.error.code).toBe('ATTEMPT_CLOSED');
    await verify(m, r);
  }
  toString = () => `save(item ${this.item}, seq ${this.seq}, v${this.variant}${this.batch ? ', batch' : ''})`;
}

class Submit implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.status !== 'none';
  async run(m: Model, r: Real) {
    const res = await r.h.call('POST', `/api/attempts/${r.attemptId}/submit`, { token: r.token });
    if (m.status === 'in_progress') {
      expect(res.status).toBe(202);
      m.status = 'submitted';
      m.submittedBy = 'candidate';
    } else expect([res.status, res.body.error.code]).toEqual([409, 'ATTEMPT_ALREADY_SUBMITTED']);
    await verify(m, r);
  }
  toString = () => 'submit';
}

/** Time passes: the deadline is now `remaining` seconds away (never closer than 10 s to a boundary). */
class Clock implements fc.AsyncCommand<Model, Real> {
  constructor(readonly remaining: number) {}
  check = (m: Readonly<Model>) => m.status !== 'none' && this.remaining < m.remaining;
  async run(m: Model, r: Real) {
    await r.h.db.ds.query(`UPDATE attempt SET deadline = now() + make_interval(secs => $2) WHERE id = $1`, [r.attemptId, this.remaining]);
    m.remaining = this.remaining;
    await verify(m, r);
  }
  toString = () => `clock(deadline in ${this.remaining} s)`;
}

/** The server's auto-submission: the sweep's query and the submit-overdue job's call. */
class ServerSubmit implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.status !== 'none';
  async run(m: Model, r: Real) {
    const due = m.status === 'in_progress' && m.remaining <= -GRACE;
    expect((await overdueAttempts(r.h.db.ds, 10_000)).includes(r.attemptId!)).toBe(due);
    const { outcome } = await r.h.db.ds.transaction((tx) => submitAttempt(tx, r.attemptId!, 'server', null));
    expect(outcome).toBe(m.status === 'submitted' ? 'already_submitted' : due ? 'submitted' : 'not_due');
    if (due) {
      m.status = 'submitted';
      m.submittedBy = 'server';
    }
    await verify(m, r);
  }
  toString = () => 'server auto-submit';
}

/** A submit racing a few saves: each save lands before the submission (200) or after it (409). */
class Race implements fc.AsyncCommand<Model, Real> {
  constructor(readonly seqs: number[], readonly variant: number) {}
  check = (m: Readonly<Model>) => m.status !== 'none';
  async run(m: Model, r: Real) {
    const wasOpen = open(m);
    const wasInProgress = m.status === 'in_progress';
    const saves = this.seqs.map((seq, i) => {
      const item = r.items[i % r.items.length]!;
      const response = responseFor(item, this.variant + i);
      return r.h.call('PUT', `/api/attempts/${r.attemptId}/answers`, { token: r.token, body: { answers: [{ itemId: item.id, response, seq }] } }).then((res) => ({ res, item, seq, response }));
    });
    const [submit, ...done] = await Promise.all([r.h.call('POST', `/api/attempts/${r.attemptId}/submit`, { token: r.token }), ...saves]);
    expect(submit!.status).toBe(wasInProgress ? 202 : 409);
    for (const { res, item, seq, response } of done) {
      if (!wasOpen) expect(res.status).toBe(409);
      else {
        expect([200, 409]).toContain(res.status);
        // Accepted ones were committed before the submission: the model takes them in.
        if (res.status === 200) expectSave(m, item.id, seq, response, 200, res.body);
      }
    }
    if (wasInProgress) {
      m.status = 'submitted';
      m.submittedBy = 'candidate';
    }
    await verify(m, r);
  }
  toString = () => `race(submit + saves ${this.seqs.join(',')})`;
}

/** Another candidate tries to write into this attempt: 404, nothing changes. */
class Intruder implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.status !== 'none';
  async run(m: Model, r: Real) {
    const item = r.items[0]!;
    const res = await r.h.call('PUT', `/api/attempts/${r.attemptId}/answers/${item.id}`, { token: r.intruder, body: { response: responseFor(item, 1), seq: 1_000_000 } });
    expect(res.status).toBe(404);
    await verify(m, r);
  }
  toString = () => 'intruder save';
}

describe('the attempt state machine (model-based, real API + PostgreSQL, controlled clock)', () => {
  let h: ApiHarness;
  let officer: string;
  let token: string;
  let intruder: string;
  let candidateId: string;
  let blueprintId: string;
  beforeAll(async () => {
    h = await startApiHarness();
    [officer, token, intruder] = await Promise.all([h.login('officer1'), h.login('candidate1'), h.login('candidate2')]);
    const users = (await h.call('GET', '/api/users?pageSize=100', { token: officer })).body.items as { id: string; username: string }[];
    candidateId = users.find((u) => u.username === 'candidate1')!.id;
    const vip = (await h.call('GET', '/api/tracks', { token: officer })).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    blueprintId = (await h.call('GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, { token: officer })).body.items[0].id;
  });
  afterAll(async () => {
    await h.close();
  });

  /** Each run gets its own session, so candidate1 has no attempt yet. */
  async function fresh(): Promise<Real> {
    const s = await h.call('POST', '/api/exam-sessions', {
      token: officer,
      body: { blueprintId, title: '状态机模型测试', opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 5 * 3600e3).toISOString(), formMode: 'per_candidate', graceSeconds: GRACE },
    });
    expect((await h.call('POST', `/api/exam-sessions/${s.body.id}/registrations`, { token: officer, body: { candidateId } })).status).toBe(201);
    return { h, token, intruder, sessionId: s.body.id, candidateId, attemptId: null, items: [] };
  }

  it('keeps every invariant over random command sequences', async () => {
    const commands = [
      fc.constant(new Start()),
      fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 30 }), fc.nat(9), fc.boolean()).map(([i, seq, v, batch]) => new Save(i, seq, v, batch)),
      fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 30 }), fc.nat(9), fc.boolean()).map(([i, seq, v, batch]) => new Save(i, seq, v, batch)),
      fc.constant(new Submit()),
      fc.constantFrom(3000, 300, 10, -15, -45, -600).map((remaining) => new Clock(remaining)),
      fc.constant(new ServerSubmit()),
      fc.tuple(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }), fc.nat(9)).map(([seqs, v]) => new Race(seqs, v)),
      fc.constant(new Intruder()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const real = await fresh();
        const model: Model = { status: 'none', submittedBy: null, remaining: DURATION_S, answers: new Map() };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 40 },
    );
  });
});
