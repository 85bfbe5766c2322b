import { ipcMain } from 'electron';
import { bridgeChannels, type AppInfo, type BridgeChannel } from '@firstline/bridge-contract';
import { isAllowedSender } from '../security/security-policy';
import type { ScreenSourceService } from '../services/screen-sources';
import type { SharingBarController } from '../services/sharing-bar-controller';

export interface IpcServices {
  screens: ScreenSourceService;
  sharingBar: SharingBarController;
  appInfo: () => AppInfo;
  log: (message: string) => void;
}

type Implementations = { [C in BridgeChannel]: (...args: never[]) => Promise<unknown> | unknown };

/**
 * The only place that imports ipcMain. Every call is checked: the sender must be one of our own
 * pages allowed to make that call, and the arguments must match the contract, before a service
 * is asked.
 */
export function registerIpc(services: IpcServices): void {
  const implementations: Implementations = {
    'screen:list-sources': () => services.screens.list(),
    'screen:choose-source': (id: string) => services.screens.choose(id),
    'app:info': () => services.appInfo(),
    'sharing:update': (state: Parameters<SharingBarController['update']>[0]) => services.sharingBar.update(state),
    'sharing:current': () => services.sharingBar.current(),
    'sharing:request': (command: Parameters<SharingBarController['request']>[0]) => services.sharingBar.request(command),
  };
  for (const channel of Object.keys(bridgeChannels) as BridgeChannel[]) {
    const spec = bridgeChannels[channel];
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAllowedSender(senderUrl, spec.pages)) {
        services.log(`denied IPC ${channel} from ${senderUrl}`);
        throw new Error('Not allowed');
      }
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) throw new Error(`Invalid arguments for ${channel}`);
      const run = implementations[channel] as (...a: unknown[]) => Promise<unknown> | unknown;
      return run(...parsed.data);
    });
  }
}
