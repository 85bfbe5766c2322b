import { describe, expect, it } from 'vitest';
import { createControlGate, type ControlRefusal } from '../../../../electron/control/control-gate';
import type { InjectorRect } from '../../../../electron/control/coordinate-spaces';
import type { Injector } from '../../../../electron/control/injector';

/** An injector that records what it was asked to do, built from the Injector interface itself. */
function recordingInjector() {
  const calls: string[] = [];
  const injector: Injector = {
    moveTo: (p) => calls.push(`move ${p.x},${p.y}`),
    button: (b, down) => calls.push(`${b} ${down ? 'down' : 'up'}`),
    scroll: (dx, dy) => calls.push(`scroll ${dx},${dy}`),
    key: (k, down, mods) => calls.push(`key ${k} ${down ? 'down' : 'up'}${mods.length ? ` +${mods.join('+')}` : ''}`),
  };
  return { injector, calls };
}

const SCREEN: InjectorRect = { space: 'injector', x: 0, y: 0, width: 1920, height: 1080 };
const none = { alt: false, ctrl: false, meta: false, shift: false };

function gate(options: { perSecond?: number; burst?: number } = {}) {
  const clock = { now: 1_000 };
  const refused: ControlRefusal[] = [];
  const { injector, calls } = recordingInjector();
  const g = createControlGate({ injector, now: () => clock.now, onRefused: (r) => refused.push(r), ...options });
  return { g, calls, refused, clock };
}

describe('the control gate on the customer’s side', () => {
  it('injects nothing before control is granted, or after it is taken back', () => {
    const { g, calls, refused } = gate();
    expect(g.handle({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } })).toBe('not-granted');
    g.grant(SCREEN);
    expect(g.handle({ type: 'pointer-move', at: { x: 0.5, y: 0.5 } })).toBeNull();
    g.revoke();
    expect(g.handle({ type: 'pointer-down', at: { x: 0.1, y: 0.1 }, button: 'left' })).toBe('not-granted');
    expect(calls).toEqual(['move 960,540']);
    expect(refused).toEqual(['not-granted', 'not-granted']);
  });

  it('maps clicks, wheel and keys, and releases whatever was held when control is taken back', () => {
    const { g, calls } = gate();
    g.grant(SCREEN);
    g.handle({ type: 'pointer-down', at: { x: 0.25, y: 0.5 }, button: 'left' });
    g.handle({ type: 'wheel', at: { x: 0.25, y: 0.5 }, dx: 0, dy: 250 });
    g.handle({ type: 'key-down', code: 'KeyA', key: 'A', modifiers: { ...none, shift: true } });
    g.handle({ type: 'special-keys', keys: 'alt-tab' });
    g.revoke();
    expect(calls).toEqual([
      'move 480,540',
      'left down',
      'move 480,540',
      'scroll 0,3',
      'key a down +shift',
      'key tab down +alt',
      'key tab up +alt',
      'left up',
      'key a up',
    ]);
  });

  it("lets the customer's own mouse or keyboard win for a moment", () => {
    const { g, calls, clock } = gate();
    g.grant(SCREEN);
    g.handle({ type: 'pointer-down', at: { x: 0, y: 0 }, button: 'right' });
    g.localInput();
    expect(g.handle({ type: 'pointer-move', at: { x: 1, y: 1 } })).toBe('paused');
    clock.now += 1600;
    expect(g.handle({ type: 'pointer-move', at: { x: 1, y: 1 } })).toBeNull();
    expect(calls).toEqual(['move 0,0', 'right down', 'right up', 'move 1919,1079']);
  });

  it('refuses malformed, oversized, unknown and flooding input, and injects none of it', () => {
    const { g, calls, refused } = gate({ perSecond: 10, burst: 5 });
    g.grant(SCREEN);
    for (const bad of [
      null,
      'click',
      { type: 'pointer-move', at: { x: 2, y: 0 } },
      { type: 'pointer-move', at: { x: 0.5, y: 0.5 }, extra: 1 },
      { type: 'key-down', code: 'Key A; rm -rf', key: 'a', modifiers: none },
      { type: 'wheel', at: { x: 0, y: 0 }, dx: 0, dy: 1e9 },
    ])
      expect(g.handle(bad), JSON.stringify(bad)).not.toBeNull();
    expect(refused).toEqual(['malformed', 'malformed', 'malformed', 'malformed', 'malformed', 'flood']);
    expect(calls).toEqual([]);
    const { g: g2, refused: refused2 } = gate({ perSecond: 10, burst: 5 });
    g2.grant(SCREEN);
    expect(g2.handle({ type: 'key-down', code: 'LaunchMail', key: '', modifiers: none })).toBe('unknown-key');
    for (let i = 0; i < 10; i += 1) g2.handle({ type: 'pointer-move', at: { x: 0, y: 0 } });
    expect(refused2.filter((r) => r === 'flood').length).toBeGreaterThanOrEqual(5);
  });
});

describe("the customer's own Firstline windows", () => {
  it('are out of reach: no click lands on a prompt, no key reaches one that has the focus', () => {
    const { injector, calls } = recordingInjector();
    const refused: ControlRefusal[] = [];
    let promptFocused = false;
    const g = createControlGate({
      injector,
      now: () => 0,
      onRefused: (r) => refused.push(r),
      // A consent prompt at 800–1120 × 400–600 on the shared screen.
      isProtected: (p) => p.x >= 800 && p.x < 1120 && p.y >= 400 && p.y < 600,
      keyboardProtected: () => promptFocused,
    });
    g.grant(SCREEN);
    expect(g.handle({ type: 'pointer-down', at: { x: 0.5, y: 0.5 }, button: 'left' })).toBe('protected');
    expect(g.handle({ type: 'pointer-move', at: { x: 0.1, y: 0.1 } })).toBeNull();
    promptFocused = true;
    expect(g.handle({ type: 'key-down', code: 'Enter', key: 'Enter', modifiers: none })).toBe('protected');
    expect(calls).toEqual(['move 192,108']);
    expect(refused).toEqual(['protected', 'protected']);
  });
});
