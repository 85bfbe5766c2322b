import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { accepts, freePort } from '../support/ports';
import { login } from '../support/test-server';

const electronInstalled = existsSync(join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'path.txt'));

interface Started {
  child: ChildProcess;
  lines: string[];
  url: string;
}

/** `npm start` as a newcomer runs it: the embedded default, whatever services this machine has. */
async function npmStart(dataDir: string, port: number): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), FIRSTLINE_DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'FIRSTLINE_ADMIN_PASSWORD']) delete env[name];
  // Its own process group, so the stop reaches npm, the start script and the server together.
  const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => lines.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = lines.map((line) => /signalling server on (http:\/\/\S+)/.exec(line)?.[1]).find(Boolean);
      // The desktop-app line comes once the server answers its health check.
      const settled = lines.some((line) => /desktop app|Electron/.test(line) && line.startsWith('[firstline]'));
      if (listening && (settled || electronInstalled)) {
        clearInterval(timer);
        resolve(listening);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited (${code}):\n${lines.join('\n')}`));
    });
  });
  return { child, lines, url };
}

/** Stops it as Ctrl+C in its terminal would (npm itself ends by the signal); the server goes with it. */
async function stop({ child }: Started, port: number): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  const deadline = Date.now() + 10_000;
  while ((await accepts(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await accepts(port), 'the server is still listening after npm start was stopped').toBe(false);
}

/** Set-up is two commands: after `npm install`, `npm start` serves the product on its embedded default. */
describe('npm start on a fresh data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-npm-start-'));
  const running: Started[] = [];
  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the consoles, prints the first admin password once and keeps the data for the next start', { timeout: 180_000 }, async () => {
    const port = await freePort();
    const first = await npmStart(dataDir, port);
    running.push(first);
    expect(first.url).toBe(`http://127.0.0.1:${port}`);
    const password = /one-time password (\S+)/.exec(first.lines.join('\n'))?.[1];
    expect(password, first.lines.join('\n')).toBeDefined();
    expect(first.lines.join('\n')).toContain(join(dataDir, 'firstline.sqlite'));
    if (!electronInstalled) {
      // Said once, in one line, and the consoles keep serving.
      const electronLines = first.lines.filter((line) => /Electron binary/.test(line));
      expect(electronLines, first.lines.join('\n')).toHaveLength(1);
      expect(electronLines[0]).toMatch(/not installed.*web consoles keep serving/);
    }
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    for (const page of ['/join', '/engineer', '/admin']) {
      const response = await fetch(`${first.url}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
    }
    const cookie = await login(first.url, 'admin@firstline.local', password!);
    const me = await fetch(`${first.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    await stop(first, port);

    // The second start finds the account: no new password, and the first one still signs in.
    const second = await npmStart(dataDir, port);
    running.push(second);
    expect(second.lines.join('\n')).not.toMatch(/one-time password/);
    expect(await login(second.url, 'admin@firstline.local', password!)).toMatch(/=/);
    await stop(second, port);
  });
});
