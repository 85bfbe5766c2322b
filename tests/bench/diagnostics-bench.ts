// npm run bench:diagnostics — the first useful view and the full inventory against
// si.getAllData(), each measured in a fresh process, alternating, in the same run.
import { execFileSync } from 'node:child_process';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const once = (mode: 'collector' | 'getalldata') =>
  JSON.parse(
    execFileSync('npx', ['tsx', '--tsconfig', 'tests/tsconfig.json', 'tests/bench/diagnostics-run-once.ts', mode], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1)!,
  );

const collector: Array<{ firstView: number; ms: number; sections: number; bytes: number }> = [];
const getAll: Array<{ ms: number; bytes: number }> = [];
for (let run = 0; run < RUNS; run += 1) {
  for (const mode of run % 2 === 0 ? (['collector', 'getalldata'] as const) : (['getalldata', 'collector'] as const)) {
    if (mode === 'collector') collector.push(once(mode));
    else getAll.push(once(mode));
  }
}

const F = median(collector.map((c) => c.firstView));
const U = median(collector.map((c) => c.ms));
const G = median(getAll.map((g) => g.ms));
const r = (n: number) => Math.round(n);
console.log(`\ndiagnostics bench (${RUNS} runs each, fresh process per run), ms`);
console.log('run   first view   full   getAllData');
collector.forEach((c, i) =>
  console.log(
    `${String(i + 1).padStart(3)}   ${String(r(c.firstView)).padStart(10)}   ${String(r(c.ms)).padStart(4)}   ${String(r(getAll[i]!.ms)).padStart(10)}`,
  ),
);
console.log(`med   ${String(r(F)).padStart(10)}   ${String(r(U)).padStart(4)}   ${String(r(G)).padStart(10)}`);
console.log(`first view / getAllData ${(F / G).toFixed(3)} (target ≤ 0.2); full / getAllData ${(U / G).toFixed(2)} (target ≤ 1.0)`);
console.log(
  `carried: collector ${collector[0]!.sections} sections, ${collector[0]!.bytes} bytes (with findings and network checks); getAllData ${getAll[0]!.bytes} bytes`,
);
console.log(
  JSON.stringify({
    bench: 'diagnostics',
    first_view_ms: r(F),
    full_ms: r(U),
    getalldata_ms: r(G),
    ratio_first: Math.round((F / G) * 1000) / 1000,
    ratio_full: Math.round((U / G) * 100) / 100,
  }),
);
