import type { NormalizedPoint } from '@firstline/protocol';

/**
 * Where on the customer's screen a pointer over the engineer's video is, as a 0–1 point, or null
 * over the bars that letterbox it. The video keeps its aspect ratio inside its element
 * (object-fit: contain), so the picture's own rectangle is worked out first.
 */
export function videoPoint(
  pointer: { clientX: number; clientY: number },
  element: { left: number; top: number; width: number; height: number },
  video: { width: number; height: number },
): NormalizedPoint | null {
  if (video.width <= 0 || video.height <= 0 || element.width <= 0 || element.height <= 0) return null;
  const scale = Math.min(element.width / video.width, element.height / video.height);
  const shownWidth = video.width * scale;
  const shownHeight = video.height * scale;
  const left = element.left + (element.width - shownWidth) / 2;
  const top = element.top + (element.height - shownHeight) / 2;
  const x = (pointer.clientX - left) / shownWidth;
  const y = (pointer.clientY - top) / shownHeight;
  const EDGE = 1e-9;
  if (x < -EDGE || x > 1 + EDGE || y < -EDGE || y > 1 + EDGE) return null;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return { x: clamp(x), y: clamp(y) };
}
