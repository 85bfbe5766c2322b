import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, bridgeChannels, type BridgeChannel, type DesktopBridge } from '@firstline/bridge-contract';

// Exactly one object, built from the contract: one method per allowed channel, nothing else.
const bridge = Object.fromEntries(
  (Object.keys(bridgeChannels) as BridgeChannel[]).map((channel) => [
    bridgeChannels[channel].method,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]),
) as DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
