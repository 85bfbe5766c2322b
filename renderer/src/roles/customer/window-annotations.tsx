import { useEffect, useState } from 'react';
import { AnnotationLayer } from '../../features/annotation/annotation-layer';
import type { AnnotationScene } from '../../features/annotation/annotation-scene';

/** The engineer's pointer and drawings over the whole window, which clicks go through: this page after a browser join, or the desktop overlay. */
export function WindowAnnotations({ scene, now }: { scene: AnnotationScene; now: number }) {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const resize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  if (!scene.laser && scene.shapes.length === 0) return null;
  return (
    <div className="page-annotations">
      <AnnotationLayer scene={scene} now={now} width={size.width} height={size.height} />
    </div>
  );
}
