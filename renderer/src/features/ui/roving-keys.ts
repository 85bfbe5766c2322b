import type { KeyboardEvent } from 'react';

/**
 * Where the arrow keys, Home and End move in a row of `count` choices (tabs, radio stars), wrapping
 * around, with Left and Right mirrored in right-to-left text; with `upDown`, Down goes forward and Up
 * back as well. From no choice (index -1) forward is the first and back the last. Null: not such a key.
 */
export function rovingTarget(
  event: KeyboardEvent<HTMLElement>,
  index: number,
  count: number,
  options: { upDown?: boolean } = {},
): number | null {
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const steps: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
  if (options.upDown) Object.assign(steps, { ArrowDown: 1, ArrowUp: -1 });
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return count - 1;
  const step = steps[event.key];
  if (step === undefined) return null;
  if (index < 0) return step > 0 ? 0 : count - 1;
  return (index + step + count) % count;
}
