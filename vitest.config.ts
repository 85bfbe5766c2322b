import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Four projects. Unit and integration tests run in parallel workers: every server listens on port
// 0, every database is a fresh temp file or PostgreSQL schema. Tests that start and kill server
// processes of their own come next, one file at a time, so a busy machine cannot starve them (or
// they it). End-to-end tests drive Chromium and a private X display, so they run last, one at a time.
export default defineConfig({
  resolve: {
    alias: {
      '@firstline/protocol': here('./signaling-server/protocol/index.ts'),
      '@firstline/bridge-contract': here('./electron/common/bridge-contract.ts'),
    },
  },
  test: {
    testTimeout: 30_000,
    // Most tests wait on sockets and timers, not the CPU: four workers finish sooner even on two cores.
    maxWorkers: 4,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'processes', include: ['tests/processes/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          // A page waits on a real browser, a real peer connection and a decoder: on a loaded CI
          // machine the first frame can take seconds, not the 1 s vitest gives expect.poll by default.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
