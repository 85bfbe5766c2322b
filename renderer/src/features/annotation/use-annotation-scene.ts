import { useCallback, useEffect, useState } from 'react';
import type { AnnotationUpdate } from '@firstline/protocol';
import { applyAnnotation, EMPTY_SCENE, withoutFaded, type AnnotationScene } from './annotation-scene';

/** A scene kept in React state, re-drawn ten times a second while shapes are fading. */
export function useAnnotationScene() {
  const [scene, setScene] = useState<AnnotationScene>(EMPTY_SCENE);
  const [now, setNow] = useState(() => Date.now());
  const fading = scene.shapes.some((s) => !s.pinned);

  useEffect(() => {
    if (!fading) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      setScene((current) => withoutFaded(current, t));
    }, 100);
    return () => clearInterval(timer);
  }, [fading]);

  const apply = useCallback((update: AnnotationUpdate) => {
    const t = Date.now();
    setNow(t);
    setScene((current) => applyAnnotation(current, update, t));
  }, []);
  const reset = useCallback(() => setScene(EMPTY_SCENE), []);
  return { scene, now, apply, reset };
}
