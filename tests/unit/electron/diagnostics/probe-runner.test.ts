import { describe, expect, it } from 'vitest';
import type { SectionResult } from '@firstline/protocol';
import { runProbes, type Probe } from '../../../../electron/diagnostics/probe-runner';

const battery = {
  present: false,
  percent: null,
  isCharging: false,
  cycleCount: null,
  designCapacity: null,
  maxCapacity: null,
  wearPercent: null,
};

describe('probe runner', () => {
  it('cuts a hanging probe at its timeout while the others complete, streaming each as it lands', async () => {
    const seen: SectionResult[] = [];
    const started = performance.now();
    const probes: Probe[] = [
      { name: 'usb', run: () => new Promise(() => undefined) },
      { name: 'battery', run: async () => battery },
      { name: 'printers', timeoutMs: 50, run: () => new Promise(() => undefined) },
      {
        name: 'audio',
        run: async () => {
          throw new Error('no sound server');
        },
      },
    ] as Probe[];
    const results = await runProbes(probes, { defaultTimeoutMs: 200, onSection: (s) => seen.push(s) });
    const elapsed = performance.now() - started;
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['usb', 'timeout'],
      ['battery', 'ok'],
      ['printers', 'timeout'],
      ['audio', 'error'],
    ]);
    expect(seen.map((s) => s.name)).toEqual(['battery', 'audio', 'printers', 'usb']);
    expect(results.find((r) => r.name === 'audio')).toMatchObject({ detail: 'no sound server' });
    expect(elapsed).toBeLessThan(1000);
  });
});
