import { getServers } from 'node:dns';
import si from 'systeminformation';
import type { Probe } from '../probe-runner';
import { countOrNull, measured, str } from './normalize';

export const networkProbe: Probe<'network'> = {
  name: 'network',
  async run() {
    const [interfaces, gateway, wifi] = await Promise.all([
      si.networkInterfaces(),
      si.networkGatewayDefault(),
      si.wifiConnections().catch(() => []),
    ]);
    const list = Array.isArray(interfaces) ? interfaces : [interfaces];
    return {
      interfaces: list.slice(0, 64).map((i) => ({
        name: str(i.iface),
        ip4: str(i.ip4),
        ip6: str(i.ip6),
        mac: str(i.mac),
        type: str(i.type),
        speedMbps: measured(i.speed),
        operstate: str(i.operstate),
        isDefault: Boolean(i.default),
      })),
      defaultGateway: str(gateway),
      dnsServers: getServers().slice(0, 16),
      wifi: wifi.slice(0, 8).map((w) => ({
        ssid: str(w.ssid),
        signalLevelDbm: typeof w.signalLevel === 'number' && Number.isFinite(w.signalLevel) ? w.signalLevel : null,
        quality: countOrNull(w.quality),
      })),
    };
  },
};
