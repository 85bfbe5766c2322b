import { useEffect, useRef } from 'react';

/**
 * When the screen changes, focus moves to the new screen's main heading (as a page load would put a
 * screen reader at the top of the new page), instead of falling back to the top of the document.
 * The first screen is left alone. The heading may appear a moment later (data still loading).
 */
export function useHeadingFocus(screen: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const timer = setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      tries += 1;
      if (!heading && tries < 40) return;
      clearInterval(timer);
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }, 50);
    return () => clearInterval(timer);
  }, [screen]);
}
