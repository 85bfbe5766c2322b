import type { SectionData, SectionName, SectionResult } from '@firstline/protocol';

export interface Probe<N extends SectionName = SectionName> {
  name: N;
  /** Overrides the runner's default for slow probes (installed software, network checks). */
  timeoutMs?: number;
  run(): Promise<SectionData<N>>;
}

export interface RunOptions {
  defaultTimeoutMs: number;
  /** Called as each section finishes, so the customer sees progress and the engineer sections appear. */
  onSection?: (result: SectionResult) => void;
  now?: () => number;
}

/**
 * Runs every probe at once, each with its own time limit. A failed or slow probe becomes a marked
 * gap ('error' / 'timeout') and never holds up the rest.
 */
export async function runProbes(probes: readonly Probe[], options: RunOptions): Promise<SectionResult[]> {
  const now = options.now ?? (() => performance.now());
  return Promise.all(
    probes.map(async (probe) => {
      const started = now();
      const limit = probe.timeoutMs ?? options.defaultTimeoutMs;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), limit);
      });
      let result: SectionResult;
      try {
        const outcome = await Promise.race([probe.run(), timedOut]);
        const ms = Math.round(now() - started);
        result =
          outcome === 'timeout'
            ? { name: probe.name, status: 'timeout', ms, detail: `no answer within ${limit} ms` }
            : { name: probe.name, status: 'ok', ms, data: outcome };
      } catch (err) {
        result = {
          name: probe.name,
          status: 'error',
          ms: Math.round(now() - started),
          detail: (err instanceof Error ? err.message : String(err)).slice(0, 300),
        };
      } finally {
        clearTimeout(timer);
      }
      options.onSection?.(result);
      return result;
    }),
  );
}
