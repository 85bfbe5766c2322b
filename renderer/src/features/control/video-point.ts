import type { NormalizedPoint } from '@firstline/protocol';

/**
 * Where the picture is inside an element that letterboxes it (object-fit: contain): its offset
 * from the element's top-left corner and its size; null while either has no size.
 */
export function containedRect(
  element: { width: number; height: number },
  video: { width: number; height: number },
): { left: number; top: number; width: number; height: number } | null {
  if (video.width <= 0 || video.height <= 0 || element.width <= 0 || element.height <= 0) return null;
  const scale = Math.min(element.width / video.width, element.height / video.height);
  const width = video.width * scale;
  const height = video.height * scale;
  return { left: (element.width - width) / 2, top: (element.height - height) / 2, width, height };
}

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
  const shown = containedRect(element, video);
  if (!shown) return null;
  const x = (pointer.clientX - element.left - shown.left) / shown.width;
  const y = (pointer.clientY - element.top - shown.top) / shown.height;
  const EDGE = 1e-9;
  if (x < -EDGE || x > 1 + EDGE || y < -EDGE || y > 1 + EDGE) return null;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return { x: clamp(x), y: clamp(y) };
}
