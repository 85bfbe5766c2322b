import { describe, expect, it } from 'vitest';
import type { RedactionChoices, SectionResult } from '@firstline/protocol';
import { createRedactor, REDACTED } from '../../../../electron/diagnostics/redaction';

const known = { hostNames: ['ada-laptop'], userNames: ['ada'], ipAddresses: ['10.1.2.3'], macAddresses: ['aa:bb:cc:dd:ee:ff'] };
const IDENTIFIERS = [
  'SN-12345',
  'UUID-777',
  'BOARD-9',
  'DISK-42',
  'ada-laptop',
  'ada',
  '10.1.2.3',
  'fe80::1:2:3',
  'aa:bb:cc:dd:ee:ff',
  '10.1.2.1',
  '192.168.1.53',
];

const sections: SectionResult[] = [
  {
    name: 'system',
    status: 'ok',
    ms: 1,
    data: {
      manufacturer: 'Acme',
      model: 'X1',
      serial: 'SN-12345',
      uuid: 'UUID-777',
      bios: { vendor: 'b', version: '1', releaseDate: '' },
      baseboard: { manufacturer: 'm', model: 'mm', serial: 'BOARD-9' },
    },
  },
  {
    name: 'os',
    status: 'ok',
    ms: 1,
    data: {
      platform: 'linux',
      distro: 'Debian',
      release: '12',
      kernel: '6',
      arch: 'x64',
      hostname: 'ada-laptop',
      uptimeSeconds: 5,
      userName: 'ada',
    },
  },
  {
    name: 'disks',
    status: 'ok',
    ms: 1,
    data: {
      devices: [{ name: 'sda', type: 'SSD', vendor: 'v', sizeBytes: 1, serial: 'DISK-42', smartStatus: 'Ok' }],
      fileSystems: [{ mount: '/home/ada', fs: '/dev/sda1', type: 'ext4', sizeBytes: 1, usedBytes: 1, usePercent: 1 }],
    },
  },
  {
    name: 'network',
    status: 'ok',
    ms: 1,
    data: {
      interfaces: [
        {
          name: 'eth0',
          ip4: '10.1.2.3',
          ip6: 'fe80::1:2:3',
          mac: 'aa:bb:cc:dd:ee:ff',
          type: 'wired',
          speedMbps: 1000,
          operstate: 'up',
          isDefault: true,
        },
      ],
      defaultGateway: '10.1.2.1',
      dnsServers: ['192.168.1.53'],
      wifi: [],
    },
  },
  {
    name: 'processes',
    status: 'ok',
    ms: 1,
    data: {
      total: 1,
      byCpu: [{ name: 'node /home/ada/app.js on ada-laptop', pid: 1, cpuPercent: 1, memPercent: 1, user: 'ada' }],
      byMemory: [],
    },
  },
  {
    name: 'networkChecks',
    status: 'ok',
    ms: 1,
    data: {
      gateway: { status: 'ok', ms: 1, detail: '10.1.2.1' },
      dns: { status: 'ok', ms: 1, detail: 'example.com → 93.184.216.34' },
      internet: { status: 'ok', ms: 1, detail: 'example.com:443' },
    },
  },
];

const ALL: RedactionChoices = { serials: true, macAddresses: true, userNames: true, hostName: true, ipAddresses: true };
const NONE: RedactionChoices = { serials: false, macAddresses: false, userNames: false, hostName: false, ipAddresses: false };

describe('redaction', () => {
  it('removes every identifier, in its own field and anywhere else a string carries it', () => {
    const redacted = JSON.stringify(sections.map(createRedactor(ALL, known)));
    for (const identifier of IDENTIFIERS) expect(redacted, identifier).not.toContain(identifier);
    expect(redacted).toContain(REDACTED);
    expect(redacted).toContain('"manufacturer":"Acme"');
    expect(redacted).toContain('example.com:443');
  });

  it('keeps what the customer chose to share', () => {
    expect(JSON.stringify(sections.map(createRedactor(NONE, known)))).toBe(JSON.stringify(sections));
    const onlySerials = JSON.stringify(sections.map(createRedactor({ ...NONE, serials: true }, known)));
    expect(onlySerials).not.toContain('SN-12345');
    expect(onlySerials).not.toContain('DISK-42');
    expect(onlySerials).toContain('ada-laptop');
    expect(onlySerials).toContain('10.1.2.3');
  });

  it.each(Object.keys(ALL) as Array<keyof RedactionChoices>)('hides %s alone when asked', (choice) => {
    const out = JSON.stringify(sections.map(createRedactor({ ...NONE, [choice]: true }, known)));
    const hidden: Record<keyof RedactionChoices, string[]> = {
      serials: ['SN-12345', 'UUID-777', 'BOARD-9', 'DISK-42'],
      macAddresses: ['aa:bb:cc:dd:ee:ff'],
      userNames: ['"ada"'],
      hostName: ['ada-laptop'],
      ipAddresses: ['10.1.2.3', 'fe80::1:2:3', '10.1.2.1', '192.168.1.53', '93.184.216.34'],
    };
    for (const value of hidden[choice]) expect(out, value).not.toContain(value);
  });
});
