import type { AttemptDto, AttemptItemDto } from '@cm/contracts';

/** A response as the API takes it: single "B"; multiple ["A","C"]; judge true/false; fill one
 * string per blank; short/case a string; null clears. */
export type AnswerValue = string | boolean | string[] | null;

export interface PendingAnswer {
  response: AnswerValue;
  seq: number;
}

/** What survives a reload: the attempt's seq counter and the answers not acknowledged yet. */
export interface StoredAnswers {
  seq: number;
  pending: Record<string, PendingAnswer>;
}

export function storageKey(attemptId: string): string {
  return `cm.sitting.${attemptId}`;
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
  );
}

function isPending(value: unknown): value is PendingAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['seq'] === 'number' && isAnswerValue(record['response']);
}

export function loadStored(storage: Pick<Storage, 'getItem'>, attemptId: string): StoredAnswers {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(attemptId)) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return { seq: 0, pending: {} };
    const record = parsed as Record<string, unknown>;
    const pendingRaw = typeof record['pending'] === 'object' && record['pending'] !== null ? (record['pending'] as Record<string, unknown>) : {};
    const pending: Record<string, PendingAnswer> = {};
    for (const [itemId, entry] of Object.entries(pendingRaw)) if (isPending(entry)) pending[itemId] = entry;
    return { seq: typeof record['seq'] === 'number' ? record['seq'] : 0, pending };
  } catch {
    return { seq: 0, pending: {} };
  }
}

export function saveStored(storage: Pick<Storage, 'setItem'>, attemptId: string, state: StoredAnswers): void {
  try {
    storage.setItem(storageKey(attemptId), JSON.stringify(state));
  } catch {
    // A full or unavailable storage only loses the offline copy; saving to the server goes on.
  }
}

/** Server answers, overridden by local unsent ones that carry a higher seq; the counter starts
 * above every seq either side has seen, so seqs stay strictly increasing for the attempt. */
export function mergeAnswers(server: AttemptDto['answers'], stored: StoredAnswers): { values: Record<string, AnswerValue>; stored: StoredAnswers } {
  const values: Record<string, AnswerValue> = {};
  let seq = stored.seq;
  for (const [itemId, answer] of Object.entries(server)) {
    if (isAnswerValue(answer.response)) values[itemId] = answer.response;
    seq = Math.max(seq, answer.seq);
  }
  const pending: Record<string, PendingAnswer> = {};
  for (const [itemId, entry] of Object.entries(stored.pending)) {
    const serverSeq = server[itemId]?.seq ?? -1;
    if (entry.seq <= serverSeq) continue;
    pending[itemId] = entry;
    values[itemId] = entry.response;
    seq = Math.max(seq, entry.seq);
  }
  return { values, stored: { seq, pending } };
}

/** Unsent answers in the order they were given. */
export function pendingInOrder(stored: StoredAnswers): [string, PendingAnswer][] {
  return Object.entries(stored.pending).sort((a, b) => a[1].seq - b[1].seq);
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.trim().length > 0;
  return value.some((entry) => entry.trim().length > 0);
}

export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function unansweredCount(items: AttemptItemDto[], values: Record<string, AnswerValue>): number {
  return items.filter((item) => !isAnswered(values[item.id])).length;
}

/** hh:mm:ss of a non-negative duration in ms (rounded up to the second). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
