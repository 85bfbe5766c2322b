import { describe, expect, it } from 'vitest';
import { videoPoint } from '../../../renderer/src/features/control/video-point';

describe("the engineer's pointer on the customer's picture", () => {
  it('maps the picture inside a letterboxed element, and nothing over the bars', () => {
    // A 1920×1080 screen shown in a 1000×1000 element: 562.5 px tall, centred (218.75 px bars).
    const element = { left: 100, top: 50, width: 1000, height: 1000 };
    const screen = { width: 1920, height: 1080 };
    expect(videoPoint({ clientX: 600, clientY: 550 }, element, screen)).toEqual({ x: 0.5, y: 0.5 });
    const corner = videoPoint({ clientX: 100, clientY: 268.75 }, element, screen);
    expect(corner?.x).toBeCloseTo(0);
    expect(corner?.y).toBeCloseTo(0);
    expect(videoPoint({ clientX: 600, clientY: 100 }, element, screen)).toBeNull();
    expect(videoPoint({ clientX: 600, clientY: 550 }, element, { width: 0, height: 0 })).toBeNull();
  });

  it('maps a tall picture with bars at the sides', () => {
    const point = videoPoint({ clientX: 350, clientY: 100 }, { left: 0, top: 0, width: 800, height: 400 }, { width: 1080, height: 1920 });
    expect(point?.y).toBeCloseTo(0.25);
    expect(point?.x).toBeCloseTo((350 - (800 - 225) / 2) / 225);
  });
});
