import { Kysely, PostgresDialect, type DatabaseIntrospector, type PostgresDialectConfig } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { Database } from './database-schema';
import { createStore, type StoreOptions } from './create-store';
import { migrateToLatest } from './migrations/migrate';
import { schemaIntrospector } from './schema-introspector';
import type { Store } from './store';

/**
 * PostgreSQL, when DATABASE_URL is set: the same store and migrations as SQLite. `schema` puts the
 * tables in their own schema (the tests use one per run).
 */
export async function openPostgresStore(connectionString: string, options: StoreOptions & { schema?: string } = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // public stays on the path: extensions such as pg_trgm live there.
    ...(options.schema && { options: `-c search_path=${options.schema},public` }),
  });
  if (options.schema) await pool.query(`create schema if not exists "${options.schema.replace(/"/g, '')}"`);
  const config = { pool, cursor: Cursor };
  const db = new Kysely<Database>({ dialect: options.schema ? new SchemaDialect(config, options.schema) : new PostgresDialect(config) });
  try {
    await migrateToLatest(db, 'postgres', options.schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createStore(db, 'postgres', options);
}

/** PostgreSQL with the store's tables in a schema of their own: introspection looks there only. */
class SchemaDialect extends PostgresDialect {
  constructor(
    config: PostgresDialectConfig,
    private readonly schema: string,
  ) {
    super(config);
  }
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return schemaIntrospector(db, this.schema);
  }
}
