import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0010_filter_indexes: released; never edit it, add a new one. */
export function migrationFilterIndexes(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // The status filter, the most used, walks these in list order and stops at a page.
      await db.schema.createIndex('tickets_by_status_updated').on('tickets').columns(['status', 'updated_at']).execute();
      await db.schema.createIndex('tickets_by_status_created').on('tickets').columns(['status', 'created_at']).execute();
      await db.schema.createIndex('help_sessions_by_rating').on('help_sessions').columns(['rating', 'ticket_id']).execute();
      // Categories are matched case-insensitively.
      await db.schema
        .createIndex('tickets_by_category_lower')
        .on('tickets')
        .expression(sql`lower(category)`)
        .execute();
    },
  };
}
