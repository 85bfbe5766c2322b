import type { KeyModifiers, SpecialKeys } from '@firstline/protocol';

/**
 * KeyboardEvent.code (the physical key, the same on every layout) as the injector's key name. A
 * physical key is pressed, not a character typed, so the customer's own layout decides what it means,
 * as it would for their own keyboard. Keys not listed here are refused.
 */
const NAMED: Record<string, string> = {
  Enter: 'enter',
  NumpadEnter: 'enter',
  Escape: 'escape',
  Backspace: 'backspace',
  Tab: 'tab',
  Space: 'space',
  Delete: 'delete',
  Insert: 'insert',
  Home: 'home',
  End: 'end',
  PageUp: 'pageup',
  PageDown: 'pagedown',
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  CapsLock: 'capslock',
  PrintScreen: 'printscreen',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Comma: ',',
  Period: '.',
  Slash: '/',
  ShiftLeft: 'shift',
  ShiftRight: 'right_shift',
  ControlLeft: 'control',
  ControlRight: 'right_control',
  AltLeft: 'alt',
  AltRight: 'right_alt',
  MetaLeft: 'command',
  MetaRight: 'command',
};

export function injectorKeyFor(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!.toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return code.startsWith('Numpad') ? `numpad_${digit[1]}` : digit[1]!;
  const fn = /^F([1-9]|1[0-2])$/.exec(code);
  if (fn) return `f${fn[1]}`;
  return NAMED[code] ?? null;
}

/** The injector's names of the modifiers held with a key. */
export function injectorModifiers(modifiers: KeyModifiers): string[] {
  return [modifiers.ctrl && 'control', modifiers.shift && 'shift', modifiers.alt && 'alt', modifiers.meta && 'command'].filter(
    (m): m is string => typeof m === 'string',
  );
}

/** The key chords behind the buttons for what a browser keeps to itself. */
export const SPECIAL_KEY_CHORDS: Record<SpecialKeys, { key: string; modifiers: string[] }> = {
  meta: { key: 'command', modifiers: [] },
  'alt-tab': { key: 'tab', modifiers: ['alt'] },
  'ctrl-esc': { key: 'escape', modifiers: ['control'] },
};
