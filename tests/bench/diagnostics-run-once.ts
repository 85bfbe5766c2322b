// One measurement in a fresh process (so no cache from an earlier run helps): prints one JSON line.
import si from 'systeminformation';
import { DESKTOP_SECTIONS, FIRST_VIEW } from '@firstline/protocol';
import { createCollector } from '../../electron/diagnostics/collector';

const mode = process.argv[2];
const started = performance.now();
if (mode === 'getalldata') {
  const data = await si.getAllData();
  console.log(JSON.stringify({ mode, ms: performance.now() - started, bytes: JSON.stringify(data).length }));
} else {
  const pending = new Set<string>(FIRST_VIEW);
  let firstView = 0;
  const redact = { serials: true, macAddresses: true, userNames: true, hostName: true, ipAddresses: true };
  const result = await createCollector({ internetHost: 'example.invalid' }).collect(
    { sections: [...DESKTOP_SECTIONS], redact },
    (section) => {
      pending.delete(section.name);
      if (pending.size === 0 && firstView === 0) firstView = performance.now() - started;
    },
  );
  const full = performance.now() - started;
  const ok = result.sections.filter((s) => s.status === 'ok').length;
  console.log(JSON.stringify({ mode, firstView, ms: full, sections: ok, bytes: JSON.stringify(result).length }));
}
process.exit(0);
