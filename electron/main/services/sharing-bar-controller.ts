import type { SharingCommand, SharingState } from '@firstline/bridge-contract';

export interface BarWindow {
  showWith(state: SharingState): void;
  hide(): void;
  isDestroyed(): boolean;
}

/**
 * Keeps the always-on-top sharing bar in step with the customer's window: shown while sharing,
 * hidden otherwise; its buttons are passed on to the customer's window, which does the work.
 */
export function createSharingBarController(deps: { createBar: () => BarWindow; sendToCustomer: (command: SharingCommand) => void }) {
  let bar: BarWindow | null = null;
  let state: SharingState = { sharing: false, engineerName: '' };
  return {
    update(next: SharingState): { ok: boolean } {
      state = next;
      if (next.sharing) {
        if (!bar || bar.isDestroyed()) bar = deps.createBar();
        bar.showWith(next);
      } else {
        bar?.hide();
      }
      return { ok: true };
    },
    current: (): SharingState => state,
    request(command: SharingCommand): { ok: boolean } {
      if (!state.sharing && command === 'stop-sharing') return { ok: false };
      deps.sendToCustomer(command);
      return { ok: true };
    },
  };
}

export type SharingBarController = ReturnType<typeof createSharingBarController>;
