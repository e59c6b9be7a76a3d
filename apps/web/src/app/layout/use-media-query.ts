import { useSyncExternalStore } from 'react';

/** Live `window.matchMedia(query).matches`. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Below ~1024 px (tablets in portrait, small windows) the side menu collapses. */
export const NARROW_QUERY = '(max-width: 1023.98px)';
