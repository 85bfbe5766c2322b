import { describe, expect, it } from 'vitest';
import type { AnnotationUpdate } from '@firstline/protocol';
import { createAnnotationOverlayController } from '../../../electron/main/services/annotation-overlay-controller';

describe('the desktop annotation overlay', () => {
  it('is made on the first update, passed each one, put away on null, and made again if its window was closed', () => {
    const log: string[] = [];
    let destroyed = false;
    const controller = createAnnotationOverlayController({
      createOverlay: () => {
        log.push('create');
        destroyed = false;
        return { show: (u: AnnotationUpdate) => log.push(`show ${u.op}`), hide: () => log.push('hide'), isDestroyed: () => destroyed };
      },
    });
    controller.show(null);
    expect(log).toEqual([]);
    controller.show({ op: 'laser', at: { x: 0.5, y: 0.5 } });
    controller.show({ op: 'clear' });
    controller.show(null);
    destroyed = true;
    controller.show({ op: 'laser', at: null });
    expect(log).toEqual(['create', 'show laser', 'show clear', 'hide', 'create', 'show laser']);
  });
});
