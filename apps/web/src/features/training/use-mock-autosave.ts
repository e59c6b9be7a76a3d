import { useCallback, useEffect, useRef, useState } from 'react';
import type { MockExamDto } from '@cm/contracts';
import { ApiError, isApiError } from '../../lib/api';
import type { AnswerValue } from '../sitting/answers';
import type { SaveState } from '../sitting/use-autosave';
import { saveMockAnswer } from './api';

const DEBOUNCE_MS = 600;

/** Autosave of a mock exam's answers: each change gets the next seq and goes out shortly after
 * the last keystroke, oldest first; the server keeps the highest seq. A mock exam is practice,
 * so unsent answers live in memory only (the real sitting keeps them on the device too). */
export function useMockAutosave(mock: MockExamDto, onClosed: () => void) {
  const [values, setValues] = useState<Record<string, AnswerValue>>(() => Object.fromEntries(Object.entries(mock.answers).map(([id, a]) => [id, a.response as AnswerValue])));
  const [state, setState] = useState<SaveState>('saved');
  const seq = useRef(Math.max(0, ...Object.values(mock.answers).map((a) => a.seq)));
  const pending = useRef(new Map<string, { response: AnswerValue; seq: number }>());
  const sending = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const closed = useRef(false);
  const onClosedRef = useRef(onClosed);
  onClosedRef.current = onClosed;

  const sendAll = useCallback(async (): Promise<boolean> => {
    const entries = [...pending.current.entries()].sort((a, b) => a[1].seq - b[1].seq);
    for (const [itemId, entry] of entries) {
      if (closed.current) return false;
      try {
        await saveMockAnswer(mock.id, itemId, entry.response, entry.seq);
      } catch (error) {
        if (isApiError(error, 'ATTEMPT_CLOSED')) {
          closed.current = true;
          onClosedRef.current();
          return false;
        }
        if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) {
          setState('offline');
          return false;
        }
      }
      if (pending.current.get(itemId)?.seq === entry.seq) pending.current.delete(itemId);
    }
    return pending.current.size === 0;
  }, [mock.id]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (sending.current) await sending.current;
    if (pending.current.size === 0) return true;
    setState('saving');
    sending.current = sendAll();
    const ok = await sending.current;
    sending.current = null;
    setState(ok ? (pending.current.size ? 'unsaved' : 'saved') : closed.current ? 'saved' : 'offline');
    return ok;
  }, [sendAll]);

  const setAnswer = useCallback(
    (itemId: string, response: AnswerValue) => {
      if (closed.current) return;
      setValues((old) => ({ ...old, [itemId]: response }));
      seq.current += 1;
      pending.current.set(itemId, { response, seq: seq.current });
      setState('unsaved');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { values, state, setAnswer, flush };
}
