import {
  ANNOTATION_FADE_MS,
  ANNOTATION_FADE_OUT_MS,
  MAX_SHAPES,
  type AnnotationShape,
  type AnnotationUpdate,
  type NormalizedPoint,
} from '@firstline/protocol';

/** What is drawn over the customer's screen: the laser pointer, and shapes with when they were drawn. */
export interface AnnotationScene {
  laser: NormalizedPoint | null;
  shapes: Array<AnnotationShape & { drawnAt: number }>;
}

export const EMPTY_SCENE: AnnotationScene = { laser: null, shapes: [] };

/** The scene after one update; both the engineer's preview and the customer's overlay use this. */
export function applyAnnotation(scene: AnnotationScene, update: AnnotationUpdate, now: number): AnnotationScene {
  switch (update.op) {
    case 'laser':
      return { ...scene, laser: update.at };
    case 'shape':
      return {
        ...scene,
        shapes: [...scene.shapes.filter((s) => s.id !== update.shape.id), { ...update.shape, drawnAt: now }].slice(-MAX_SHAPES),
      };
    case 'pin':
      // Unpinning starts the shape's fade afresh, so it does not vanish the moment it is let go.
      return { ...scene, shapes: scene.shapes.map((s) => (s.id === update.id ? { ...s, pinned: update.pinned, drawnAt: now } : s)) };
    case 'clear':
      return { laser: scene.laser, shapes: [] };
  }
}

/** 1 while fresh or pinned, falling to 0 over the last second of its time. */
export function shapeOpacity(shape: AnnotationScene['shapes'][number], now: number): number {
  if (shape.pinned) return 1;
  const left = shape.drawnAt + ANNOTATION_FADE_MS - now;
  return Math.max(0, Math.min(1, left / ANNOTATION_FADE_OUT_MS));
}

/** Drops shapes that have faded out; the same scene object when nothing changed. */
export function withoutFaded(scene: AnnotationScene, now: number): AnnotationScene {
  const shapes = scene.shapes.filter((s) => shapeOpacity(s, now) > 0);
  return shapes.length === scene.shapes.length ? scene : { ...scene, shapes };
}
