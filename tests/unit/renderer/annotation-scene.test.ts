import { describe, expect, it } from 'vitest';
import { AnnotationUpdate, ANNOTATION_FADE_MS, MAX_SHAPES, PeerMessage } from '@firstline/protocol';
import { applyAnnotation, EMPTY_SCENE, shapeOpacity, withoutFaded } from '../../../renderer/src/features/annotation/annotation-scene';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const arrow = (n: number, pinned = false): Extract<AnnotationUpdate, { op: 'shape' }> => ({
  op: 'shape',
  shape: {
    id: id(n),
    tool: 'arrow',
    points: [
      { x: 0.1, y: 0.1 },
      { x: 0.5, y: 0.5 },
    ],
    pinned,
  },
});

describe('the annotation scene', () => {
  it('moves the laser, adds and replaces shapes by id, and clears shapes but not the laser', () => {
    let scene = applyAnnotation(EMPTY_SCENE, { op: 'laser', at: { x: 0.5, y: 0.5 } }, 0);
    scene = applyAnnotation(scene, arrow(1), 0);
    scene = applyAnnotation(
      scene,
      {
        op: 'shape',
        shape: {
          ...arrow(1).shape,
          points: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
      },
      10,
    );
    expect(scene.shapes).toHaveLength(1);
    expect(scene.shapes[0]!.points[1]).toEqual({ x: 1, y: 1 });
    scene = applyAnnotation(scene, { op: 'clear' }, 20);
    expect(scene).toEqual({ laser: { x: 0.5, y: 0.5 }, shapes: [] });
    expect(applyAnnotation(scene, { op: 'laser', at: null }, 30).laser).toBeNull();
  });

  it('fades an unpinned shape over its last second; a pinned one stays; unpinning starts the time again', () => {
    let scene = applyAnnotation(EMPTY_SCENE, arrow(1), 1000);
    scene = applyAnnotation(scene, arrow(2, true), 1000);
    const [loose, pinned] = scene.shapes;
    expect(shapeOpacity(loose!, 1000 + ANNOTATION_FADE_MS - 2000)).toBe(1);
    expect(shapeOpacity(loose!, 1000 + ANNOTATION_FADE_MS - 500)).toBeCloseTo(0.5);
    expect(shapeOpacity(pinned!, 1_000_000)).toBe(1);
    const later = withoutFaded(scene, 1000 + ANNOTATION_FADE_MS);
    expect(later.shapes.map((s) => s.id)).toEqual([id(2)]);
    expect(withoutFaded(later, 2_000_000)).toBe(later);
    const unpinned = applyAnnotation(later, { op: 'pin', id: id(2), pinned: false }, 50_000);
    expect(shapeOpacity(unpinned.shapes[0]!, 50_000 + 1000)).toBe(1);
  });

  it('keeps at most the newest shapes', () => {
    let scene = EMPTY_SCENE;
    for (let n = 0; n < MAX_SHAPES + 5; n += 1) scene = applyAnnotation(scene, arrow(n, true), n);
    expect(scene.shapes).toHaveLength(MAX_SHAPES);
    expect(scene.shapes[0]!.id).toBe(id(5));
  });

  it('refuses malformed updates at the data-channel boundary', () => {
    const bad = [
      { op: 'laser', at: { x: 2, y: 0 } },
      { op: 'shape', shape: { ...arrow(1).shape, points: [{ x: 0, y: 0 }] } },
      {
        op: 'shape',
        shape: {
          ...arrow(1).shape,
          tool: 'rectangle',
          points: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
            { x: 0.5, y: 0.5 },
          ],
        },
      },
      { op: 'shape', shape: { ...arrow(1).shape, tool: 'freehand', points: Array.from({ length: 401 }, () => ({ x: 0, y: 0 })) } },
      { op: 'shape', shape: { ...arrow(1).shape, tool: 'circle' } },
      { op: 'pin', id: 'nope', pinned: true },
      { op: 'draw-everywhere' },
    ];
    for (const update of bad) {
      expect(AnnotationUpdate.safeParse(update).success, JSON.stringify(update).slice(0, 80)).toBe(false);
      expect(PeerMessage.safeParse({ kind: 'annotation', update }).success).toBe(false);
    }
    expect(PeerMessage.safeParse({ kind: 'annotation', update: arrow(1) }).success).toBe(true);
  });
});
