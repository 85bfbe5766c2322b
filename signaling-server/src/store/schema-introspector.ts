import { sql, type DatabaseIntrospector, type Kysely, type SchemaMetadata, type TableMetadata } from 'kysely';

/**
 * The migrator looks for its own tables through the dialect's introspector, and Kysely's reads the
 * whole catalog, calling functions on every schema's name. A schema another client drops during
 * that read (another application on a shared database; another test file here) fails it with
 * `schema "…" does not exist`. This one reads the store's own schema only, by oid, and gives the
 * table names the migrator needs (no columns).
 */
export function schemaIntrospector(db: Kysely<any>, schema: string): DatabaseIntrospector {
  const introspector: DatabaseIntrospector = {
    async getSchemas(): Promise<SchemaMetadata[]> {
      const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(
        db,
      );
      return rows.map((row) => ({ name: row.name }));
    },
    async getTables(): Promise<TableMetadata[]> {
      const { rows } = await sql<{ name: string; kind: string }>`
        select c.relname as name, c.relkind as kind
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${schema} and c.relkind in ('r', 'v', 'p')`.execute(db);
      return rows.map((row) => ({ name: row.name, schema, isView: row.kind === 'v', columns: [] }));
    },
    async getMetadata() {
      return { tables: await introspector.getTables() };
    },
  };
  return introspector;
}
