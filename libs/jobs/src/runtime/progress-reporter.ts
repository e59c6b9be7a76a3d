import type { DataSource } from 'typeorm';
import { setJobProgress } from '@cm/db';

/** Progress writes never block the job: the latest value is written on its own connection,
 * one write at a time. A processor may report from inside its own transaction — with the
 * single-session embedded database the write simply waits until that transaction ends,
 * instead of deadlocking on it. */
export function progressReporter(ds: DataSource, jobId: string, onError: (err: unknown) => void) {
  let pending: number | null = null;
  let inFlight: Promise<void> | null = null;
  const flush = (): Promise<void> => {
    if (inFlight || pending === null) return inFlight ?? Promise.resolve();
    const value = pending;
    pending = null;
    inFlight = setJobProgress(ds, jobId, value)
      .catch(onError)
      .finally(() => {
        inFlight = null;
        void flush();
      });
    return inFlight;
  };
  return {
    report(percent: number): Promise<void> {
      pending = percent;
      void flush();
      return Promise.resolve();
    },
    /** Waits for the last reported value to be written (before the job is completed). */
    async drain(): Promise<void> {
      while (inFlight || pending !== null) await flush();
    },
  };
}
