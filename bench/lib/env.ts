/** Settings of a benchmark from the environment `run-bench.mjs` prepares. */

/** A variable the runner always sets; missing means the benchmark was started by hand. */
export function requiredEnv(name: string, bench: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run this through \`npm run bench:${bench}\``);
  return v;
}

/** An integer knob with a default; anything else than an integer ≥ min stops the run. */
export function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got ${raw})`);
  return n;
}
