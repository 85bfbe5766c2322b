import { useCallback, useState } from 'react';
import type { Finding, LiveMetrics, PeerMessage, SectionResult } from '@firstline/protocol';

const METRICS_KEPT = 60;

/** The engineer's copy of the customer's inventory, built from data-channel messages. */
export function useInventory() {
  const [sections, setSections] = useState<SectionResult[]>([]);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [metrics, setMetrics] = useState<LiveMetrics[]>([]);

  /** Returns true when the message was an inventory message. */
  const receive = useCallback((message: PeerMessage): boolean => {
    if (message.kind === 'diag-section') {
      const incoming = message.section;
      // A full section replaces the quick partial one; a late partial never replaces a full one.
      setSections((prev) => {
        const existing = prev.find((s) => s.name === incoming.name);
        const incomingPartial = incoming.status === 'ok' && incoming.partial === true;
        if (existing && incomingPartial && !(existing.status === 'ok' && existing.partial)) return prev;
        return [...prev.filter((s) => s.name !== incoming.name), incoming];
      });
      return true;
    }
    if (message.kind === 'diag-findings') {
      setFindings(message.findings);
      return true;
    }
    if (message.kind === 'diag-metrics') {
      setMetrics((prev) => [...prev, message.metrics].slice(-METRICS_KEPT));
      return true;
    }
    return false;
  }, []);

  const reset = useCallback(() => {
    setSections([]);
    setFindings(null);
    setMetrics([]);
  }, []);

  return { sections, findings, metrics, receive, reset };
}
