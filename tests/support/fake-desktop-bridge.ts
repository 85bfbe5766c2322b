import type { BrowserContext, Page } from 'playwright';
import { BRIDGE_GLOBAL, bridgeChannels, bridgeEvents, type BridgeChannel, type BridgeEvent } from '@firstline/bridge-contract';

type Handlers = { [C in BridgeChannel]?: (...args: any[]) => unknown };

/**
 * Gives pages in a context the same `window.firstline` object the preload builds: a method per
 * contract channel (arguments validated against the contract, answered by `handlers`) and a
 * subscription per contract event, which `emit` fires from the test.
 */
export async function installFakeDesktopBridge(context: BrowserContext, handlers: Handlers) {
  const calls: Array<{ channel: BridgeChannel; args: unknown[] }> = [];
  const methods: string[] = [];
  for (const channel of Object.keys(bridgeChannels) as BridgeChannel[]) {
    const spec = bridgeChannels[channel];
    await context.exposeFunction(`__bridge_${spec.method}`, async (...args: unknown[]) => {
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) throw new Error(`invalid arguments for ${channel}`);
      calls.push({ channel, args: parsed.data });
      const handler = handlers[channel];
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(...parsed.data);
    });
    methods.push(`${spec.method}: (...a) => window.__bridge_${spec.method}(...a)`);
  }
  for (const event of Object.keys(bridgeEvents) as BridgeEvent[]) {
    const name = JSON.stringify(event);
    methods.push(
      `${bridgeEvents[event].method}: (fn) => { (window.__listeners[${name}] ??= new Set()).add(fn); return () => window.__listeners[${name}].delete(fn); }`,
    );
  }
  await context.addInitScript({ content: `window.__listeners = {}; window.${BRIDGE_GLOBAL} = Object.freeze({ ${methods.join(', ')} });` });
  return {
    calls,
    /** Fires a main → renderer event in a page, validated against the contract first. */
    async emit(page: Page, event: BridgeEvent, payload: unknown) {
      const parsed = bridgeEvents[event].payload.parse(payload);
      await page.evaluate(
        ([name, value]) => {
          const listeners = (window as unknown as { __listeners: Record<string, Set<(v: unknown) => void>> }).__listeners[name as string];
          listeners?.forEach((fn) => fn(value));
        },
        [event, parsed] as const,
      );
    },
  };
}
