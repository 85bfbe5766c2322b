import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** What an X-display test needs on this machine; a line saying what is missing when it cannot run. */
export function xDisplayTools(): { ok: true } | { ok: false; missing: string } {
  const missing = ['Xvfb', 'xdotool', 'xev'].filter((tool) => !has(tool));
  return missing.length === 0 ? { ok: true } : { ok: false, missing: `${missing.join(', ')} (apt-get install -y xvfb xdotool x11-utils)` };
}

/** A private Xvfb (kept alive between clients: -noreset), and helpers that read its state. */
export async function startXDisplay(
  width = 1600,
  height = 900,
): Promise<{ display: string; pointer(): { x: number; y: number }; close(): void; closeAfterExit(): void }> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
    xvfb.stdout!.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(`:${chunk.toString().trim()}`);
    });
  });
  return {
    display,
    pointer() {
      const out = spawnSync('xdotool', ['getmouselocation'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }).stdout;
      const [, x, y] = /x:(-?\d+) y:(-?\d+)/.exec(out) ?? [];
      return { x: Number(x), y: Number(y) };
    },
    close: () => xvfb.kill(),
    /** For a process whose X clients (robotjs) stay connected until it ends: the display goes a moment after it. */
    closeAfterExit: () => spawn('sh', ['-c', `sleep 1; kill ${xvfb.pid}`], { detached: true, stdio: 'ignore' }).unref(),
  };
}

export interface XEvent {
  type: string;
  root: { x: number; y: number };
  button?: number;
  keysym?: string;
}

/** An xev window on the display: the X events it received, parsed. */
export async function startXEventWindow(display: string, geometry: string): Promise<{ events(): XEvent[]; close(): void }> {
  const xev = spawn('xev', ['-geometry', geometry, '-event', 'button', '-event', 'keyboard'], {
    env: { ...process.env, DISPLAY: display },
  });
  let output = '';
  xev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    events: () =>
      output
        .split(/\n\s*\n/)
        .map((block): XEvent | null => {
          const type = /^(\w+) event/m.exec(block)?.[1];
          const root = /root:\((-?\d+),(-?\d+)\)/.exec(block);
          if (!type || !root) return null;
          return {
            type,
            root: { x: Number(root[1]), y: Number(root[2]) },
            ...(/button (\d+)/.test(block) && { button: Number(/button (\d+)/.exec(block)![1]) }),
            ...(/keysym 0x[0-9a-f]+, (\w+)\)/.test(block) && { keysym: /keysym 0x[0-9a-f]+, (\w+)\)/.exec(block)![1] }),
          };
        })
        .filter((e): e is XEvent => e !== null),
    close: () => xev.kill(),
  };
}
