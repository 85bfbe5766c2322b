import { useEffect } from 'react';
import { BRIDGE_GLOBAL, type DesktopBridge } from '@firstline/bridge-contract';
import { useAnnotationScene } from '../../features/annotation/use-annotation-scene';
import { WindowAnnotations } from './window-annotations';

/**
 * The desktop app's overlay (overlay.html): a transparent, click-through window over the shared
 * screen that shows the engineer's laser pointer and drawings, and nothing else.
 */
export function AnnotationOverlayApp() {
  const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_GLOBAL];
  const { scene, now, apply } = useAnnotationScene();
  useEffect(() => bridge?.onAnnotation(apply), [bridge, apply]);
  return <WindowAnnotations scene={scene} now={now} />;
}
