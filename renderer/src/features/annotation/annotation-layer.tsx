import { useId } from 'react';
import type { NormalizedPoint } from '@firstline/protocol';
import { shapeOpacity, type AnnotationScene } from './annotation-scene';

const INK = '#e5484d';
const HALO = '#ffffff';

/**
 * Draws a scene over a rectangle of `width` × `height` pixels (the shared picture): the laser as a
 * glowing dot, arrows, rectangles and strokes in red with a white halo, so they read on any background.
 */
export function AnnotationLayer({ scene, now, width, height }: { scene: AnnotationScene; now: number; width: number; height: number }) {
  const marker = `arrowhead-${useId().replace(/:/g, '')}`;
  const px = (p: NormalizedPoint) => ({ x: p.x * width, y: p.y * height });
  return (
    <svg className="annotation-layer" width={width} height={height} aria-hidden="true" data-testid="annotation-layer">
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX="7" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={INK} stroke={HALO} strokeWidth="1" />
        </marker>
      </defs>
      {scene.shapes.map((shape) => {
        const points = shape.points.map(px);
        const [a, b] = [points[0]!, points[points.length - 1]!];
        const opacity = shapeOpacity(shape, now);
        const draw = (stroke: string, strokeWidth: number, withMarker: boolean) => {
          if (shape.tool === 'arrow')
            return (
              <line
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke={stroke}
                strokeWidth={strokeWidth}
                markerEnd={withMarker ? `url(#${marker})` : undefined}
              />
            );
          if (shape.tool === 'rectangle')
            return (
              <rect
                x={Math.min(a.x, b.x)}
                y={Math.min(a.y, b.y)}
                width={Math.abs(b.x - a.x)}
                height={Math.abs(b.y - a.y)}
                rx={4}
                fill="none"
                stroke={stroke}
                strokeWidth={strokeWidth}
              />
            );
          return <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={stroke} strokeWidth={strokeWidth} />;
        };
        return (
          <g
            key={shape.id}
            opacity={opacity}
            strokeLinecap="round"
            strokeLinejoin="round"
            data-tool={shape.tool}
            data-pinned={shape.pinned}
          >
            {draw(HALO, 7, false)}
            {draw(INK, 4, true)}
          </g>
        );
      })}
      {scene.laser && (
        <g data-testid="laser">
          <circle cx={px(scene.laser).x} cy={px(scene.laser).y} r={14} fill={INK} opacity={0.25} />
          <circle cx={px(scene.laser).x} cy={px(scene.laser).y} r={6} fill={INK} stroke={HALO} strokeWidth={2} />
        </g>
      )}
    </svg>
  );
}
