import { describe, expect, it } from 'vitest';
import type { SectionResult } from '@firstline/protocol';
import { evaluateFindings, THRESHOLDS } from '../../../../electron/diagnostics/findings';

const ok = (name: SectionResult['name'], data: unknown): SectionResult => ({ name, status: 'ok', ms: 1, data });
const disk = (usePercent: number) =>
  ok('disks', { devices: [], fileSystems: [{ mount: '/', fs: 'sda1', type: 'ext4', sizeBytes: 100, usedBytes: usePercent, usePercent }] });
const memory = (availablePercent: number, swapPercent = 0) =>
  ok('memory', {
    totalBytes: 1000,
    usedBytes: 1000 - availablePercent * 10,
    availableBytes: availablePercent * 10,
    swapTotalBytes: 100,
    swapUsedBytes: swapPercent,
    modules: [],
  });
const cpu = (loadAverage5mPercent: number, temperatureC: number | null = null) =>
  ok('cpu', { manufacturer: '', brand: '', cores: 4, physicalCores: 2, speedGHz: 2, loadPercent: 100, loadAverage5mPercent, temperatureC });
const rules = (sections: SectionResult[]) => evaluateFindings(sections).map((f) => f.rule);

describe('health findings at their thresholds', () => {
  it('disk over 90 % full', () => {
    expect(rules([disk(THRESHOLDS.diskFullPercent)])).toEqual([]);
    expect(evaluateFindings([disk(90.5)])).toEqual([
      { rule: 'disk_full', severity: 'warning', evidence: { mount: '/', usePercent: 90.5 } },
    ]);
    expect(evaluateFindings([disk(98)])[0]?.severity).toBe('critical');
  });

  it('low free memory and heavy swap', () => {
    expect(rules([memory(10)])).toEqual([]);
    expect(rules([memory(9.9)])).toEqual(['low_memory']);
    expect(rules([memory(50, 51)])).toEqual(['heavy_swap']);
  });

  it('sustained high CPU (5-minute load average) names the top process', () => {
    const processes = ok('processes', {
      total: 1,
      byCpu: [{ name: 'backup.exe', pid: 7, cpuPercent: 97, memPercent: 1, user: 'u' }],
      byMemory: [],
    });
    expect(rules([cpu(89.9), processes])).toEqual([]);
    expect(evaluateFindings([cpu(90), processes])[0]).toEqual({
      rule: 'high_cpu',
      severity: 'warning',
      evidence: { loadAverage5mPercent: 90, topProcess: 'backup.exe', topProcessCpu: 97 },
    });
  });

  it('battery wear over 20 %, high temperature, long uptime', () => {
    const battery = (wearPercent: number) =>
      ok('battery', {
        present: true,
        percent: 50,
        isCharging: false,
        cycleCount: 400,
        designCapacity: 100,
        maxCapacity: 100 - wearPercent,
        wearPercent,
      });
    expect(rules([battery(20)])).toEqual([]);
    expect(rules([battery(21)])).toEqual(['battery_worn']);
    expect(rules([cpu(1, 84)])).toEqual([]);
    expect(evaluateFindings([cpu(1, 96)])[0]).toMatchObject({ rule: 'high_temperature', severity: 'critical' });
    const os = (days: number) =>
      ok('os', { platform: '', distro: '', release: '', kernel: '', arch: '', hostname: '', userName: '', uptimeSeconds: days * 86_400 });
    expect(rules([os(30)])).toEqual([]);
    expect(rules([os(31)])).toEqual(['long_uptime']);
  });

  it('network: no gateway, DNS failure, no internet, weak Wi-Fi; most serious first', () => {
    const network = (gateway: string, signal: number | null) =>
      ok('network', {
        interfaces: [],
        defaultGateway: gateway,
        dnsServers: [],
        wifi: [{ ssid: 'Home', signalLevelDbm: signal, quality: null }],
      });
    const checks = (dns: 'ok' | 'failed', internet: 'ok' | 'unreachable') =>
      ok('networkChecks', {
        gateway: { status: 'ok', ms: 1, detail: '' },
        dns: { status: dns, ms: null, detail: 'ENOTFOUND' },
        internet: { status: internet, ms: null, detail: '' },
      });
    expect(rules([network('10.0.0.1', -60), checks('ok', 'ok')])).toEqual([]);
    expect(rules([network('', -80), checks('failed', 'unreachable'), disk(91)])).toEqual([
      'no_gateway',
      'dns_failure',
      'disk_full',
      'weak_wifi',
    ]);
    expect(rules([network('10.0.0.1', -60), checks('ok', 'unreachable')])).toEqual(['no_internet']);
  });

  it('ignores gaps: a section that timed out yields no finding', () => {
    expect(evaluateFindings([{ name: 'disks', status: 'timeout', ms: 4000, detail: 'slow' }])).toEqual([]);
  });
});
