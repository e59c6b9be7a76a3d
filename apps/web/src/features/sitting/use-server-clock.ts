import { useEffect, useState } from 'react';

/** Server time: the offset (serverNow − client now) is taken once when the paper loads, so a
 * skewed or changed client clock does not move the deadline. Ticks every half second. */
export function useServerClock(serverNow: string): number {
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now() + offset), 500);
    return () => window.clearInterval(timer);
  }, [offset]);
  return now;
}

/** The client clock, ticking every second (for countdowns to a session's opening). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
