import { useEffect, useRef } from 'react';

/**
 * When the screen changes, focus moves to the new screen's main heading (as a page load would put a
 * screen reader at the top of the new page), instead of falling back to the top of the document.
 * The first screen is left alone. The heading may appear a moment later (data still loading); if
 * the user has already moved focus into the new screen by then, it stays where they put it.
 */
export function useHeadingFocus(screen: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusedAtChange = document.activeElement;
    const focusHeading = (): boolean => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) return false;
      const moved = document.activeElement !== focusedAtChange && document.activeElement !== document.body;
      if (moved) return true;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    let tries = 0;
    const timer = setInterval(() => {
      tries += 1;
      if (focusHeading() || tries >= 40) clearInterval(timer);
    }, 50);
    return () => clearInterval(timer);
  }, [screen]);
}
