import type { AttemptResultDto, RegradeChangeDto, SessionResultsDto } from './api';

/** Attempts not yet graded (still being written, graded or marked): what publication leaves for later. */
export function pendingCount(counts: SessionResultsDto['counts']): number {
  return counts.in_progress + counts.submitted + counts.grading + counts.marking;
}

/** A bin of the distribution as a range: `0–10`, …, `90–100` (the last bin includes 100). */
export function binLabel(bin: { from: number; to: number }): string {
  return `${bin.from}–${bin.to}`;
}

/** Earned over possible in percent, one decimal (0 when nothing was possible). */
export function percentOf(earned: number, possible: number): number {
  return possible > 0 ? Math.round((earned / possible) * 1000) / 10 : 0;
}

/** Whether a regrade turns a fail into a pass (`up`), a pass into a fail (`down`), or neither. */
export function passFlip(change: Pick<RegradeChangeDto, 'oldPassed' | 'newPassed'>): 'up' | 'down' | null {
  if (change.oldPassed === null || change.newPassed === null || change.oldPassed === change.newPassed) return null;
  return change.newPassed ? 'up' : 'down';
}

/** The score change of a regrade, two decimals (null when there was no score before). */
export function scoreDelta(change: Pick<RegradeChangeDto, 'oldScore' | 'newScore'>): number | null {
  return change.oldScore === null ? null : Math.round((change.newScore - change.oldScore) * 100) / 100;
}

/** How many items were right, partly right, wrong or still pending. */
export function outcomeCounts(items: AttemptResultDto['items']): Record<AttemptResultDto['items'][number]['outcome'], number> {
  const counts = { right: 0, partial: 0, wrong: 0, pending: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return counts;
}
