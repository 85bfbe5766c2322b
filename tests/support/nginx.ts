import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, untilAccepting } from './ports';

/** Debian puts it in /usr/sbin, which is not on every user's PATH. */
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

export interface Nginx {
  /** The proxy's address; `?pin=a` (or b), or a cookie `pin=a`, prefers that backend, falling back to the other one. */
  url: string;
  stop(): Promise<void>;
}

/** Where nginx is missing the test says so and skips, rather than failing for the machine's sake. */
export function nginxUnavailable(): string | null {
  return spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).error ? 'nginx is not installed' : null;
}

/**
 * A real nginx (Debian's package) in front of two backends, as a deployment would put it: round
 * robin, WebSocket upgrades passed through, and a backend that refuses connections skipped. A
 * client may ask for one backend first with `pin` (query or cookie) so a test can place its
 * clients; that backend gone, the other one takes them.
 */
export async function startNginx(backends: { a: string; b: string }): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'firstline-nginx-'));
  const port = await freePort();
  const hostOf = (url: string) => new URL(url).host;
  const upstream = (name: string, first: string, second: string) =>
    `upstream ${name} { server ${hostOf(first)} max_fails=1 fail_timeout=2s; server ${hostOf(second)} ${name === 'both' ? '' : 'backup'}; }`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  ${upstream('both', backends.a, backends.b)}
  ${upstream('pin_a', backends.a, backends.b)}
  ${upstream('pin_b', backends.b, backends.a)}
  map $arg_pin $pin { '' $cookie_pin; default $arg_pin; }
  map $pin $backend { a pin_a; b pin_b; default both; }
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://$backend;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_connect_timeout 1s;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const errors = () => {
    try {
      return log + readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return log;
    }
  };
  try {
    await untilAccepting(port, { name: 'nginx', exited: () => child.exitCode !== null, log: errors });
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => (rmSync(dir, { recursive: true, force: true }), resolve());
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      }),
  };
}
