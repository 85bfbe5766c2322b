import { z } from 'zod';
import { NormalizedPoint } from './remote-control';

/**
 * The engineer's pointer and drawings, shown on top of the customer's screen. Positions are 0–1
 * on the shared surface, like remote-control input. Shapes fade after ANNOTATION_FADE_MS unless pinned.
 */
export const ANNOTATION_FADE_MS = 4000;
/** How long the fading itself takes, at the end of that time. */
export const ANNOTATION_FADE_OUT_MS = 1000;
export const MAX_FREEHAND_POINTS = 400;
/** More shapes than this on screen at once: the oldest give way. */
export const MAX_SHAPES = 50;

export const AnnotationTool = z.enum(['arrow', 'rectangle', 'freehand']);
export type AnnotationTool = z.infer<typeof AnnotationTool>;

export const AnnotationShape = z
  .object({
    id: z.string().uuid(),
    tool: AnnotationTool,
    /** Arrow: tail then head. Rectangle: two opposite corners. Freehand: the stroke. */
    points: z.array(NormalizedPoint).min(2).max(MAX_FREEHAND_POINTS),
    pinned: z.boolean(),
  })
  .strict()
  .refine((shape) => shape.tool === 'freehand' || shape.points.length === 2, 'arrows and rectangles have two points');
export type AnnotationShape = z.infer<typeof AnnotationShape>;

export const AnnotationUpdate = z.discriminatedUnion('op', [
  /** The laser pointer moved, or (null) was put away. */
  z.object({ op: z.literal('laser'), at: NormalizedPoint.nullable() }).strict(),
  z.object({ op: z.literal('shape'), shape: AnnotationShape }).strict(),
  z.object({ op: z.literal('pin'), id: z.string().uuid(), pinned: z.boolean() }).strict(),
  z.object({ op: z.literal('clear') }).strict(),
]);
export type AnnotationUpdate = z.infer<typeof AnnotationUpdate>;
