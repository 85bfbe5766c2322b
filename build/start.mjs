// `npm start`: the signalling server with its embedded SQLite database, then the Electron customer
// app when its binary is installed. Without the binary, one line says so and the consoles keep serving.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const port = process.env.PORT ?? '4000';
const serverUrl = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['dist/server/main.mjs'], { stdio: 'inherit', env: process.env });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));

function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

async function waitForHealth(deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${serverUrl}/healthz`)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

if (process.env.FIRSTLINE_NO_DESKTOP !== '1' && (await waitForHealth(Date.now() + 15_000))) {
  const binary = electronBinary();
  if (!binary) {
    console.log(
      '[firstline] Electron binary is not installed, so the desktop app is not launched (get it with: node node_modules/electron/install.js); the web consoles keep serving.',
    );
  } else if (!process.env.DISPLAY && process.platform === 'linux') {
    console.log('[firstline] no display ($DISPLAY is unset), so the desktop app is not launched; the web consoles keep serving.');
  } else {
    const desktop = spawn(binary, ['dist/electron/main.cjs'], {
      stdio: 'inherit',
      env: { ...process.env, FIRSTLINE_SERVER_URL: serverUrl },
    });
    desktop.on('exit', () => console.log('[firstline] desktop app closed; the server keeps running (Ctrl+C stops it).'));
  }
}
