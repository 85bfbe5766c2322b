import type { RedactionChoices, SectionData, SectionName, SectionResult } from '@firstline/protocol';

export const REDACTED = '[redacted]';

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}\b/gi;
const MAC = /\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b/gi;

type Redactor = { [N in SectionName]?: (data: SectionData<N>, choices: RedactionChoices, hide: (v: string) => string) => SectionData<N> };

const hideIf = (on: boolean, hide: (v: string) => string) => (value: string) => (on && value ? hide(value) : value);

/** Field by field, for the identifiers the customer chose to hide. */
const redactors: Redactor = {
  system: (d, c, hide) => {
    const serial = hideIf(c.serials, hide);
    return { ...d, serial: serial(d.serial), uuid: serial(d.uuid), baseboard: { ...d.baseboard, serial: serial(d.baseboard.serial) } };
  },
  os: (d, c, hide) => ({ ...d, hostname: hideIf(c.hostName, hide)(d.hostname), userName: hideIf(c.userNames, hide)(d.userName) }),
  disks: (d, c, hide) => ({ ...d, devices: d.devices.map((dev) => ({ ...dev, serial: hideIf(c.serials, hide)(dev.serial) })) }),
  network: (d, c, hide) => {
    const ip = hideIf(c.ipAddresses, hide);
    return {
      ...d,
      interfaces: d.interfaces.map((i) => ({ ...i, ip4: ip(i.ip4), ip6: ip(i.ip6), mac: hideIf(c.macAddresses, hide)(i.mac) })),
      defaultGateway: ip(d.defaultGateway),
      dnsServers: d.dnsServers.map(ip),
    };
  },
  processes: (d, c, hide) => {
    const row = (p: SectionData<'processes'>['byCpu'][number]) => ({ ...p, user: hideIf(c.userNames, hide)(p.user) });
    return { ...d, byCpu: d.byCpu.map(row), byMemory: d.byMemory.map(row) };
  },
  networkChecks: (d, c, hide) => ({ ...d, gateway: { ...d.gateway, detail: hideIf(c.ipAddresses, hide)(d.gateway.detail) } }),
};

/** Identifiers known before any probe runs (from node:os), so every section can be swept for them. */
export interface KnownIdentifiers {
  hostNames: string[];
  userNames: string[];
  ipAddresses: string[];
  macAddresses: string[];
}

function scrubStrings(value: unknown, needles: readonly string[], choices: RedactionChoices): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const needle of needles) out = out.split(needle).join(REDACTED);
    if (choices.ipAddresses)
      out = out.replace(IPV4, REDACTED).replace(IPV6, (m) => (m.split(':').length > 3 || m.includes('::') ? REDACTED : m));
    if (choices.macAddresses) out = out.replace(MAC, REDACTED);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => scrubStrings(v, needles, choices));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubStrings(v, needles, choices)]));
  return value;
}

/**
 * Hides what the customer chose before anything leaves the collector: the known fields of each
 * section, then a sweep of every string for the same identifiers and for IP and MAC patterns.
 */
export function createRedactor(choices: RedactionChoices, known: KnownIdentifiers) {
  const needles = [
    ...(choices.hostName ? known.hostNames : []),
    ...(choices.userNames ? known.userNames : []),
    ...(choices.ipAddresses ? known.ipAddresses : []),
    ...(choices.macAddresses ? known.macAddresses : []),
  ]
    .filter((n) => n.length >= 3)
    .sort((a, b) => b.length - a.length);
  const hide = (value: string) => (value ? REDACTED : value);
  return (section: SectionResult): SectionResult => {
    if (section.status !== 'ok') return section;
    const redactor = redactors[section.name] as ((d: unknown, c: RedactionChoices, h: (v: string) => string) => unknown) | undefined;
    const fields = redactor ? redactor(section.data, choices, hide) : section.data;
    return { ...section, data: scrubStrings(fields, needles, choices) };
  };
}
