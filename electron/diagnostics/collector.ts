import si from 'systeminformation';
import type { DiagnosticsConsent, Finding, SectionName, SectionResult } from '@firstline/protocol';
import { DESKTOP_SECTIONS } from '@firstline/protocol';
import { evaluateFindings } from './findings';
import { readKnownIdentifiers } from './known-identifiers';
import { quickSections } from './quick-sections';
import { runProbes, type Probe } from './probe-runner';
import { audioProbe, bluetoothProbe, printersProbe, usbProbe } from './probes/device-probes';
import { batteryProbe, cpuProbe, disksProbe, graphicsProbe, memoryProbe, systemProbe } from './probes/hardware-probes';
import { createNetworkChecksProbe } from './probes/network-checks';
import { networkProbe } from './probes/network-probe';
import { osProbe, processesProbe, softwareProbe } from './probes/os-probes';
import { createRedactor, type KnownIdentifiers } from './redaction';

/** Sections that do not change during a session: collected once, then served from the cache. */
const STATIC: ReadonlySet<SectionName> = new Set(['system', 'graphics', 'software', 'usb', 'printers', 'audio', 'bluetooth']);

export interface CollectorOptions {
  internetHost?: string;
  defaultTimeoutMs?: number;
  probes?: readonly Probe[];
  identifiers?: () => KnownIdentifiers;
}

export function defaultProbes(internetHost: string): Probe[] {
  return [
    systemProbe,
    osProbe,
    cpuProbe,
    memoryProbe,
    disksProbe,
    networkProbe,
    graphicsProbe,
    batteryProbe,
    usbProbe,
    printersProbe,
    audioProbe,
    bluetoothProbe,
    processesProbe,
    softwareProbe,
    createNetworkChecksProbe({ gateway: () => si.networkGatewayDefault(), internetHost }),
  ] as Probe[];
}

/**
 * The hardware and system inventory, in plain Node. Probes run at once with their own time
 * limits; each section is redacted as the customer chose and handed to `onSection` as it lands.
 * Sections the customer did not share are reported as declined, so the engineer sees the gap.
 */
export function createCollector(options: CollectorOptions = {}) {
  const probes = options.probes ?? defaultProbes(options.internetHost ?? 'example.com');
  const cache = new Map<SectionName, SectionResult>();

  return {
    async collect(
      consent: DiagnosticsConsent,
      onSection: (section: SectionResult) => void = () => undefined,
    ): Promise<{ sections: SectionResult[]; findings: Finding[] }> {
      const redact = createRedactor(consent.redact, (options.identifiers ?? readKnownIdentifiers)());
      const emit = (section: SectionResult) => {
        const safe = redact(section);
        onSection(safe);
        return safe;
      };
      const chosen = new Set(consent.sections);
      const declined = DESKTOP_SECTIONS.filter((n) => !chosen.has(n)).map((name) =>
        emit({ name, status: 'declined', ms: 0, detail: 'not shared by the customer' }),
      );
      const cached = [...chosen].flatMap((name) => (cache.has(name) ? [emit(cache.get(name)!)] : []));
      // The first useful view straight from the OS, before any probe has answered.
      quickSections(new Set([...chosen].filter((name) => !cache.has(name)))).forEach(emit);
      const toRun = probes.filter((p) => chosen.has(p.name) && !cache.has(p.name));
      const raw = await runProbes(toRun, {
        defaultTimeoutMs: options.defaultTimeoutMs ?? 4000,
        onSection: (section) => {
          if (section.status === 'ok' && STATIC.has(section.name)) cache.set(section.name, section);
          emit(section);
        },
      });
      const fresh = raw.map(redact);
      const sections = [...cached, ...fresh, ...declined];
      return { sections, findings: evaluateFindings(sections) };
    },
  };
}

export type Collector = ReturnType<typeof createCollector>;
