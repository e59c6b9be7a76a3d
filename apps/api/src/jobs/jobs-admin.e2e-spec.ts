import { insertJob } from '@cm/db';
import { startApiHarness, type ApiHarness } from '../../test/api-harness';

/** The admins' failed-job list (error, attempts, who started it) and retry through the outbox. */
describe('failed jobs: list and retry (HTTP + worker)', () => {
  let h: ApiHarness;
  let admin: string;
  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    admin = await h.login('admin');
  });
  afterAll(async () => {
    await h.close();
  });

  /** A job row that ended failed after its attempts, as the runtime leaves it. */
  async function failedJob(note: string, createdBy: string | null = null): Promise<string> {
    const job = await h.db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note }, createdBy, maxAttempts: 3 }));
    await h.db.ds.query(
      `UPDATE job SET state = 'failed', attempts = 3, error = $2::jsonb, finished_at = now(), updated_at = now() WHERE id = $1`,
      [job.id, JSON.stringify({ code: 'JOB_ERROR', message: `连接超时 ${note}` })],
    );
    return job.id;
  }

  it('lists failed jobs newest first with error and attempts, paginated, for admins only', async () => {
    const [{ id: adminId }] = await h.db.ds.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    const first = await failedJob('f1', adminId);
    await new Promise((r) => setTimeout(r, 10));
    const second = await failedJob('f2');
    const page1 = await h.call('GET', '/api/jobs?state=failed&pageSize=1', { token: admin });
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBeGreaterThanOrEqual(2);
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.items[0]).toMatchObject({ id: second, name: 'noop-probe', state: 'failed', attempts: 3, maxAttempts: 3, error: { code: 'JOB_ERROR', message: '连接超时 f2' }, createdBy: null });
    const page2 = await h.call('GET', '/api/jobs?state=failed&pageSize=1&page=2', { token: admin });
    expect(page2.body.items[0]).toMatchObject({ id: first, createdByName: expect.any(String), finishedAt: expect.any(String) });
    const byName = await h.call('GET', '/api/jobs?state=failed&name=grade-attempt', { token: admin });
    expect(byName.body).toEqual({ items: [], total: 0 });
    expect((await h.call('GET', '/api/jobs?state=broken', { token: admin })).status).toBe(400);
    expect((await h.call('GET', '/api/jobs?state=failed', { token: await h.login('officer1') })).status).toBe(403);
  });

  it('retries a failed job through the outbox: it runs again, and the retry is audited', async () => {
    const id = await failedJob('again');
    const res = await h.call('POST', `/api/jobs/${id}/retry`, { token: admin });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id, state: expect.stringMatching(/waiting|active|completed/) });
    let row: { state: string; attempts: number; result: unknown; error: unknown } | undefined;
    for (let i = 0; i < 100; i++) {
      [row] = await h.db.ds.query(`SELECT state, attempts, result, error FROM job WHERE id = $1`, [id]);
      if (row?.state === 'completed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(row).toMatchObject({ state: 'completed', attempts: 1, result: { echoed: 'again' }, error: null });
    const [audit] = await h.db.ds.query(`SELECT actor_id, data FROM audit_event WHERE action = 'job.retried' AND entity_id = $1`, [id]);
    expect(audit.data).toMatchObject({ name: 'noop-probe', previousAttempts: 3, previousError: { code: 'JOB_ERROR' } });
    expect(audit.actor_id).toBeTruthy();
    // Only a failed job can be retried; a second retry of the completed job is a conflict.
    const again = await h.call('POST', `/api/jobs/${id}/retry`, { token: admin });
    expect([again.status, again.body.error.code]).toEqual([409, 'CONFLICT']);
    expect((await h.call('POST', '/api/jobs/00000000-0000-4000-8000-000000000000/retry', { token: admin })).status).toBe(404);
    expect((await h.call('POST', `/api/jobs/${await failedJob('nope')}/retry`, { token: await h.login('officer1') })).status).toBe(403);
  });
});
