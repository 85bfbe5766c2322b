import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0019_screenshot_age: released; never edit it, add a new one. */
export function migrationScreenshotAge(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // The retention sweep finds the oldest screenshots across all sessions.
      await db.schema.createIndex('session_screenshots_by_age').on('session_screenshots').column('taken_at').execute();
    },
  };
}
