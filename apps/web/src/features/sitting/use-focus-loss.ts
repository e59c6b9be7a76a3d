import { useEffect, useRef } from 'react';
import { api } from '../../lib/api';

/** Blur and visibilitychange usually fire together: one report per this window. */
const CLIENT_DEDUP_MS = 2000;

/**
 * Reports to the server when the paper loses focus: the window is blurred (another window or
 * application) or the tab is hidden (another tab, minimised). Best effort: a report that fails is
 * not retried (the server also de-duplicates per 5 s); nothing is reported once `active` is false.
 */
export function useFocusLoss(attemptId: string, active: boolean): void {
  const last = useRef(0);
  useEffect(() => {
    if (!active) return undefined;
    const report = (kind: 'blur' | 'hidden') => {
      const now = Date.now();
      if (now - last.current < CLIENT_DEDUP_MS) return;
      last.current = now;
      api.post(`/api/attempts/${attemptId}/focus-events`, { kind }).catch(() => undefined);
    };
    const onBlur = () => report('blur');
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') report('hidden');
    };
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [attemptId, active]);
}
