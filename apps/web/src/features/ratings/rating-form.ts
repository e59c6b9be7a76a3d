import type { FieldProblem, RatingEntryDto, RatingFormDto, RatingFormItemDto, SaveRatingRequest } from '@cm/contracts';
import { type LevelProposal, proposeLevel, reasonRequired } from '@cm/domain';

/** What the rater has entered for one item. */
export interface ItemState {
  level: number | null;
  observed: string[];
  evidence: string;
  reason: string;
  /** the rater picked the level by hand; otherwise it follows the indicators' proposal */
  manual: boolean;
}

export type FormState = Record<string, ItemState>;

export type ItemProblem = 'level' | 'evidence' | 'reason';

export function initialState(form: Pick<RatingFormDto, 'items' | 'entries'>): FormState {
  const entries = new Map<string, RatingEntryDto>(form.entries.map((entry) => [entry.itemId, entry]));
  return Object.fromEntries(
    form.items.map((item) => {
      const entry = entries.get(item.itemId);
      return [
        item.itemId,
        { level: entry?.level ?? null, observed: entry?.observedIndicatorIds ?? [], evidence: entry?.evidence ?? '', reason: entry?.reason ?? '', manual: !!entry },
      ];
    }),
  );
}

/** The level the ticked ▶ indicators support (the pure rule of libs/domain). */
export function proposalOf(item: RatingFormItemDto, observed: readonly string[], rule: RatingFormDto['rules']['indicatorRule']): LevelProposal {
  return proposeLevel(item.levels.map((level) => ({ level: level.level, indicatorIds: level.indicators.map((x) => x.id) })), observed, rule);
}

/** Ticks or unticks an indicator; a level the rater did not pick by hand follows the proposal. */
export function toggleIndicator(item: RatingFormItemDto, state: ItemState, indicatorId: string, rule: RatingFormDto['rules']['indicatorRule']): ItemState {
  const observed = state.observed.includes(indicatorId) ? state.observed.filter((id) => id !== indicatorId) : [...state.observed, indicatorId];
  if (state.manual) return { ...state, observed };
  const proposal = proposalOf(item, observed, rule);
  return { ...state, observed, level: observed.length ? proposal.proposed : state.level };
}

/** Does the chosen level need a reason (ticked indicators propose another level)? */
export function needsReason(item: RatingFormItemDto, state: ItemState, rule: RatingFormDto['rules']['indicatorRule']): boolean {
  if (state.level === null || state.observed.length === 0) return false;
  return reasonRequired(state.level, proposalOf(item, state.observed, rule));
}

export function needsEvidence(state: ItemState, fromLevel: number): boolean {
  return state.level !== null && state.level >= fromLevel;
}

/** Problems the form can see before the server does (the server checks again). */
export function itemProblems(item: RatingFormItemDto, state: ItemState, rules: RatingFormDto['rules'], forSubmit: boolean): ItemProblem[] {
  const out: ItemProblem[] = [];
  if (state.level === null) {
    if (forSubmit) out.push('level');
    return out;
  }
  if (needsReason(item, state, rules.indicatorRule) && !state.reason.trim()) out.push('reason');
  if (forSubmit && needsEvidence(state, rules.evidenceRequiredFromLevel) && !state.evidence.trim()) out.push('evidence');
  return out;
}

/** PUT /api/ratings/:id: every item with a level, in form order; indicators only when ticked. */
export function toSaveRequest(items: readonly RatingFormItemDto[], state: FormState): SaveRatingRequest {
  return {
    items: items.flatMap((item) => {
      const s = state[item.itemId];
      if (!s || s.level === null) return [];
      return [
        {
          itemId: item.itemId,
          level: s.level,
          ...(s.observed.length ? { observedIndicatorIds: s.observed } : {}),
          ...(s.evidence.trim() ? { evidence: s.evidence.trim() } : {}),
          ...(s.reason.trim() ? { reason: s.reason.trim() } : {}),
        },
      ];
    }),
  };
}

/** A server refusal turned into problems per item: 400 field paths `items.N.*` (N indexes the
 * request), 422 RATING_INCOMPLETE `missingItemIds`, 422 RATING_EVIDENCE_REQUIRED `itemIds`. */
export function serverProblems(
  request: SaveRatingRequest,
  error: { code: string; details: Record<string, unknown>; fieldProblems?: FieldProblem[] },
): Record<string, { problem: ItemProblem | 'other'; message?: string }[]> {
  const out: Record<string, { problem: ItemProblem | 'other'; message?: string }[]> = {};
  const add = (itemId: string | undefined, problem: ItemProblem | 'other', message?: string) => {
    if (!itemId) return;
    (out[itemId] ??= []).push({ problem, ...(message ? { message } : {}) });
  };
  const ids = (key: string) => (Array.isArray(error.details[key]) ? (error.details[key] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  if (error.code === 'RATING_INCOMPLETE') ids('missingItemIds').forEach((id) => add(id, 'level'));
  if (error.code === 'RATING_EVIDENCE_REQUIRED') ids('itemIds').forEach((id) => add(id, 'evidence'));
  for (const field of error.fieldProblems ?? []) {
    const match = /^items\.(\d+)\.(\w+)/.exec(field.path);
    if (!match) continue;
    const itemId = request.items[Number(match[1])]?.itemId;
    add(itemId, match[2] === 'reason' ? 'reason' : match[2] === 'evidence' ? 'evidence' : 'other', field.message);
  }
  return out;
}
