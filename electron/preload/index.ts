import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  bridgeChannels,
  bridgeEvents,
  type BridgeChannel,
  type BridgeEvent,
  type DesktopBridge,
} from '@firstline/bridge-contract';

// Exactly one object, built from the contract: a method per allowed call and per allowed event.
const calls = (Object.keys(bridgeChannels) as BridgeChannel[]).map((channel) => [
  bridgeChannels[channel].method,
  (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
]);
const subscriptions = (Object.keys(bridgeEvents) as BridgeEvent[]).map((event) => [
  bridgeEvents[event].method,
  (listener: (payload: unknown) => void) => {
    const handler = (_event: unknown, payload: unknown) => {
      const parsed = bridgeEvents[event].payload.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(event, handler);
    return () => void ipcRenderer.removeListener(event, handler);
  },
]);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.fromEntries([...calls, ...subscriptions]) as DesktopBridge);
