import { ipcMain } from 'electron';
import { bridgeChannels, type AppInfo, type BridgeChannel, type BridgeEvent } from '@firstline/bridge-contract';
import type { DiagnosticsConsent } from '@firstline/protocol';
import type { Collector } from '../../diagnostics/collector';
import type { DownloadWriter } from '../../files/download-writer';
import { startLiveMetrics } from '../../diagnostics/live-metrics';
import { isAllowedSender } from '../security/security-policy';
import type { AnnotationOverlayController } from '../services/annotation-overlay-controller';
import type { RemoteControlController } from '../services/remote-control-controller';
import type { ScreenSourceService } from '../services/screen-sources';
import type { SharingBarController } from '../services/sharing-bar-controller';

export interface IpcServices {
  screens: ScreenSourceService;
  sharingBar: SharingBarController;
  remoteControl: RemoteControlController;
  annotations: AnnotationOverlayController;
  clipboard: { readText(): string; writeText(text: string): void };
  collector: Collector;
  downloads: DownloadWriter;
  appInfo: () => AppInfo;
  log: (message: string) => void;
}

/** Lets a call stream events back to the page that made it. */
interface Caller {
  id: number;
  send(event: BridgeEvent, payload: unknown): void;
  onGone(cleanup: () => void): void;
}
type Implementations = { [C in BridgeChannel]: (caller: Caller, ...args: never[]) => unknown };

/**
 * The only place that imports ipcMain. Every call is checked: the sender must be one of our own
 * pages allowed to make that call, and the arguments must match the contract, before a service
 * is asked.
 */
export function registerIpc(services: IpcServices): void {
  const watchers = new Map<number, () => void>();
  const implementations: Implementations = {
    'screen:list-sources': () => services.screens.list(),
    'screen:choose-source': (_caller, id: string) => services.screens.choose(id),
    'app:info': () => services.appInfo(),
    'sharing:update': (_caller, state: Parameters<SharingBarController['update']>[0]) => services.sharingBar.update(state),
    'sharing:current': () => services.sharingBar.current(),
    'sharing:request': (_caller, command: Parameters<SharingBarController['request']>[0]) => services.sharingBar.request(command),
    'diagnostics:collect': (caller, consent: DiagnosticsConsent) =>
      services.collector.collect(consent, (section) => caller.send('diagnostics:section', section)),
    'control:start': (caller) => services.remoteControl.start((why) => caller.send('control:interrupted', why)),
    'control:input': (_caller, input: unknown) => services.remoteControl.input(input),
    'control:stop': () => services.remoteControl.stop(),
    'annotation:show': (_caller, update: Parameters<AnnotationOverlayController['show']>[0]) => services.annotations.show(update),
    'clipboard:read': () => ({ text: services.clipboard.readText().slice(0, 100_000) }),
    'clipboard:write': (_caller, text: string) => (services.clipboard.writeText(text), { ok: true }),
    'files:begin': async (caller, file: { id: string; name: string; size: number }) => {
      const begun = await services.downloads.begin(file.id, file.name, file.size);
      caller.onGone(() => void services.downloads.abort(file.id));
      return begun.ok ? { ok: true, reason: null } : begun;
    },
    'files:write': (_caller, id: string, bytes: Uint8Array) => services.downloads.write(id, bytes),
    'files:finish': async (_caller, id: string, sha256: string) => {
      const done = await services.downloads.finish(id, sha256);
      return done.ok ? { ...done, reason: null } : { ...done, savedAs: null };
    },
    'files:abort': async (_caller, id: string) => (await services.downloads.abort(id), { ok: true }),
    'diagnostics:watch': (caller, on: boolean) => {
      watchers.get(caller.id)?.();
      watchers.delete(caller.id);
      if (on) {
        watchers.set(
          caller.id,
          startLiveMetrics((metrics) => caller.send('diagnostics:metrics', metrics)),
        );
        caller.onGone(() => watchers.get(caller.id)?.());
      }
      return { ok: true };
    },
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
      const contents = event.sender;
      const caller: Caller = {
        id: contents.id,
        send: (name, payload) => {
          if (!contents.isDestroyed()) contents.send(name, payload);
        },
        onGone: (cleanup) => contents.once('destroyed', cleanup),
      };
      const run = implementations[channel] as (caller: Caller, ...a: unknown[]) => unknown;
      return run(caller, ...parsed.data);
    });
  }
}
