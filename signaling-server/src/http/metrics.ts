import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the gauges read when Prometheus scrapes: asked of the running process, never stored. */
export interface MetricsSources {
  sessionsByStatus(): Record<string, number>;
  queue(): { length: number; oldestCreatedAt: number | null };
  sockets(): number;
  now(): number;
}

/**
 * This process's metrics for Prometheus (prom-client, one registry per app, no globals): live
 * sessions, the queue and its oldest wait, time to claim, setups and relays, event-write latency,
 * sockets, and Node's own process metrics.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'firstline_' });
  let sources: MetricsSources | null = null;

  new Gauge({
    name: 'firstline_live_sessions',
    help: 'Help sessions held by this process, by status',
    labelNames: ['status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [status, count] of Object.entries(sources?.sessionsByStatus() ?? {})) this.set({ status }, count);
    },
  });
  new Gauge({
    name: 'firstline_queue_length',
    help: 'Customers waiting for an engineer',
    registers: [registry],
    collect() {
      this.set(sources?.queue().length ?? 0);
    },
  });
  new Gauge({
    name: 'firstline_queue_oldest_wait_seconds',
    help: 'How long the longest-waiting customer has waited (0 when nobody waits)',
    registers: [registry],
    collect() {
      const oldest = sources?.queue().oldestCreatedAt;
      this.set(oldest && sources ? Math.max(0, (sources.now() - oldest) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'firstline_sockets',
    help: 'Connected Socket.IO clients',
    registers: [registry],
    collect() {
      this.set(sources?.sockets() ?? 0);
    },
  });

  return {
    registry,
    /** Seconds from a customer asking for help to an engineer taking the session. */
    timeToClaim: new Histogram({
      name: 'firstline_time_to_claim_seconds',
      help: 'From a help request to an engineer taking it',
      buckets: [5, 15, 30, 60, 120, 300, 600, 1800],
      registers: [registry],
    }),
    /** Sessions that reached consent, i.e. a peer connection is being set up. */
    setups: new Counter({ name: 'firstline_session_setups_total', help: 'Sessions the customer consented to', registers: [registry] }),
    relays: new Counter({
      name: 'firstline_signal_relays_total',
      help: 'Signalling messages relayed between members',
      registers: [registry],
    }),
    eventWrite: new Histogram({
      name: 'firstline_event_write_seconds',
      help: 'Durable write of one session event, acknowledged only after it',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
    /** The live parts the gauges read, given once the app is built. */
    observe(next: MetricsSources): void {
      sources = next;
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
