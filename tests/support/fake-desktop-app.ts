import type { BrowserContext, Page } from 'playwright';
import type { BridgeEvent, SharingCommand, SharingState } from '@firstline/bridge-contract';
import { createScreenSourceService, type CapturerSource } from '../../electron/main/services/screen-sources';
import { createSharingBarController } from '../../electron/main/services/sharing-bar-controller';
import { installFakeDesktopBridge } from './fake-desktop-bridge';

type Handlers = Parameters<typeof installFakeDesktopBridge>[1];

/** A screen source as desktopCapturer lists it, with a placeholder thumbnail unless one is given. */
export const capturerSource = (id: string, name: string, extra: { display_id?: string; thumbnail?: string } = {}): CapturerSource => ({
  id,
  name,
  ...(extra.display_id && { display_id: extra.display_id }),
  thumbnail: { toDataURL: () => extra.thumbnail ?? 'data:image/png;base64,' },
});

/**
 * The desktop app without the Electron binary: a browser context whose pages get the bridge the
 * preload builds, backed by the main process's real screen-source and sharing-bar services. Only
 * desktopCapturer (the sources given) and the bar's window (a recorder) are stood in for; `extra`
 * adds or overrides handlers (remote control, the clipboard).
 */
export async function installFakeDesktopApp(
  context: BrowserContext,
  options: { serverUrl: string; sources: CapturerSource[]; extra?: Handlers },
) {
  const screens = createScreenSourceService({ getSources: async () => options.sources });
  const barStates: Array<SharingState | 'hidden'> = [];
  let page: Page | undefined;
  const emit = (event: BridgeEvent, payload: unknown) => void bridge.emit(page!, event, payload);
  const sharingBar = createSharingBarController({
    createBar: () => ({ showWith: (state) => barStates.push(state), hide: () => barStates.push('hidden'), isDestroyed: () => false }),
    sendToCustomer: (command) => emit('sharing:command', command),
  });
  const bridge = await installFakeDesktopBridge(context, {
    'screen:list-sources': () => screens.list(),
    'screen:choose-source': (id: string) => screens.choose(id),
    'app:info': () => ({ serverUrl: options.serverUrl, version: 'test', platform: process.platform }),
    'sharing:update': (state: SharingState) => sharingBar.update(state),
    'sharing:current': () => sharingBar.current(),
    'sharing:request': (command: SharingCommand) => sharingBar.request(command),
    ...options.extra,
  });
  return {
    bridge,
    screens,
    sharingBar,
    barStates,
    /** Fires a main → renderer event in the customer's page. */
    emit,
    /** The customer's window. */
    async openPage(): Promise<Page> {
      page = await context.newPage();
      return page;
    },
  };
}
