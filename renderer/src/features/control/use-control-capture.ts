import { useEffect, type RefObject } from 'react';
import type { ControlInput, KeyModifiers, PointerButton } from '@firstline/protocol';
import { videoPoint } from './video-point';

const BUTTONS: Record<number, PointerButton> = { 0: 'left', 1: 'middle', 2: 'right' };
/** Holding Escape this long lets go of control (a quick press is passed on as Escape). */
export const RELEASE_HOLD_MS = 1000;

const modifiersOf = (e: KeyboardEvent): KeyModifiers => ({ alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey, shift: e.shiftKey });

/**
 * While `enabled`, the engineer's pointer over the customer's picture and the keys pressed while
 * the picture has the focus become control input; nothing is captured otherwise. Holding Escape
 * calls `onRelease`.
 */
export function useControlCapture(options: {
  enabled: boolean;
  frameRef: RefObject<HTMLElement | null>;
  videoRef: RefObject<HTMLVideoElement | null>;
  send: (input: ControlInput) => void;
  onRelease: () => void;
}) {
  const { enabled, frameRef, videoRef, send, onRelease } = options;
  useEffect(() => {
    const frame = frameRef.current;
    const video = videoRef.current;
    if (!enabled || !frame || !video) return;
    const at = (e: { clientX: number; clientY: number }) =>
      videoPoint(e, video.getBoundingClientRect(), { width: video.videoWidth, height: video.videoHeight });
    let escapeTimer: ReturnType<typeof setTimeout> | null = null;

    const pointer = (type: 'pointer-move' | 'pointer-down' | 'pointer-up') => (e: PointerEvent) => {
      const point = at(e);
      if (!point) return;
      e.preventDefault();
      if (type === 'pointer-down') frame.focus();
      const button = BUTTONS[e.button] ?? 'left';
      send(type === 'pointer-move' ? { type, at: point } : { type, at: point, button });
    };
    const move = pointer('pointer-move');
    const down = pointer('pointer-down');
    const up = pointer('pointer-up');
    const wheel = (e: WheelEvent) => {
      const point = at(e);
      if (!point) return;
      e.preventDefault();
      const clip = (v: number) => Math.max(-2000, Math.min(2000, Math.round(v)));
      send({ type: 'wheel', at: point, dx: clip(e.deltaX), dy: clip(e.deltaY) });
    };
    const keydown = (e: KeyboardEvent) => {
      e.preventDefault();
      if (e.code === 'Escape') {
        if (e.repeat) return;
        escapeTimer = setTimeout(onRelease, RELEASE_HOLD_MS);
      }
      if (/^[A-Za-z0-9]{1,24}$/.test(e.code)) send({ type: 'key-down', code: e.code, key: e.key.slice(0, 32), modifiers: modifiersOf(e) });
    };
    const keyup = (e: KeyboardEvent) => {
      e.preventDefault();
      if (e.code === 'Escape' && escapeTimer) clearTimeout(escapeTimer);
      if (/^[A-Za-z0-9]{1,24}$/.test(e.code)) send({ type: 'key-up', code: e.code, key: e.key.slice(0, 32), modifiers: modifiersOf(e) });
    };
    const noMenu = (e: MouseEvent) => e.preventDefault();
    frame.addEventListener('pointermove', move);
    frame.addEventListener('pointerdown', down);
    frame.addEventListener('pointerup', up);
    frame.addEventListener('wheel', wheel, { passive: false });
    frame.addEventListener('keydown', keydown);
    frame.addEventListener('keyup', keyup);
    frame.addEventListener('contextmenu', noMenu);
    return () => {
      if (escapeTimer) clearTimeout(escapeTimer);
      frame.removeEventListener('pointermove', move);
      frame.removeEventListener('pointerdown', down);
      frame.removeEventListener('pointerup', up);
      frame.removeEventListener('wheel', wheel);
      frame.removeEventListener('keydown', keydown);
      frame.removeEventListener('keyup', keyup);
      frame.removeEventListener('contextmenu', noMenu);
    };
  }, [enabled, frameRef, videoRef, send, onRelease]);
}
