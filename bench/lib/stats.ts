/**
 * Small statistics and report helpers for the benchmarks (bench/*.bench.ts): percentiles of
 * latency samples, a plain-text results table, and the "ratio to a baseline measured in the same
 * run" lines that docs/quality-bars.md asks every benchmark to print.
 */

export interface Summary {
  n: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The p-th percentile (0..100) of ascending `sorted` samples, nearest-rank method: the smallest
 * sample such that at least p % of the samples are less than or equal to it. NaN when empty.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** n, min, mean, p50, p95, p99 and max of the samples (in whatever unit they are). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = n ? sorted.reduce((s, x) => s + x, 0) / n : Number.NaN;
  return {
    n,
    min: n ? sorted[0]! : Number.NaN,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1]! : Number.NaN,
  };
}

/** Milliseconds with a precision that suits their size: 0.42, 4.2, 42, 420. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1) return ms.toFixed(2);
  if (ms < 10) return ms.toFixed(1);
  return Math.round(ms).toString();
}

/** Seconds with one decimal. */
export function fmtS(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '-';
}

/** A count with thousands separators (50,000). */
export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes as B / KiB / MiB. */
export function fmtBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** Columns of a table: a header and whether values are right-aligned (numbers). */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** Width in a monospace terminal: CJK and full-width characters take two cells. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

/** `text` padded with spaces to `width` terminal cells (CJK-aware padEnd / padStart). */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A plain-text table: header, a rule, then one line per row; columns sized to their content. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent + columns.map((c, i) => padDisplay(cells[i] ?? '', widths[i]!, c.align ?? 'left')).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * `label: 12.3 ms / 1.1 ms = 11.2× the baseline` — how a measured figure compares with a baseline
 * measured in the same run on the same machine.
 */
export function ratioLine(label: string, measured: number, baseline: number, unit = 'ms', baselineName = 'baseline'): string {
  const ratio = baseline > 0 ? measured / baseline : Number.NaN;
  const r = Number.isFinite(ratio) ? `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×` : 'n/a';
  return `${label}: ${fmtMs(measured)} ${unit} / ${fmtMs(baseline)} ${unit} = ${r} the ${baselineName}`;
}

/** One goal of the closing summary block. */
export interface GoalResult {
  id: string;
  what: string;
  goal: string;
  measured: string;
  pass: boolean | null; // null: not measured (an earlier step failed)
}

/** The closing summary: one aligned line per goal with PASS / MISS. */
export function formatGoals(goals: readonly GoalResult[]): string {
  return formatTable(
    [{ header: 'goal' }, { header: 'what' }, { header: 'target' }, { header: 'measured' }, { header: 'result' }],
    goals.map((g) => [g.id, g.what, g.goal, g.measured, g.pass === null ? 'not measured' : g.pass ? 'PASS' : 'MISS']),
  );
}
