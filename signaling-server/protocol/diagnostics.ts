import { z } from 'zod';

/** Inventory sections, in the order the engineer reads them. The first six are the "first view". */
export const SectionName = z.enum([
  'system',
  'os',
  'cpu',
  'memory',
  'disks',
  'network',
  'graphics',
  'battery',
  'usb',
  'printers',
  'audio',
  'bluetooth',
  'processes',
  'software',
  'networkChecks',
  'browser',
]);
export type SectionName = z.infer<typeof SectionName>;
export const FIRST_VIEW: readonly SectionName[] = ['system', 'os', 'cpu', 'memory', 'disks', 'network'];
/** What the desktop app collects; 'browser' is the join page's own, smaller picture. */
export const DESKTOP_SECTIONS: readonly SectionName[] = SectionName.options.filter((name) => name !== 'browser');

const text = z.string().max(512);
const num = z.number().finite();
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();

export const SystemData = z.object({
  manufacturer: text,
  model: text,
  serial: text,
  uuid: text,
  bios: z.object({ vendor: text, version: text, releaseDate: text }),
  baseboard: z.object({ manufacturer: text, model: text, serial: text }),
});
export const OsData = z.object({
  platform: text,
  distro: text,
  release: text,
  kernel: text,
  arch: text,
  hostname: text,
  uptimeSeconds: num,
  userName: text,
});
export const CpuData = z.object({
  manufacturer: text,
  brand: text,
  cores: num,
  physicalCores: num,
  speedGHz: num,
  loadPercent: num,
  /** The 5-minute load average as a share of the cores: "sustained", unlike the momentary load. */
  loadAverage5mPercent: num,
  temperatureC: maybe(num),
});
export const MemoryData = z.object({
  totalBytes: num,
  usedBytes: num,
  availableBytes: num,
  swapTotalBytes: num,
  swapUsedBytes: num,
  modules: z.array(z.object({ sizeBytes: num, type: text, clockSpeedMHz: maybe(num), formFactor: text, bank: text })).max(64),
});
export const DisksData = z.object({
  devices: z.array(z.object({ name: text, type: text, vendor: text, sizeBytes: num, serial: text, smartStatus: text })).max(64),
  fileSystems: z.array(z.object({ mount: text, fs: text, type: text, sizeBytes: num, usedBytes: num, usePercent: num })).max(128),
});
export const NetworkData = z.object({
  interfaces: z
    .array(
      z.object({ name: text, ip4: text, ip6: text, mac: text, type: text, speedMbps: maybe(num), operstate: text, isDefault: z.boolean() }),
    )
    .max(64),
  defaultGateway: text,
  dnsServers: z.array(text).max(16),
  wifi: z.array(z.object({ ssid: text, signalLevelDbm: maybe(num), quality: maybe(num) })).max(8),
});
export const GraphicsData = z.object({
  controllers: z.array(z.object({ vendor: text, model: text, vramMB: maybe(num) })).max(16),
  displays: z.array(z.object({ model: text, main: z.boolean(), resolutionX: maybe(num), resolutionY: maybe(num) })).max(16),
});
export const BatteryData = z.object({
  present: z.boolean(),
  percent: maybe(num),
  isCharging: z.boolean(),
  cycleCount: maybe(num),
  designCapacity: maybe(num),
  maxCapacity: maybe(num),
  wearPercent: maybe(num),
});
export const DeviceListData = z.object({ devices: z.array(z.object({ name: text, vendor: text, type: text })).max(256) });
export const ProcessesData = z.object({
  total: num,
  byCpu: z.array(z.object({ name: text, pid: num, cpuPercent: num, memPercent: num, user: text })).max(20),
  byMemory: z.array(z.object({ name: text, pid: num, cpuPercent: num, memPercent: num, user: text })).max(20),
});
export const SoftwareData = z.object({ versions: z.record(z.string().max(64), text) });
export const CheckResult = z.object({ status: z.enum(['ok', 'unreachable', 'failed', 'skipped']), ms: maybe(num), detail: text });
export const NetworkChecksData = z.object({ gateway: CheckResult, dns: CheckResult, internet: CheckResult });

/** What a browser can tell without the desktop app. */
export const BrowserData = z.object({
  userAgent: text,
  platform: text,
  cpuThreads: maybe(num),
  deviceMemoryGB: maybe(num),
  screens: z.array(z.object({ width: num, height: num, pixelRatio: num })).max(8),
  gpuRenderer: text,
  connectionType: text,
  downlinkMbps: maybe(num),
  languages: z.array(text).max(16),
  timeZone: text,
});

export const sectionSchemas = {
  system: SystemData,
  os: OsData,
  cpu: CpuData,
  memory: MemoryData,
  disks: DisksData,
  network: NetworkData,
  graphics: GraphicsData,
  battery: BatteryData,
  usb: DeviceListData,
  printers: DeviceListData,
  audio: DeviceListData,
  bluetooth: DeviceListData,
  processes: ProcessesData,
  software: SoftwareData,
  networkChecks: NetworkChecksData,
  browser: BrowserData,
} as const satisfies Record<SectionName, z.ZodType>;
export type SectionData<N extends SectionName> = z.infer<(typeof sectionSchemas)[N]>;

/** One section as collected: its data, or a marked gap saying why there is none. */
export const SectionResult = z.discriminatedUnion('status', [
  /** `partial`: a quick first answer from the OS, replaced when the full probe lands. */
  z.object({ name: SectionName, status: z.literal('ok'), ms: num, data: z.unknown(), partial: z.boolean().optional() }),
  z.object({ name: SectionName, status: z.enum(['timeout', 'error', 'declined']), ms: num, detail: text }),
]);
export type SectionResult = z.infer<typeof SectionResult>;

/** Validates a section's data against its own schema (used on receipt). */
export function parseSection(raw: unknown): SectionResult | null {
  const parsed = SectionResult.safeParse(raw);
  if (!parsed.success) return null;
  if (parsed.data.status !== 'ok') return parsed.data;
  const data = sectionSchemas[parsed.data.name].safeParse(parsed.data.data);
  return data.success ? { ...parsed.data, data: data.data } : null;
}

export const Severity = z.enum(['info', 'warning', 'critical']);
export const Finding = z.object({
  rule: z.string().max(64),
  severity: Severity,
  evidence: z.record(z.string().max(64), z.union([num, text, z.boolean()])),
});
export type Finding = z.infer<typeof Finding>;

export const RedactionChoices = z.object({
  serials: z.boolean(),
  macAddresses: z.boolean(),
  userNames: z.boolean(),
  hostName: z.boolean(),
  ipAddresses: z.boolean(),
});
export type RedactionChoices = z.infer<typeof RedactionChoices>;

/** What the customer agreed to share: which sections, and which identifiers to hide. */
export const DiagnosticsConsent = z.object({ sections: z.array(SectionName).max(15), redact: RedactionChoices });
export type DiagnosticsConsent = z.infer<typeof DiagnosticsConsent>;

/** A snapshot as stored with the session: the sections shared and the findings. */
export const DiagnosticsSnapshot = z.object({
  sections: z.array(SectionResult).max(SectionName.options.length),
  findings: z.array(Finding).max(100),
});
export type DiagnosticsSnapshot = z.infer<typeof DiagnosticsSnapshot>;

export const LiveMetrics = z.object({ at: num, cpuPercent: num, memUsedPercent: num, rxBytesPerSec: num, txBytesPerSec: num });
export type LiveMetrics = z.infer<typeof LiveMetrics>;
