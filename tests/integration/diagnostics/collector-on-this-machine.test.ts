import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, hostname, totalmem } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_SECTIONS, parseSection, type SectionData, type SectionName, type SectionResult } from '@firstline/protocol';
import si from 'systeminformation';
import { createCollector, defaultProbes } from '../../../electron/diagnostics/collector';
import { createNetworkChecksProbe } from '../../../electron/diagnostics/probes/network-checks';

const NONE = { serials: false, macAddresses: false, userNames: false, hostName: false, ipAddresses: false };

/** The collector on this real machine, checked against sources that do not go through it. */
describe('inventory of this machine', () => {
  let sections: SectionResult[];
  const data = <N extends SectionName>(name: N) => {
    const section = sections.find((s) => s.name === name);
    if (section?.status !== 'ok') throw new Error(`${name}: ${JSON.stringify(section)}`);
    return section.data as SectionData<N>;
  };

  beforeAll(async () => {
    // Generous time limits: this checks what is collected, and the test machine runs many tests at once
    // (the network checks carry their own limit, so they get a roomier copy of themselves).
    const roomyChecks = createNetworkChecksProbe({
      gateway: () => si.networkGatewayDefault(),
      internetHost: 'example.invalid',
      timeoutMs: 8000,
    });
    const probes = defaultProbes('example.invalid').map((probe) => (probe.name === 'networkChecks' ? roomyChecks : probe));
    const collector = createCollector({ probes, defaultTimeoutMs: 20_000 });
    ({ sections } = await collector.collect({ sections: [...DESKTOP_SECTIONS], redact: NONE }));
  }, 60_000);

  it('collects every section, each valid against its schema', () => {
    expect(sections.map((s) => s.name).sort()).toEqual([...DESKTOP_SECTIONS].sort());
    for (const section of sections) expect(parseSection(JSON.parse(JSON.stringify(section))), section.name).not.toBeNull();
  });

  it('CPU and memory agree with node:os and /proc/meminfo', () => {
    expect(data('cpu').cores).toBe(cpus().length);
    expect(data('memory').totalBytes).toBe(totalmem());
    const available = Number(/MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'))![1]) * 1024;
    expect(Math.abs(data('memory').availableBytes - available) / available).toBeLessThan(0.1);
  });

  it('host name agrees with node:os', () => {
    expect(data('os').hostname.split('.')[0]).toBe(hostname().split('.')[0]);
  });

  it('the root file system agrees with df', () => {
    const [, size, used] = execFileSync('df', ['-B1', '--output=target,size,used', '/'], { encoding: 'utf8' })
      .trim()
      .split('\n')[1]!
      .trim()
      .split(/\s+/);
    const root = data('disks').fileSystems.find((f) => f.mount === '/')!;
    expect(root.sizeBytes).toBe(Number(size));
    expect(Math.abs(root.usedBytes - Number(used)) / Number(size)).toBeLessThan(0.01);
  });

  it('the default gateway agrees with /proc/net/route', () => {
    const row = readFileSync('/proc/net/route', 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .find((c) => c[1] === '00000000');
    const hex = row?.[2] ?? '';
    const gateway = hex
      ? hex
          .match(/../g)!
          .reverse()
          .map((h) => parseInt(h, 16))
          .join('.')
      : '';
    expect(data('network').defaultGateway).toBe(gateway);
  });

  it('a name that cannot resolve gives "failed" and "unreachable", not an exception', () => {
    const checks = data('networkChecks');
    expect(checks.dns.status).toBe('failed');
    expect(checks.internet.status).toBe('unreachable');
  });
});
