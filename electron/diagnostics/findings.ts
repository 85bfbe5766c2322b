import type { Finding, SectionData, SectionName, SectionResult } from '@firstline/protocol';

type Sections = { [N in SectionName]?: SectionData<N> };

export const THRESHOLDS = {
  diskFullPercent: 90,
  lowMemoryAvailablePercent: 10,
  highCpuPercent: 90,
  batteryWearPercent: 20,
  highTemperatureC: 85,
  longUptimeDays: 30,
  swapHeavyPercent: 50,
  weakWifiDbm: -75,
} as const;

type Rule = (s: Sections) => Finding[];

const rules: Rule[] = [
  (s) =>
    (s.disks?.fileSystems ?? [])
      .filter((f) => f.sizeBytes > 0 && f.usePercent > THRESHOLDS.diskFullPercent)
      .map((f) => ({
        rule: 'disk_full',
        severity: f.usePercent >= 97 ? 'critical' : 'warning',
        evidence: { mount: f.mount, usePercent: f.usePercent },
      })),
  (s) => {
    const m = s.memory;
    if (!m || m.totalBytes === 0) return [];
    const availablePercent = Math.round((m.availableBytes / m.totalBytes) * 1000) / 10;
    return availablePercent < THRESHOLDS.lowMemoryAvailablePercent
      ? [{ rule: 'low_memory', severity: 'warning', evidence: { availablePercent } }]
      : [];
  },
  (s) => {
    const m = s.memory;
    if (!m || m.swapTotalBytes === 0) return [];
    const swapPercent = Math.round((m.swapUsedBytes / m.swapTotalBytes) * 1000) / 10;
    return swapPercent > THRESHOLDS.swapHeavyPercent ? [{ rule: 'heavy_swap', severity: 'warning', evidence: { swapPercent } }] : [];
  },
  (s) => {
    if (!s.cpu || s.cpu.loadAverage5mPercent < THRESHOLDS.highCpuPercent) return [];
    const top = s.processes?.byCpu[0];
    return [
      {
        rule: 'high_cpu',
        severity: 'warning',
        evidence: { loadAverage5mPercent: s.cpu.loadAverage5mPercent, topProcess: top?.name ?? '', topProcessCpu: top?.cpuPercent ?? 0 },
      },
    ];
  },
  (s) => {
    const b = s.battery;
    return b?.present && b.wearPercent !== null && b.wearPercent > THRESHOLDS.batteryWearPercent
      ? [{ rule: 'battery_worn', severity: 'warning', evidence: { wearPercent: b.wearPercent, cycleCount: b.cycleCount ?? 0 } }]
      : [];
  },
  (s) =>
    s.cpu?.temperatureC != null && s.cpu.temperatureC >= THRESHOLDS.highTemperatureC
      ? [
          {
            rule: 'high_temperature',
            severity: s.cpu.temperatureC >= 95 ? 'critical' : 'warning',
            evidence: { temperatureC: s.cpu.temperatureC },
          },
        ]
      : [],
  (s) => (s.network && !s.network.defaultGateway ? [{ rule: 'no_gateway', severity: 'critical', evidence: {} }] : []),
  (s) =>
    s.networkChecks && s.networkChecks.dns.status === 'failed'
      ? [{ rule: 'dns_failure', severity: 'critical', evidence: { detail: s.networkChecks.dns.detail } }]
      : [],
  (s) =>
    s.networkChecks && s.networkChecks.internet.status === 'unreachable' && s.networkChecks.dns.status === 'ok'
      ? [{ rule: 'no_internet', severity: 'warning', evidence: { detail: s.networkChecks.internet.detail } }]
      : [],
  (s) => {
    const days = s.os ? Math.floor(s.os.uptimeSeconds / 86_400) : 0;
    return days > THRESHOLDS.longUptimeDays ? [{ rule: 'long_uptime', severity: 'info', evidence: { days } }] : [];
  },
  (s) =>
    (s.disks?.devices ?? [])
      .filter((d) => /fail|predict/i.test(d.smartStatus))
      .map((d) => ({ rule: 'disk_smart_failing', severity: 'critical', evidence: { device: d.name, smartStatus: d.smartStatus } })),
  (s) =>
    (s.network?.wifi ?? [])
      .filter((w) => w.signalLevelDbm !== null && w.signalLevelDbm < THRESHOLDS.weakWifiDbm)
      .map((w) => ({ rule: 'weak_wifi', severity: 'warning', evidence: { ssid: w.ssid, signalLevelDbm: w.signalLevelDbm ?? 0 } })),
];

const ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** Health findings from the sections collected, most serious first. Pure. */
export function evaluateFindings(results: SectionResult[]): Finding[] {
  const sections: Sections = {};
  for (const r of results) if (r.status === 'ok') (sections as Record<string, unknown>)[r.name] = r.data;
  return rules.flatMap((rule) => rule(sections)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
