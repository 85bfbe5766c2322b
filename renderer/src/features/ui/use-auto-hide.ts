import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

/** How near the top edge (px) the pointer reveals what hides there. */
const REVEAL_EDGE_PX = 48;

/**
 * A bar over the top edge of a full-screen picture that steps aside: shown when `active` begins
 * and whenever the pointer comes near the top edge, hidden after `idleMs` without. Moving over the
 * rest of the picture (as an engineer in control does all the time) leaves it hidden. CSS keeps it
 * shown while hovered or while it holds the keyboard focus.
 */
export function useAutoHide(active: boolean, idleMs = 3000) {
  const [shown, setShown] = useState(true);
  const timer = useRef<number | undefined>(undefined);
  const reveal = useCallback(() => {
    setShown(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setShown(false), idleMs);
  }, [idleMs]);
  useEffect(() => {
    if (active) reveal();
    return () => window.clearTimeout(timer.current);
  }, [active, reveal]);
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (event.clientY - event.currentTarget.getBoundingClientRect().top <= REVEAL_EDGE_PX) reveal();
    },
    [reveal],
  );
  return { hidden: active && !shown, onPointerMove };
}
