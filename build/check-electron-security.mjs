// Runs Electronegativity over electron/ and fails on any finding. Reviewed exceptions live next to
// the code they cover as `eng-disable` comments with the reason above them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const report = '.tmp/electronegativity.sarif';
mkdirSync('.tmp', { recursive: true });

const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const run = spawnSync(process.execPath, [cli, '-i', 'electron', '-r', '-v', 'false', '-e', electronVersion, '-o', report], {
  encoding: 'utf8',
  timeout: 120_000,
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('[electronegativity] the scan did not run');
  process.exit(1);
}
const results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results;
for (const r of results) {
  const where = r.locations?.[0]?.physicalLocation;
  console.error(`[electronegativity] ${r.ruleId} ${where?.artifactLocation?.uri}:${where?.region?.startLine} — ${r.message.text}`);
}
console.log(`[electronegativity] ${results.length} finding(s) in electron/ (Electron ${electronVersion})`);
process.exit(results.length === 0 ? 0 : 1);
