import { describe, expect, it } from 'vitest';
import { createLocalInputDetector } from '../../../../electron/control/local-input';

const at = (x: number, y: number) => ({ space: 'injector' as const, x, y });

describe("telling the customer's own mouse from the engineer's", () => {
  it('ignores the pointer where the engineer put it, and right after an injection', () => {
    const detector = createLocalInputDetector();
    expect(detector.sample(at(10, 10), 0)).toBe(false);
    detector.injected(at(500, 300), 1000);
    expect(detector.sample(at(500, 300), 1050)).toBe(false);
    expect(detector.sample(at(520, 300), 1050)).toBe(false);
    expect(detector.sample(at(501, 301), 2000)).toBe(false);
  });

  it('reports a movement the engineer did not make, once', () => {
    const detector = createLocalInputDetector();
    detector.injected(at(500, 300), 1000);
    expect(detector.sample(at(700, 420), 1500)).toBe(true);
    expect(detector.sample(at(700, 420), 1600)).toBe(false);
    expect(detector.sample(at(720, 420), 1700)).toBe(true);
  });
});
