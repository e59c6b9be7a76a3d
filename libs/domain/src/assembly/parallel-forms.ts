/**
 * Parallel fixed papers (A/B/C卷) for sessions with `formMode: fixed`: n papers under the same
 * blueprint that share few questions and are equally hard, with an equivalence report.
 *
 * The forms are assembled one after another with the ordinary assembler, so each is a valid
 * paper with every hard constraint. Two things are added for form k > 1:
 *  - questions already on an earlier form are marked as "seen", so the assembler's seen rule
 *    (reuse only when nothing else satisfies the hard constraints) minimises the overlap;
 *  - the difficulty window is narrowed to [max mean so far − tol, min mean so far + tol]
 *    (intersected with the blueprint's window), so every pair of forms ends within tol.
 * The overlap cap is then checked; when it is missed the result says so instead of relaxing it.
 */
import type { AssembledPaper, AssemblyInput, BankItem, Shortfall, UnmetConstraint } from './assembly.types';
import { assemblePaper } from './assemble';

export interface ParallelFormsOptions {
  /** shared questions between any two forms, in percent of a form's items */
  maxOverlapPercent: number;
  /** largest allowed difference between the mean difficulties of any two forms */
  meanDifficultyTolerance: number;
}

export interface FormSummary {
  label: string;
  meanDifficulty: number;
  pointsByRequirement: AssembledPaper['stats']['pointsByRequirement'];
  pointsByDifficulty: Record<string, number>;
}

export interface EquivalenceReport {
  forms: FormSummary[];
  /** sharedItems[i][j]: questions on both form i and form j */
  sharedItems: number[][];
  /** overlapPercent[i][j] = sharedItems[i][j] / items per form × 100 */
  overlapPercent: number[][];
  maxOverlapPercent: number;
  meanDifficultySpread: number;
  meanDifficultyTolerance: number;
}

export type ParallelFormsResult =
  | { ok: true; forms: Array<{ label: string; paper: AssembledPaper }>; report: EquivalenceReport }
  | { ok: false; label: string; shortfalls: Shortfall[]; unmet: UnmetConstraint[] };

/** A, B, …, Z, then AA, AB, … */
export function formLabel(index: number): string {
  let label = '';
  let i = index;
  do {
    label = String.fromCharCode(65 + (i % 26)) + label;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return label;
}

export function assembleParallelForms(n: number, input: AssemblyInput, options: ParallelFormsOptions): ParallelFormsResult {
  const forms: Array<{ label: string; paper: AssembledPaper }> = [];
  const used = new Set<string>();
  const perForm = input.cells.reduce((sum, c) => sum + c.count, 0);
  const tol = options.meanDifficultyTolerance;
  for (let f = 0; f < n; f++) {
    const label = formLabel(f);
    const items: readonly BankItem[] =
      used.size === 0 ? input.items : input.items.map((it) => (used.has(it.questionId) && !it.seenByCandidate ? { ...it, seenByCandidate: true } : it));
    let window = input.difficultyWindow;
    if (forms.length > 0) {
      const means = forms.map((x) => x.paper.stats.meanDifficulty);
      const min = Math.max(window?.min ?? 1, Math.max(...means) - tol);
      const max = Math.min(window?.max ?? 5, Math.min(...means) + tol);
      if (min > max) return { ok: false, label, shortfalls: [], unmet: [{ code: 'DIFFICULTY_WINDOW', message: '前几套试卷的平均难度相差已超过容差' }] };
      window = { min, max };
    }
    const result = assemblePaper({ ...input, items, difficultyWindow: window, seed: `${input.seed}:${label}` });
    if (!result.ok) return { ok: false, label, shortfalls: result.shortfalls, unmet: result.unmet };
    // the papers carry the real bank items (the "seen" marks were only a search preference)
    forms.push({ label, paper: result.paper });
    const overlaps = forms.slice(0, -1).map((x) => shared(x.paper, result.paper));
    const worst = Math.max(0, ...overlaps);
    if (perForm > 0 && (worst / perForm) * 100 > options.maxOverlapPercent + 1e-9) {
      return {
        ok: false,
        label,
        shortfalls: [],
        unmet: [{ code: 'FORM_OVERLAP', message: `第 ${label} 卷与之前的试卷最少也要共用 ${worst} 道题，超过 ${options.maxOverlapPercent}% 的上限` }],
      };
    }
    for (const it of result.paper.items) used.add(it.questionId);
  }
  return { ok: true, forms, report: equivalence(forms, perForm, tol) };
}

function shared(a: AssembledPaper, b: AssembledPaper): number {
  const qa = new Set(a.items.map((i) => i.questionId));
  return b.items.filter((i) => qa.has(i.questionId)).length;
}

export function equivalence(forms: ReadonlyArray<{ label: string; paper: AssembledPaper }>, perForm: number, tolerance: number): EquivalenceReport {
  const sharedItems = forms.map((a) => forms.map((b) => (a === b ? a.paper.items.length : shared(a.paper, b.paper))));
  const overlapPercent = sharedItems.map((row) => row.map((s) => (perForm > 0 ? Math.round((s / perForm) * 10000) / 100 : 0)));
  const means = forms.map((f) => f.paper.stats.meanDifficulty);
  let maxOverlap = 0;
  overlapPercent.forEach((row, i) => row.forEach((v, j) => i !== j && (maxOverlap = Math.max(maxOverlap, v))));
  return {
    forms: forms.map(({ label, paper }) => ({
      label,
      meanDifficulty: paper.stats.meanDifficulty,
      pointsByRequirement: paper.stats.pointsByRequirement,
      pointsByDifficulty: paper.stats.pointsByDifficulty,
    })),
    sharedItems,
    overlapPercent,
    maxOverlapPercent: maxOverlap,
    meanDifficultySpread: means.length > 0 ? Math.max(...means) - Math.min(...means) : 0,
    meanDifficultyTolerance: tolerance,
  };
}
