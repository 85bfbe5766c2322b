import { ControlInput, createTokenBucket, type PointerButton } from '@firstline/protocol';
import { toInjectorPoint, type InjectorPoint, type InjectorRect } from './coordinate-spaces';
import type { Injector } from './injector';
import { injectorKeyFor, injectorModifiers, SPECIAL_KEY_CHORDS } from './key-codes';

export type ControlRefusal = 'not-granted' | 'paused' | 'malformed' | 'unknown-key' | 'flood' | 'protected';

export interface ControlGateOptions {
  injector: Injector;
  now: () => number;
  /** Called for every refused message, so refusals are logged and counted. */
  onRefused: (reason: ControlRefusal) => void;
  /**
   * Firstline's own windows (consent prompts, the sharing bar): pointer input that would land on
   * them, and keys while one of them has the focus, are refused, so the engineer can never answer
   * the customer's prompts for them.
   */
  isProtected?: (point: InjectorPoint) => boolean;
  keyboardProtected?: () => boolean;
  /** How long the customer's own mouse or keyboard pauses remote input (default 1.5 s). */
  localInputPauseMs?: number;
  /** Messages a second, and the burst absorbed (defaults: 240 and 480; a pointer moves at up to 120 Hz). */
  perSecond?: number;
  burst?: number;
}

/** A browser's wheel delta is in pixels, about 100 a notch; the injector scrolls in notches. */
const notches = (delta: number) => (delta === 0 ? 0 : Math.sign(delta) * Math.max(1, Math.round(Math.abs(delta) / 100)));

/**
 * The customer's side of remote control: nothing reaches the injector unless control is granted
 * and the customer is not using their own mouse or keyboard; every message is validated against the
 * contract and rate-limited; positions are mapped onto the shared surface. Taking control back
 * releases whatever the engineer held down, so no key or button stays stuck.
 */
export function createControlGate(options: ControlGateOptions) {
  const pauseMs = options.localInputPauseMs ?? 1500;
  const perSecond = options.perSecond ?? 240;
  const burst = options.burst ?? 480;
  let target: InjectorRect | null = null;
  let pausedUntil = 0;
  const bucket = createTokenBucket({ capacity: burst, refillPerSecond: perSecond, now: options.now });
  const heldButtons = new Set<PointerButton>();
  const heldKeys = new Set<string>();

  const releaseAll = () => {
    for (const button of heldButtons) options.injector.button(button, false);
    for (const key of heldKeys) options.injector.key(key, false, []);
    heldButtons.clear();
    heldKeys.clear();
  };

  /** Where a pointer message would land, unless that is one of Firstline's own windows. */
  function reachable(input: ControlInput, surface: InjectorRect): ControlRefusal | null {
    if ('at' in input) return options.isProtected?.(toInjectorPoint(input.at, surface)) ? 'protected' : null;
    return options.keyboardProtected?.() ? 'protected' : null;
  }

  function inject(input: ControlInput, surface: InjectorRect): ControlRefusal | null {
    const { injector } = options;
    switch (input.type) {
      case 'pointer-move':
        injector.moveTo(toInjectorPoint(input.at, surface));
        return null;
      case 'pointer-down':
      case 'pointer-up': {
        const down = input.type === 'pointer-down';
        injector.moveTo(toInjectorPoint(input.at, surface));
        injector.button(input.button, down);
        if (down) heldButtons.add(input.button);
        else heldButtons.delete(input.button);
        return null;
      }
      case 'wheel':
        injector.moveTo(toInjectorPoint(input.at, surface));
        injector.scroll(notches(input.dx), notches(input.dy));
        return null;
      case 'key-down':
      case 'key-up': {
        const key = injectorKeyFor(input.code);
        if (!key) return 'unknown-key';
        const down = input.type === 'key-down';
        injector.key(key, down, injectorModifiers(input.modifiers));
        if (down) heldKeys.add(key);
        else heldKeys.delete(key);
        return null;
      }
      case 'special-keys': {
        const chord = SPECIAL_KEY_CHORDS[input.keys];
        injector.key(chord.key, true, chord.modifiers);
        injector.key(chord.key, false, chord.modifiers);
        return null;
      }
    }
  }

  return {
    /** Control granted, over this surface (in the injector's coordinates). */
    grant(surface: InjectorRect): void {
      target = surface;
    },
    /** The shared surface changed (another screen, a moved window). */
    retarget(surface: InjectorRect): void {
      if (target) target = surface;
    },
    /** Control taken back or ended: nothing more is injected, and nothing stays held down. */
    revoke(): void {
      target = null;
      releaseAll();
    },
    /** The customer moved their own mouse or pressed a key: the local user wins for a moment. */
    localInput(): void {
      if (!target) return;
      pausedUntil = options.now() + pauseMs;
      releaseAll();
    },
    get granted(): boolean {
      return target !== null;
    },
    /** Checks one message from the data channel and injects it, or says why not. */
    handle(raw: unknown): ControlRefusal | null {
      const refuse = (reason: ControlRefusal) => (options.onRefused(reason), reason);
      if (!bucket.take()) return refuse('flood');
      const parsed = ControlInput.safeParse(raw);
      if (!parsed.success) return refuse('malformed');
      if (!target) return refuse('not-granted');
      if (options.now() < pausedUntil) return refuse('paused');
      const refusal = reachable(parsed.data, target) ?? inject(parsed.data, target);
      return refusal ? refuse(refusal) : null;
    },
  };
}

export type ControlGate = ReturnType<typeof createControlGate>;
