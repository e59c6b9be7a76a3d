/** Bounded-concurrency measurement loop and timeouts for the benchmarks (no load-test library). */
import { performance } from 'node:perf_hooks';

export interface MeasureOptions {
  runs: number;
  warmup: number;
  concurrency: number;
}

/**
 * Runs `op` `warmup` times (not recorded), then `runs` times, with at most `concurrency` calls in
 * flight; resolves the duration of every recorded call in milliseconds. The first failure stops
 * the loop and rejects.
 */
export async function measure(op: () => Promise<void>, o: MeasureOptions): Promise<number[]> {
  const loop = async (count: number, record: number[] | null) => {
    let next = 0;
    let failed: unknown = null;
    const lane = async () => {
      while (next < count && failed === null) {
        next++;
        const t0 = performance.now();
        try {
          await op();
        } catch (err) {
          failed ??= err;
          return;
        }
        record?.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, count)) }, lane));
    if (failed !== null) throw failed;
  };
  await loop(o.warmup, null);
  const samples: number[] = [];
  await loop(o.runs, samples);
  return samples;
}

/** Rejects with `<what> timed out after N s` when `p` does not settle within `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Milliseconds since `t0` (performance.now()). */
export const since = (t0: number): number => performance.now() - t0;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
