import { ipcMain } from 'electron';
import { bridgeChannels, type AppInfo, type BridgeChannel } from '@firstline/bridge-contract';
import { isOwnPage } from '../security/security-policy';
import type { ScreenSourceService } from '../services/screen-sources';

export interface IpcServices {
  screens: ScreenSourceService;
  appInfo: () => AppInfo;
  log: (message: string) => void;
}

type Implementations = { [C in BridgeChannel]: (...args: never[]) => Promise<unknown> | unknown };

/**
 * The only place that imports ipcMain. Every call is checked: the sender must be one of our own
 * pages, and the arguments must match the contract, before a service is asked.
 */
export function registerIpc(services: IpcServices): void {
  const implementations: Implementations = {
    'screen:list-sources': () => services.screens.list(),
    'screen:choose-source': (id: string) => services.screens.choose(id),
    'app:info': () => services.appInfo(),
  };
  for (const channel of Object.keys(bridgeChannels) as BridgeChannel[]) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isOwnPage(senderUrl)) {
        services.log(`denied IPC ${channel} from ${senderUrl}`);
        throw new Error('Not allowed');
      }
      const parsed = bridgeChannels[channel].args.safeParse(args);
      if (!parsed.success) throw new Error(`Invalid arguments for ${channel}`);
      const run = implementations[channel] as (...a: unknown[]) => Promise<unknown> | unknown;
      return run(...parsed.data);
    });
  }
}
