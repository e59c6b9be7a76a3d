import type { DataSource } from 'typeorm';
import { genericPlanPool, type JobDispatcher, type StatementRunner } from '@cm/db';
import { gradeJobs } from '../grading/grade-jobs';
import type { ProcessorRegistry } from '../processors/processor.types';
import { runJob, type RunLogger, type RunOutcome } from './run-job';

export interface GradingBatchOptions {
  ds: DataSource;
  registry: ProcessorRegistry;
  log: RunLogger;
  dispatcher?: JobDispatcher;
  lockSeconds?: number;
  /** the most deliveries graded in one write (the worker's concurrency) */
  maxBatch: number;
  /** batches written at the same time (each on its own pooled connection) */
  maxInFlight?: number;
}

/** Grades the grading deliveries a worker holds at the same time together — one read of the
 * attempts, one of their papers, one write that claims, grades and records every outcome — so
 * a deadline burst pays one commit and three statements per batch instead of per paper
 * (ADR 0013). Like group commit: a batch starts as
 * soon as none is running, and deliveries that arrive meanwhile form the next one.
 * If the batch fails as a whole (a fault in one paper, the database away), its jobs run one at
 * a time through the ordinary path, so one bad paper cannot hold back the others and retries,
 * backoff and the failed list stay per job. */
export class GradingBatcher {
  private readonly waiting: { jobId: string; resolve: (o: RunOutcome) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;
  /** connections of the batcher's own, planning its two statements once (null: embedded) */
  private readonly lanes: (StatementRunner & { close(): Promise<void> }) | null;

  constructor(private readonly opts: GradingBatchOptions) {
    this.lanes = genericPlanPool(opts.ds, opts.maxInFlight ?? 1, 'cm-certify-grading');
  }

  /** Releases the batcher's connections; call once no delivery runs any more. */
  async close(): Promise<void> {
    await this.lanes?.close();
  }

  /** How this delivery ended, once its batch committed (or its lone retry ended). */
  run(jobId: string): Promise<RunOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ jobId, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running >= (this.opts.maxInFlight ?? 1) || this.waiting.length === 0) return;
    this.running += 1;
    // Deliveries handed over in this same turn of the event loop join the batch.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0, Math.max(1, this.opts.maxBatch));
    try {
      const outcomes = await gradeBatch(this.opts, batch.map((b) => b.jobId), this.lanes ?? undefined);
      batch.forEach((b, i) => b.resolve(outcomes[i]!));
    } catch (err) {
      batch.forEach((b) => b.reject(err));
    } finally {
      this.running -= 1;
      this.pump();
    }
  }
}

/** One write for several grading jobs; the outcome per job id, in order. */
export async function gradeBatch(opts: Omit<GradingBatchOptions, 'maxBatch'>, jobIds: string[], db?: StatementRunner): Promise<RunOutcome[]> {
  const alone = (ids: string[]) => Promise.all(ids.map((id) => runJob(opts.ds, opts.registry, id, opts.log, opts.dispatcher, opts.lockSeconds)));
  let graded: Awaited<ReturnType<typeof gradeJobs>>;
  try {
    graded = await gradeJobs(opts.ds, jobIds, 'self', db);
  } catch (err) {
    opts.log.error({ jobs: jobIds.length, err: (err as Error).message }, 'grading batch failed; its jobs run one at a time');
    // Nothing of the batch was written: each job is claimed, run and recorded on its own.
    return alone(jobIds);
  }
  const others = new Map(graded.other.length ? (await alone(graded.other)).map((o, i) => [graded.other[i]!, o]) : []);
  return jobIds.map((id) => {
    const g = graded.byJob.get(id)!;
    if (others.has(id)) return others.get(id)!;
    return g.outcome === 'completed' ? 'completed' : g.outcome === 'refused' ? 'failed' : 'skipped';
  });
}
