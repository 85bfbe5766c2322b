import { useCallback, useRef, useState } from 'react';
import type { DiagnosticsConsent } from '@firstline/protocol';
import type { DiagnosticsBridge } from '../../bridge/customer-bridge';
import type { PeerLink } from '../../features/peer/peer-link';
import type { SignallingClient } from '../../features/signalling/signalling-client';

export type DiagnosticsProgress =
  { state: 'idle' } | { state: 'collecting'; done: number; total: number } | { state: 'shared'; sections: number };

/**
 * Sends the inventory the customer agreed to, section by section as it is collected (already
 * redacted by the collector), then the findings; files the snapshot with the session; and streams
 * live metrics while the session lasts.
 */
export function useDiagnosticsSharing(diagnostics: DiagnosticsBridge) {
  const [progress, setProgress] = useState<DiagnosticsProgress>({ state: 'idle' });
  const stopMetrics = useRef<(() => void) | null>(null);

  const start = useCallback(
    async (link: PeerLink, signalling: SignallingClient, consent: DiagnosticsConsent) => {
      const total = diagnostics.kind === 'full' ? consent.sections.length : 1;
      const landed = new Set<string>();
      setProgress({ state: 'collecting', done: 0, total });
      const snapshot = await diagnostics.collect(consent, (section) => {
        link.send({ kind: 'diag-section', section });
        if (section.status === 'declined' || ('partial' in section && section.partial)) return;
        landed.add(section.name);
        setProgress({ state: 'collecting', done: Math.min(total, landed.size), total });
      });
      link.send({ kind: 'diag-findings', findings: snapshot.findings });
      await signalling.record('diagnostics:record', snapshot);
      setProgress({ state: 'shared', sections: snapshot.sections.filter((s) => s.status === 'ok').length });
      stopMetrics.current?.();
      stopMetrics.current = diagnostics.watchMetrics?.((metrics) => link.send({ kind: 'diag-metrics', metrics })) ?? null;
    },
    [diagnostics],
  );

  const stop = useCallback(() => {
    stopMetrics.current?.();
    stopMetrics.current = null;
    setProgress({ state: 'idle' });
  }, []);

  return { progress, start, stop };
}
