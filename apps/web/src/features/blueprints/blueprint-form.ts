import type { BlueprintBody, QuestionType, Requirement, SyllabusNodeDto } from '@cm/contracts';
import { allocate, DIFFICULTY_KEYS, validateBlueprint, type Allocation, type BlueprintContext, type BlueprintInput, type BlueprintProblem, type DifficultyKey, type MultipleScoring } from '@cm/domain';

/** One row of the areas table while editing: empty inputs are `null`. */
export interface DraftArea {
  key: string;
  syllabusNodeId: string | null;
  percent: number | null;
}

export interface DraftSection {
  key: string;
  type: QuestionType | null;
  count: number | null;
  pointsEach: number | null;
  scoring: MultipleScoring | null;
}

export interface DraftDoubleMarking {
  short: boolean;
  case: boolean;
  discrepancyThresholdPercent: number | null;
}

/** The editor's state: a blueprint body whose numbers may still be empty; an optional part
 * that is switched off is `null` (omitted from the body, so it imposes nothing). */
export interface BlueprintDraft {
  name: string;
  totalPoints: number | null;
  durationMinutes: number | null;
  passMark: number | null;
  areas: DraftArea[];
  sections: DraftSection[];
  requirementMix: Record<Requirement, number | null> | null;
  difficultyMix: Record<DifficultyKey, number | null> | null;
  mixTolerancePercent: number | null;
  difficultyWindow: { min: number | null; max: number | null } | null;
  exposureCapPercent: number | null;
  doubleMarking: DraftDoubleMarking | null;
}

let nextKey = 0;
export const rowKey = (): string => `row-${++nextKey}`;

export function emptyArea(): DraftArea {
  return { key: rowKey(), syllabusNodeId: null, percent: null };
}

export function emptySection(): DraftSection {
  return { key: rowKey(), type: null, count: null, pointsEach: null, scoring: null };
}

export function draftFromBody(body: Omit<BlueprintBody, 'trackId' | 'level'>): BlueprintDraft {
  const difficulty = body.difficultyMix;
  return {
    name: body.name,
    totalPoints: body.totalPoints,
    durationMinutes: body.durationMinutes,
    passMark: body.passMark,
    areas: body.areas.map((area) => ({ key: rowKey(), syllabusNodeId: area.syllabusNodeId, percent: area.percent })),
    sections: body.sections.map((s) => ({ key: rowKey(), type: s.type, count: s.count, pointsEach: s.pointsEach, scoring: s.scoring ?? null })),
    requirementMix: body.requirementMix ? { ...body.requirementMix } : null,
    difficultyMix: difficulty ? (Object.fromEntries(DIFFICULTY_KEYS.map((k) => [k, difficulty[k] ?? null])) as Record<DifficultyKey, number | null>) : null,
    mixTolerancePercent: body.mixTolerancePercent ?? null,
    difficultyWindow: body.difficultyWindow ? { ...body.difficultyWindow } : null,
    exposureCapPercent: body.exposureCapPercent ?? null,
    doubleMarking: body.doubleMarking ? { ...body.doubleMarking } : null,
  };
}

const orUndefined = (value: number | null): number | undefined => (value === null ? undefined : value);

function difficultyMixOf(mix: BlueprintDraft['difficultyMix']): BlueprintBody['difficultyMix'] {
  if (!mix) return undefined;
  const out: Partial<Record<DifficultyKey, number>> = {};
  for (const k of DIFFICULTY_KEYS) {
    const value = mix[k];
    if (value !== null) out[k] = value;
  }
  return out;
}

/** The draft as `validateBlueprint` sees it (missing values stay missing, so they are reported). */
export function draftToInput(draft: BlueprintDraft, trackId: string, level: number): BlueprintInput {
  const req = draft.requirementMix;
  return {
    trackId,
    level,
    name: draft.name,
    totalPoints: orUndefined(draft.totalPoints),
    durationMinutes: orUndefined(draft.durationMinutes),
    passMark: orUndefined(draft.passMark),
    areas: draft.areas.map((a) => ({ syllabusNodeId: a.syllabusNodeId ?? undefined, percent: orUndefined(a.percent) })),
    sections: draft.sections.map((s) => ({ type: s.type ?? undefined, count: orUndefined(s.count), pointsEach: orUndefined(s.pointsEach), ...(s.scoring ? { scoring: s.scoring } : {}) })),
    requirementMix: req ? { understand: orUndefined(req.understand), familiar: orUndefined(req.familiar), master: orUndefined(req.master) } : undefined,
    difficultyMix: difficultyMixOf(draft.difficultyMix),
    mixTolerancePercent: orUndefined(draft.mixTolerancePercent),
    difficultyWindow: draft.difficultyWindow ? { min: orUndefined(draft.difficultyWindow.min), max: orUndefined(draft.difficultyWindow.max) } : undefined,
    exposureCapPercent: orUndefined(draft.exposureCapPercent),
  };
}

/** The body to send; only meaningful once `draftProblems` is empty. */
export function draftToBody(draft: BlueprintDraft, trackId: string, level: number): BlueprintBody {
  const n = (value: number | null): number => value ?? 0;
  const req = draft.requirementMix;
  const dm = draft.doubleMarking;
  const body: BlueprintBody = {
    trackId,
    level,
    name: draft.name.trim(),
    totalPoints: n(draft.totalPoints),
    durationMinutes: n(draft.durationMinutes),
    passMark: n(draft.passMark),
    areas: draft.areas.map((a) => ({ syllabusNodeId: a.syllabusNodeId ?? '', percent: n(a.percent) })),
    sections: draft.sections.map((s) => ({
      type: s.type ?? 'single',
      count: n(s.count),
      pointsEach: n(s.pointsEach),
      ...(s.type === 'multiple' ? { scoring: s.scoring ?? 'all_or_nothing' } : {}),
    })),
  };
  if (req) body.requirementMix = { understand: n(req.understand), familiar: n(req.familiar), master: n(req.master) };
  const difficultyMix = difficultyMixOf(draft.difficultyMix);
  if (difficultyMix) body.difficultyMix = difficultyMix;
  if (draft.mixTolerancePercent !== null) body.mixTolerancePercent = draft.mixTolerancePercent;
  if (draft.difficultyWindow) body.difficultyWindow = { min: n(draft.difficultyWindow.min), max: n(draft.difficultyWindow.max) };
  if (draft.exposureCapPercent !== null) body.exposureCapPercent = draft.exposureCapPercent;
  if (dm) body.doubleMarking = { short: dm.short, case: dm.case, discrepancyThresholdPercent: n(dm.discrepancyThresholdPercent) };
  return body;
}

/** Ancestry over the loaded syllabus, as `validateBlueprint` needs it. */
export function syllabusContext(nodes: readonly SyllabusNodeDto[]): BlueprintContext {
  const parent = new Map(nodes.map((node) => [node.id, node.parentId]));
  return {
    nodeExists: (id) => parent.has(id),
    isAncestor: (ancestorId, id) => {
      for (let p = parent.get(id) ?? null; p; p = parent.get(p) ?? null) if (p === ancestorId) return true;
      return false;
    },
  };
}

/** Every problem of the draft: the domain rules plus the double-marking threshold (the one
 * field the domain does not check). `thresholdMessage` is the localised text of the latter. */
export function draftProblems(draft: BlueprintDraft, trackId: string, level: number, ctx: BlueprintContext, thresholdMessage: string): BlueprintProblem[] {
  const problems = validateBlueprint(draftToInput(draft, trackId, level), ctx);
  const threshold = draft.doubleMarking?.discrepancyThresholdPercent;
  if (draft.doubleMarking && (threshold === null || threshold === undefined || threshold < 0 || threshold > 100)) {
    problems.push({ path: 'doubleMarking.discrepancyThresholdPercent', code: 'REQUIRED', message: thresholdMessage });
  }
  return problems;
}

/** Problems grouped by path, for showing each on its own cell. */
export function problemsByPath(problems: readonly { path: string; message: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const problem of problems) map.set(problem.path, [...(map.get(problem.path) ?? []), problem.message]);
  return map;
}

/** The allocation as the draft stands, once every area and section is filled in (the sums
 * need not be right yet, so the officer sees the counts move while typing). */
export function draftAllocation(draft: BlueprintDraft): Allocation | null {
  const areasReady = draft.areas.length > 0 && draft.areas.every((a) => a.syllabusNodeId && a.percent !== null && a.percent > 0);
  const sectionsReady = draft.sections.length > 0 && draft.sections.every((s) => s.type && s.count !== null && s.count > 0 && Number.isInteger(s.count) && s.pointsEach !== null && s.pointsEach > 0);
  if (!areasReady || !sectionsReady) return null;
  return allocate({
    areas: draft.areas.map((a) => ({ syllabusNodeId: a.syllabusNodeId ?? '', percent: a.percent ?? 0 })),
    sections: draft.sections.map((s) => ({ type: s.type ?? 'single', count: s.count ?? 0, pointsEach: s.pointsEach ?? 0 })),
  });
}

/** Σ of nullable numbers, rounded to hundredths. */
export function sum(values: readonly (number | null)[]): number {
  return Math.round(values.reduce<number>((acc, v) => acc + (v ?? 0), 0) * 100) / 100;
}

/** Areas may be parts or chapters (a point is too narrow to carry a share of the paper). */
export function areaCandidates(nodes: readonly SyllabusNodeDto[]): SyllabusNodeDto[] {
  return nodes.filter((node) => node.kind !== 'point');
}
