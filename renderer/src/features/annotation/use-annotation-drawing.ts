import { useEffect, type RefObject } from 'react';
import { MAX_FREEHAND_POINTS, type AnnotationTool, type AnnotationUpdate, type NormalizedPoint } from '@firstline/protocol';
import { videoPoint } from '../control/video-point';

export type DrawTool = 'laser' | AnnotationTool;

/** Updates while the pointer moves go out at most this often; the last one always goes. */
const SEND_EVERY_MS = 40;
/** A freehand stroke skips points closer than this to the previous one (0–1 units). */
const MIN_STEP = 0.002;

/**
 * While a tool is picked (and control is not being captured), the engineer's pointer over the
 * customer's picture becomes the laser or draws arrows, rectangles and freehand strokes.
 * Every update goes to `annotate`, which shows it locally and sends it to the customer.
 */
export function useAnnotationDrawing(options: {
  tool: DrawTool | null;
  pinned: boolean;
  frameRef: RefObject<HTMLElement | null>;
  videoRef: RefObject<HTMLVideoElement | null>;
  annotate: (update: AnnotationUpdate) => void;
}) {
  const { tool, pinned, frameRef, videoRef, annotate } = options;
  useEffect(() => {
    const frame = frameRef.current;
    const video = videoRef.current;
    if (!tool || !frame || !video) return;
    const at = (e: PointerEvent) => videoPoint(e, video.getBoundingClientRect(), { width: video.videoWidth, height: video.videoHeight });
    let lastSent = 0;
    let pendingTimer: ReturnType<typeof setTimeout> | null = null;
    let drawing: { id: string; points: NormalizedPoint[] } | null = null;

    /** Sends now, or once the interval is over (the latest state wins). */
    const throttled = (update: () => AnnotationUpdate) => {
      const wait = lastSent + SEND_EVERY_MS - performance.now();
      if (wait <= 0) {
        lastSent = performance.now();
        return annotate(update());
      }
      pendingTimer ??= setTimeout(() => {
        pendingTimer = null;
        lastSent = performance.now();
        annotate(update());
      }, wait);
    };
    const shapeNow = (): AnnotationUpdate => ({
      op: 'shape',
      shape: { id: drawing!.id, tool: tool as AnnotationTool, points: [...drawing!.points], pinned },
    });

    const down = (e: PointerEvent) => {
      const point = at(e);
      if (tool === 'laser' || e.button !== 0 || !point) return;
      e.preventDefault();
      frame.setPointerCapture(e.pointerId);
      drawing = { id: crypto.randomUUID(), points: [point, point] };
      annotate(shapeNow());
    };
    const move = (e: PointerEvent) => {
      const point = at(e);
      if (!point) return;
      if (tool === 'laser') return throttled(() => ({ op: 'laser', at: point }));
      if (!drawing) return;
      if (tool !== 'freehand') drawing.points = [drawing.points[0]!, point];
      else {
        const last = drawing.points[drawing.points.length - 1]!;
        if (Math.hypot(point.x - last.x, point.y - last.y) < MIN_STEP || drawing.points.length >= MAX_FREEHAND_POINTS) return;
        drawing.points.push(point);
      }
      throttled(shapeNow);
    };
    const up = () => {
      if (!drawing) return;
      if (pendingTimer) clearTimeout(pendingTimer);
      pendingTimer = null;
      annotate(shapeNow());
      drawing = null;
    };
    const leave = () => tool === 'laser' && annotate({ op: 'laser', at: null });

    frame.addEventListener('pointerdown', down);
    frame.addEventListener('pointermove', move);
    frame.addEventListener('pointerup', up);
    frame.addEventListener('pointerleave', leave);
    return () => {
      if (pendingTimer) clearTimeout(pendingTimer);
      frame.removeEventListener('pointerdown', down);
      frame.removeEventListener('pointermove', move);
      frame.removeEventListener('pointerup', up);
      frame.removeEventListener('pointerleave', leave);
      if (tool === 'laser') annotate({ op: 'laser', at: null });
    };
  }, [tool, pinned, frameRef, videoRef, annotate]);
}
