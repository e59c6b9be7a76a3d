import { useCallback, useState } from 'react';

function flagsKey(attemptId: string): string {
  return `cm.sitting.flags.${attemptId}`;
}

function readFlags(attemptId: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(flagsKey(attemptId)) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Items the candidate marked for review; kept on this device across reloads. */
export function useFlags(attemptId: string) {
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(() => readFlags(attemptId));
  const toggleFlag = useCallback(
    (itemId: string) =>
      setFlagged((old) => {
        const next = new Set(old);
        if (next.has(itemId)) next.delete(itemId);
        else next.add(itemId);
        try {
          window.localStorage.setItem(flagsKey(attemptId), JSON.stringify([...next]));
        } catch {
          // flags then last for this visit only
        }
        return next;
      }),
    [attemptId],
  );
  return { flagged, toggleFlag };
}
