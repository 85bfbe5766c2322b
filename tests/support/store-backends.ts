import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../signaling-server/src/store/open-postgres';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';
import type { StoreOptions } from '../../signaling-server/src/store/create-store';
import type { Store } from '../../signaling-server/src/store/store';

export interface Backend {
  name: string;
  open(options?: StoreOptions): Promise<{ store: Store; dispose(): Promise<void> }>;
}

const DATABASE_URL = process.env.DATABASE_URL;

/** A fresh SQLite file per test; and a fresh PostgreSQL schema per test when DATABASE_URL is set. */
export const backends: Backend[] = [
  {
    name: 'SQLite',
    async open(options) {
      const dir = mkdtempSync(join(tmpdir(), 'firstline-store-'));
      const store = await openSqliteStore(join(dir, 'firstline.sqlite'), options);
      return { store, dispose: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  },
  ...(DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          async open(options?: StoreOptions) {
            const schema = `firstline_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
            const store = await openPostgresStore(DATABASE_URL, { ...options, schema });
            return {
              store,
              async dispose() {
                await store.close();
                const client = new pg.Client({ connectionString: DATABASE_URL });
                await client.connect();
                await client.query(`drop schema "${schema}" cascade`);
                await client.end();
              },
            };
          },
        },
      ]
    : []),
];

if (!DATABASE_URL)
  console.log('[skip] store tests on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them');
