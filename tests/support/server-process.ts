import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  url: string;
  pid: number;
  /** kill -9: no shutdown, no flush, the lease left as it was. */
  kill(): Promise<void>;
}

/** Starts tests/support/server-child.ts in its own process and waits for its address. */
export async function startServerProcess(options: {
  dataDir: string;
  port?: number;
  engineerEmail?: string;
  unlimited?: boolean;
  /** Several processes as one: PostgreSQL (a schema of its own) and Redis, under a cluster name. */
  cluster?: { databaseUrl: string; schema: string; redisUrl: string; name: string };
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/support/server-child.ts'], {
    env: {
      ...process.env,
      FIRSTLINE_TEST_DATA: options.dataDir,
      FIRSTLINE_TEST_PORT: String(options.port ?? 0),
      FIRSTLINE_TEST_ENGINEER: options.engineerEmail ?? '',
      FIRSTLINE_TEST_UNLIMITED: options.unlimited ? '1' : '',
      ...(options.cluster && {
        FIRSTLINE_TEST_DATABASE_URL: options.cluster.databaseUrl,
        FIRSTLINE_TEST_PG_SCHEMA: options.cluster.schema,
        FIRSTLINE_TEST_REDIS_URL: options.cluster.redisUrl,
        FIRSTLINE_TEST_CLUSTER: options.cluster.name,
      }),
      TSX_TSCONFIG_PATH: 'tests/tsconfig.json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server process did not start:\n${errors.slice(-2000)}`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}):\n${errors.slice(-2000)}`)));
  });
  return {
    url,
    pid: child.pid!,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
