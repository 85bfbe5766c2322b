import { getServers } from 'node:dns';
import si from 'systeminformation';
import type { Probe } from '../probe-runner';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v)).slice(0, 512);
const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

export const networkProbe: Probe<'network'> = {
  name: 'network',
  async run() {
    const [interfaces, gateway, wifi] = await Promise.all([si.networkInterfaces(), si.networkGatewayDefault(), si.wifiConnections().catch(() => [])]);
    const list = Array.isArray(interfaces) ? interfaces : [interfaces];
    return {
      interfaces: list.slice(0, 64).map((i) => ({
        name: str(i.iface),
        ip4: str(i.ip4),
        ip6: str(i.ip6),
        mac: str(i.mac),
        type: str(i.type),
        speedMbps: numOrNull(i.speed),
        operstate: str(i.operstate),
        isDefault: Boolean(i.default),
      })),
      defaultGateway: str(gateway),
      dnsServers: getServers().slice(0, 16),
      wifi: wifi.slice(0, 8).map((w) => ({ ssid: str(w.ssid), signalLevelDbm: numOrNull(w.signalLevel), quality: numOrNull(w.quality) })),
    };
  },
};
