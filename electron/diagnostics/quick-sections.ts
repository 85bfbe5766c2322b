import { readFileSync, statfsSync } from 'node:fs';
import { getServers } from 'node:dns';
import { cpus, freemem, hostname, loadavg, networkInterfaces, platform, release, arch, totalmem, uptime, userInfo } from 'node:os';
import type { SectionData, SectionName, SectionResult } from '@firstline/protocol';
import { loadAverage5mPercent } from './probes/hardware-probes';

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
};

function meminfo(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of read('/proc/meminfo').split('\n')) {
    const m = /^(\w+):\s+(\d+)/.exec(line);
    if (m) out[m[1]!] = Number(m[2]) * 1024;
  }
  return out;
}

function distro(): string {
  return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(read('/etc/os-release'))?.[1] ?? '';
}

function defaultGateway(): string {
  const row = read('/proc/net/route')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .find((c) => c[1] === '00000000');
  const hex = row?.[2];
  return hex
    ? hex
        .match(/../g)!
        .reverse()
        .map((h) => parseInt(h, 16))
        .join('.')
    : '';
}

const REAL_FS = new Set([
  'ext2',
  'ext3',
  'ext4',
  'xfs',
  'btrfs',
  'zfs',
  'vfat',
  'exfat',
  'ntfs',
  'ntfs3',
  'f2fs',
  'apfs',
  'hfs',
  'overlay',
]);

function fileSystems(): SectionData<'disks'>['fileSystems'] {
  const mounts = read('/proc/mounts')
    .split('\n')
    .map((l) => l.split(' '))
    .filter((c) => REAL_FS.has(c[2] ?? ''));
  return mounts.slice(0, 128).flatMap(([fs, mount, type]) => {
    try {
      const s = statfsSync(mount!);
      const size = s.blocks * s.bsize;
      const used = (s.blocks - s.bfree) * s.bsize;
      const usable = used + s.bavail * s.bsize;
      return [
        {
          mount: mount!,
          fs: fs!,
          type: type!,
          sizeBytes: size,
          usedBytes: used,
          usePercent: usable > 0 ? Math.round((used / usable) * 1000) / 10 : 0,
        },
      ];
    } catch {
      return [];
    }
  });
}

type Quick = { [N in SectionName]?: () => SectionData<N> };

/**
 * What the OS can say at once (node:os, /proc, /sys): the first useful view, in milliseconds.
 * Each is sent marked partial and replaced when the full probe lands.
 */
const quick: Quick = {
  system: () => ({
    manufacturer: read('/sys/class/dmi/id/sys_vendor'),
    model: read('/sys/class/dmi/id/product_name'),
    serial: read('/sys/class/dmi/id/product_serial'),
    uuid: read('/sys/class/dmi/id/product_uuid'),
    bios: {
      vendor: read('/sys/class/dmi/id/bios_vendor'),
      version: read('/sys/class/dmi/id/bios_version'),
      releaseDate: read('/sys/class/dmi/id/bios_date'),
    },
    baseboard: {
      manufacturer: read('/sys/class/dmi/id/board_vendor'),
      model: read('/sys/class/dmi/id/board_name'),
      serial: read('/sys/class/dmi/id/board_serial'),
    },
  }),
  os: () => ({
    platform: platform(),
    distro: distro(),
    release: release(),
    kernel: release(),
    arch: arch(),
    hostname: hostname(),
    uptimeSeconds: uptime(),
    userName: userInfo().username,
  }),
  cpu: () => {
    const list = cpus();
    return {
      manufacturer: '',
      brand: list[0]?.model.trim() ?? '',
      cores: list.length,
      physicalCores: list.length,
      speedGHz: Math.round((list[0]?.speed ?? 0) / 100) / 10,
      loadPercent: Math.min(100, Math.round(((loadavg()[0] ?? 0) / Math.max(1, list.length)) * 1000) / 10),
      loadAverage5mPercent: loadAverage5mPercent(list.length),
      temperatureC: null,
    };
  },
  memory: () => {
    const info = meminfo();
    const available = info.MemAvailable ?? freemem();
    return {
      totalBytes: totalmem(),
      usedBytes: totalmem() - available,
      availableBytes: available,
      swapTotalBytes: info.SwapTotal ?? 0,
      swapUsedBytes: (info.SwapTotal ?? 0) - (info.SwapFree ?? 0),
      modules: [],
    };
  },
  disks: () => ({ devices: [], fileSystems: fileSystems() }),
  network: () => ({
    interfaces: Object.entries(networkInterfaces())
      .slice(0, 64)
      .map(([name, addresses = []]) => ({
        name,
        ip4: addresses.find((a) => a.family === 'IPv4')?.address ?? '',
        ip6: addresses.find((a) => a.family === 'IPv6')?.address ?? '',
        mac: addresses[0]?.mac ?? '',
        type: name === 'lo' ? 'virtual' : '',
        speedMbps: null,
        operstate: '',
        isDefault: false,
      })),
    defaultGateway: defaultGateway(),
    dnsServers: getServers().slice(0, 16),
    wifi: [],
  }),
};

export function quickSections(names: ReadonlySet<SectionName>, now: () => number = () => performance.now()): SectionResult[] {
  return (Object.keys(quick) as SectionName[])
    .filter((name) => names.has(name))
    .flatMap((name) => {
      const started = now();
      try {
        const data = (quick[name] as () => unknown)();
        return [{ name, status: 'ok' as const, ms: Math.round(now() - started), data, partial: true }];
      } catch {
        return [];
      }
    });
}
