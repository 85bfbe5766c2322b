import si from 'systeminformation';
import type { Probe } from '../probe-runner';
import { str } from './normalize';

const list = (devices: Array<{ name?: unknown; vendor?: unknown; manufacturer?: unknown; type?: unknown }>) => ({
  devices: devices.slice(0, 256).map((d) => ({ name: str(d.name), vendor: str(d.vendor ?? d.manufacturer), type: str(d.type) })),
});

export const usbProbe: Probe<'usb'> = { name: 'usb', run: async () => list(await si.usb()) };
export const printersProbe: Probe<'printers'> = { name: 'printers', run: async () => list(await si.printer()) };
export const audioProbe: Probe<'audio'> = { name: 'audio', run: async () => list(await si.audio()) };
export const bluetoothProbe: Probe<'bluetooth'> = { name: 'bluetooth', run: async () => list(await si.bluetoothDevices()) };
