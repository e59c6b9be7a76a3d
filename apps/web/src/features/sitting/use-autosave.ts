import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttemptDto } from '@cm/contracts';
import { ApiError, isApiError } from '../../lib/api';
import { loadStored, mergeAnswers, pendingInOrder, sameAnswer, saveStored, type AnswerValue, type PendingAnswer, type StoredAnswers } from './answers';
import { saveAnswer, saveAnswers } from './api';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'offline';

const DEBOUNCE_MS = 800;
const INTERVAL_MS = 10_000;
const MAX_BACKOFF_MS = 8_000;
/** answers per request (the API takes up to 100) */
const MAX_BATCH = 50;

/** A failure worth retrying: the network, a timeout or the server being unwell. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Autosave of changed answers: each change gets the next seq of the attempt and is kept in
 * localStorage until acknowledged; saves go out ~800 ms after the last change and at least every
 * 10 s, oldest first and several per request, retried with backoff after a failure. `ATTEMPT_CLOSED` stops everything.
 */
export function useAutosave(attempt: AttemptDto, onClosed: (error: ApiError) => void) {
  const attemptId = attempt.id;
  const initial = useRef<{ values: Record<string, AnswerValue>; stored: StoredAnswers } | null>(null);
  if (initial.current === null) initial.current = mergeAnswers(attempt.answers, loadStored(storage() ?? { getItem: () => null }, attemptId));
  const store = useRef<StoredAnswers>(initial.current.stored);
  const [values, setValues] = useState<Record<string, AnswerValue>>(initial.current.values);
  const [state, setState] = useState<SaveState>(Object.keys(initial.current.stored.pending).length ? 'unsaved' : 'saved');
  const inflight = useRef<Promise<boolean> | null>(null);
  const offline = useRef(false);
  const closed = useRef(attempt.status !== 'in_progress');
  const failures = useRef(0);
  const debounceTimer = useRef<number | undefined>(undefined);
  const retryTimer = useRef<number | undefined>(undefined);
  const onClosedRef = useRef(onClosed);
  onClosedRef.current = onClosed;

  const persist = useCallback(() => {
    const target = storage();
    if (target) saveStored(target, attemptId, store.current);
  }, [attemptId]);

  const refreshState = useCallback(() => {
    if (inflight.current) setState('saving');
    else if (offline.current && Object.keys(store.current.pending).length > 0) setState('offline');
    else setState(Object.keys(store.current.pending).length > 0 ? 'unsaved' : 'saved');
  }, []);

  /** Sends every unsent answer, oldest seq first, in batches (one request, one transaction per
   * batch); true when nothing is left unsent. */
  const sendAll = useCallback(async (): Promise<boolean> => {
    /** false: stop here (closed or offline); true: go on. */
    const failed = (error: unknown): boolean => {
      if (isApiError(error, 'ATTEMPT_CLOSED')) {
        closed.current = true;
        onClosedRef.current(error as ApiError);
        return false;
      }
      if (isTransient(error)) {
        offline.current = true;
        return false;
      }
      return true;
    };
    const acknowledge = (sent: [string, PendingAnswer][]) => {
      const rest = { ...store.current.pending };
      for (const [itemId, entry] of sent) if (rest[itemId]?.seq === entry.seq) delete rest[itemId];
      store.current = { ...store.current, pending: rest };
      persist();
    };
    for (;;) {
      if (closed.current) return false;
      const batch = pendingInOrder(store.current).slice(0, MAX_BATCH);
      if (!batch.length) break;
      try {
        await saveAnswers(attemptId, batch.map(([itemId, entry]) => ({ itemId, response: entry.response, seq: entry.seq })));
      } catch (error) {
        if (!failed(error)) return false;
        // The server refused the batch (an answer it will never take, e.g. an item no longer on
        // the paper): one by one, so that the others still get saved and the bad one is dropped.
        for (const [itemId, entry] of batch) {
          try {
            await saveAnswer(attemptId, itemId, entry.response, entry.seq);
          } catch (single) {
            if (!failed(single)) return false;
          }
        }
      }
      acknowledge(batch);
    }
    offline.current = false;
    failures.current = 0;
    return Object.keys(store.current.pending).length === 0;
  }, [attemptId, persist]);

  const flush = useCallback((): Promise<boolean> => {
    if (inflight.current) return inflight.current.then(() => flush());
    if (closed.current) return Promise.resolve(false);
    if (Object.keys(store.current.pending).length === 0) {
      refreshState();
      return Promise.resolve(true);
    }
    window.clearTimeout(retryTimer.current);
    retryTimer.current = undefined;
    const run = sendAll().finally(() => {
      inflight.current = null;
      refreshState();
    });
    inflight.current = run;
    refreshState();
    return run.then((done) => {
      if (!done && offline.current && !closed.current) {
        failures.current += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures.current - 1));
        retryTimer.current = window.setTimeout(() => void flush(), delay);
      }
      return done;
    });
  }, [refreshState, sendAll]);

  const setAnswer = useCallback(
    (itemId: string, response: AnswerValue) => {
      if (closed.current) return;
      const current = store.current.pending[itemId]?.response ?? values[itemId];
      setValues((old) => ({ ...old, [itemId]: response }));
      if (sameAnswer(current, response)) return;
      const seq = store.current.seq + 1;
      store.current = { seq, pending: { ...store.current.pending, [itemId]: { response, seq } } };
      persist();
      refreshState();
      window.clearTimeout(debounceTimer.current);
      debounceTimer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, persist, refreshState, values],
  );

  useEffect(() => {
    // Replays what a previous visit left unsent, then keeps a 10 s heartbeat for long typing.
    void flush();
    const interval = window.setInterval(() => {
      if (!retryTimer.current) void flush();
    }, INTERVAL_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      window.clearInterval(interval);
      window.clearTimeout(debounceTimer.current);
      window.clearTimeout(retryTimer.current);
      window.removeEventListener('online', online);
    };
  }, [flush]);

  const stop = useCallback(() => {
    closed.current = true;
    window.clearTimeout(debounceTimer.current);
    window.clearTimeout(retryTimer.current);
  }, []);

  const forget = useCallback(() => {
    stop();
    try {
      storage()?.removeItem(`cm.sitting.${attemptId}`);
    } catch {
      // nothing to forget
    }
  }, [attemptId, stop]);

  return { values, state, setAnswer, flush, stop, forget };
}
