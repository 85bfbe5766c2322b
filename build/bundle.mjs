// Builds everything `npm start` and the tests need: the three console bundles, the server, and the
// Electron main and preload scripts. esbuild keeps it to a second or two.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

const ENTRIES = ['join', 'engineer', 'admin', 'bar', 'border', 'overlay'];

mkdirSync('dist/renderer/assets', { recursive: true });
const page = readFileSync('renderer/pages/page.html', 'utf8');
for (const entry of ENTRIES) writeFileSync(`dist/renderer/${entry}.html`, page.replaceAll('%ENTRY%', entry));
for (const file of readdirSync('renderer/public')) cpSync(`renderer/public/${file}`, `dist/renderer/assets/${file}`);

await Promise.all([
  build({
    ...common,
    entryPoints: ENTRIES.map((entry) => `renderer/src/entries/${entry}.tsx`),
    outdir: 'dist/renderer/assets',
    platform: 'browser',
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    minify: !watch,
    // simple-peer 9 is written for Node streams: give it Buffer, process and global in the browser.
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
    inject: ['renderer/src/shims/node-globals.ts'],
  }),
  build({
    ...common,
    entryPoints: ['signaling-server/src/main.ts'],
    outfile: 'dist/server/main.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: { main: 'electron/main/index.ts', preload: 'electron/preload/index.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native modules load from node_modules at run time (prebuilt Node-API binaries).
    external: ['electron', '@jitsi/robotjs'],
  }),
]);
console.log('[build] renderer, server and electron bundles written to dist/');
