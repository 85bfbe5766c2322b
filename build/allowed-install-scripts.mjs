// Checks the dependency install scripts Firstline needs (package.json allowScripts approves them):
// the better-sqlite3 native build, and the Electron binary download where the network allows it.
// Idempotent and quick once done; `npm start` and `npm test` call it first. `npm start` passes
// --electron-quietly: its own start-up line says once that the binary is missing, so this does not.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function betterSqliteReady() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' });
  return probe.status === 0;
}

if (!betterSqliteReady()) {
  console.log('[setup] building better-sqlite3 for this Node (once, about a minute)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['rebuild', 'better-sqlite3', '--ignore-scripts=false'], { stdio: 'inherit' });
  if (build.status !== 0 || !betterSqliteReady()) {
    console.error('[setup] better-sqlite3 could not be built: install python3, make and a C++ compiler, then run npm start again.');
    process.exit(1);
  }
}

const electronDir = dirname(require.resolve('electron/package.json'));
if (!existsSync(join(electronDir, 'path.txt')) && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
  if (download.status !== 0 && !process.argv.includes('--electron-quietly')) {
    const reason =
      (download.stderr || '')
        .split('\n')
        .find((line) => /Error/.test(line))
        ?.trim() ?? 'download failed';
    console.log(
      `[setup] Electron binary not installed (${reason}); the desktop app will not launch until it is (node node_modules/electron/install.js on a networked machine).`,
    );
  }
}
