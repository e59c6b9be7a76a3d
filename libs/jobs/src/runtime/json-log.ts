import type { RunLogger } from './run-job';

/** Minimal JSON line logger for the worker (same shape as the API's pino lines). */
export function jsonLogger(name: string): RunLogger & { info(obj: Record<string, unknown>, msg: string): void } {
  const write = (level: number, obj: Record<string, unknown>, msg: string) =>
    process.stdout.write(`${JSON.stringify({ level, time: Date.now(), name, msg, ...obj })}\n`);
  return { error: (obj, msg) => write(50, obj, msg), info: (obj, msg) => write(30, obj, msg) };
}
