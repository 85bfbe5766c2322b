import type { AnnotationUpdate } from '@firstline/protocol';

export interface OverlayWindow {
  /** Covers the shared display and shows the update (the page keeps the scene). */
  show(update: AnnotationUpdate): void;
  hide(): void;
  isDestroyed(): boolean;
}

/**
 * The engineer's pointer and drawings over the customer's real screen: a transparent overlay made
 * on the first update, passed each one after, and put away when the session no longer shows any.
 */
export function createAnnotationOverlayController(deps: { createOverlay: () => OverlayWindow }) {
  let overlay: OverlayWindow | null = null;
  return {
    show(update: AnnotationUpdate | null): { ok: boolean } {
      if (update === null) {
        overlay?.hide();
        return { ok: true };
      }
      if (!overlay || overlay.isDestroyed()) overlay = deps.createOverlay();
      overlay.show(update);
      return { ok: true };
    },
  };
}
export type AnnotationOverlayController = ReturnType<typeof createAnnotationOverlayController>;
