import { describe, expect, it } from 'vitest';
import { clientEvents, parseWith } from '@firstline/protocol';
import { str } from '../../../../electron/diagnostics/probes/normalize';

describe('strings systeminformation reports', () => {
  it('lose the NUL padding and control characters firmware leaves in them', () => {
    expect(str('  Dell Inc.\u0000\u0000\u0000 ')).toBe('Dell Inc.');
    expect(str('Intel\u0007(R) Core')).toBe('Intel(R) Core');
    expect(str(42)).toBe('42');
    expect(str(null)).toBe('');
  });

  it('stay whole characters when cut at 512', () => {
    // 511 letters then an emoji: the cut falls between its two halves.
    const cut = str(`${'a'.repeat(511)}🖨️`);
    expect(cut).toBe('a'.repeat(511));
    expect(parseWith(clientEvents['chat:record'].payload, { id: crypto.randomUUID(), text: cut, sentAt: 1 }, 'payload').ok).toBe(true);
  });
});
