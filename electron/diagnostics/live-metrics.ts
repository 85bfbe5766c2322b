import si from 'systeminformation';
import type { LiveMetrics } from '@firstline/protocol';

export interface MetricsSource {
  load(): Promise<number>;
  memory(): Promise<{ total: number; available: number }>;
  network(): Promise<Array<{ rx_sec: number | null; tx_sec: number | null }>>;
}

export const systemMetricsSource: MetricsSource = {
  load: async () => (await si.currentLoad()).currentLoad,
  memory: async () => si.mem(),
  network: async () => si.networkStats('*'),
};

const round = (n: number) => Math.round(n * 10) / 10;

/** Samples CPU, memory and network throughput every `intervalMs` until stopped. */
export function startLiveMetrics(
  onSample: (metrics: LiveMetrics) => void,
  options: { intervalMs?: number; source?: MetricsSource; now?: () => number } = {},
): () => void {
  const source = options.source ?? systemMetricsSource;
  const now = options.now ?? Date.now;
  let stopped = false;
  const sample = async () => {
    const [load, mem, net] = await Promise.all([source.load(), source.memory(), source.network()]);
    if (stopped) return;
    onSample({
      at: now(),
      cpuPercent: round(load),
      memUsedPercent: mem.total > 0 ? round(((mem.total - mem.available) / mem.total) * 100) : 0,
      rxBytesPerSec: Math.max(0, Math.round(net.reduce((sum, n) => sum + (n.rx_sec ?? 0), 0))),
      txBytesPerSec: Math.max(0, Math.round(net.reduce((sum, n) => sum + (n.tx_sec ?? 0), 0))),
    });
  };
  void sample().catch(() => undefined);
  const timer = setInterval(() => void sample().catch(() => undefined), options.intervalMs ?? 2000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
