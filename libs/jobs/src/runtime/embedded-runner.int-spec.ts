import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closePglite, gradingTally, insertJob, JobEntity, openDatabase, seedSubmittedAttempts } from '@cm/db';
import { PROCESSORS } from '../processors/registry';
import type { ProcessorRegistry } from '../processors/processor.types';
import { InProcessRunner } from './in-process-runner';

/** Embedded mode has one database session: a job that reports progress from inside its own
 * transaction must finish, not deadlock (regression: a successful import hung the app). */
describe('in-process runner on PGlite (embedded mode)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cm-embedded-'));
  afterAll(async () => {
    await closePglite();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('completes a job that reports progress inside a transaction', async () => {
    const { ds } = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') }, { migrate: true });
    const registry: ProcessorRegistry = {
      ...PROCESSORS,
      'noop-probe': async (ctx) =>
        ctx.ds.transaction(async (m) => {
          for (const p of [10, 50, 90]) {
            await ctx.progress(p);
            await m.query('SELECT 1');
          }
          return { echoed: ctx.payload.note };
        }),
    };
    const runner = new InProcessRunner(ds, registry, { error: () => undefined }, { concurrency: 1, pollMs: 50, retryDelayMs: 50 });
    runner.start();
    try {
      const job = await ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note: 'in-tx' } }));
      await runner.dispatch(job);
      let row: JobEntity | null = null;
      for (let i = 0; i < 200; i++) {
        row = await ds.getRepository(JobEntity).findOneBy({ id: job.id });
        if (row?.state === 'completed' || row?.state === 'failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(row).toMatchObject({ state: 'completed', progress: 100, result: { echoed: 'in-tx' } });
    } finally {
      await runner.close();
      await ds.destroy();
    }
  });

  it('grades submitted papers one job at a time (no pooled prepared statements on PGlite)', async () => {
    const { ds } = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'grading') }, { migrate: true });
    const runner = new InProcessRunner(ds, PROCESSORS, { error: () => undefined }, { concurrency: 2, pollMs: 50, retryDelayMs: 50 });
    runner.start();
    try {
      const fx = await seedSubmittedAttempts(ds, { attempts: 4, items: 20, jobs: true });
      for (const j of fx.jobs) await runner.dispatch(j);
      let tally = await gradingTally(ds, fx.sessionId, fx.itemCount);
      for (let i = 0; i < 200 && tally.done < fx.jobs.length; i++) {
        await new Promise((r) => setTimeout(r, 50));
        tally = await gradingTally(ds, fx.sessionId, fx.itemCount);
      }
      expect(tally).toEqual({ attempts: 4, graded: 4, events: 4, distinct_events: 4, scores: 80, expectedScores: 80, jobs: 4, done: 4 });
    } finally {
      await runner.close();
      await ds.destroy();
    }
  });
});
