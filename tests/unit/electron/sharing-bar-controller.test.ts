import { describe, expect, it } from 'vitest';
import { isAllowedSender } from '../../../electron/main/security/security-policy';
import { createSharingBarController } from '../../../electron/main/services/sharing-bar-controller';

describe('sharing bar controller', () => {
  it('shows the bar while sharing, hides it after, and reuses one window', () => {
    const events: string[] = [];
    let created = 0;
    const controller = createSharingBarController({
      createBar: () => (
        created++,
        { showWith: (s) => events.push(`show ${s.engineerName}`), hide: () => events.push('hide'), isDestroyed: () => false }
      ),
      sendToCustomer: (c) => events.push(`send ${c}`),
    });
    controller.update({ sharing: true, engineerName: 'Grace' });
    controller.update({ sharing: false, engineerName: 'Grace' });
    controller.update({ sharing: true, engineerName: 'Ada' });
    expect(controller.request('end-session')).toEqual({ ok: true });
    expect(events).toEqual(['show Grace', 'hide', 'show Ada', 'send end-session']);
    expect(created).toBe(1);
  });

  it('ignores a stop request when nothing is shared', () => {
    const sent: string[] = [];
    const controller = createSharingBarController({
      createBar: () => ({ showWith() {}, hide() {}, isDestroyed: () => false }),
      sendToCustomer: (c) => sent.push(c),
    });
    expect(controller.request('stop-sharing')).toEqual({ ok: false });
    expect(sent).toEqual([]);
  });
});

describe('IPC sender check', () => {
  it('accepts a call only from the pages the contract lists for it', () => {
    expect(isAllowedSender('app://firstline/join.html', ['join.html'])).toBe(true);
    expect(isAllowedSender('app://firstline/bar.html', ['join.html'])).toBe(false);
    expect(isAllowedSender('app://firstline/join.html?x=1#y', ['join.html'])).toBe(true);
    expect(isAllowedSender('https://evil.example/join.html', ['join.html'])).toBe(false);
    expect(isAllowedSender('', ['join.html'])).toBe(false);
  });
});
