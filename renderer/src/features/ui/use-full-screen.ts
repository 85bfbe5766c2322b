import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Whether `element` is the page's full-screen element now, and the ways in and out. */
export function useFullScreen(element: RefObject<HTMLElement | null>): { active: boolean; enter: () => void; exit: () => void } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    // Esc, the browser's own control or another element going full screen: the document says which.
    const changed = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === element.current);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, [element]);
  const enter = useCallback(() => void element.current?.requestFullscreen().catch(() => undefined), [element]);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  return { active, enter, exit };
}
