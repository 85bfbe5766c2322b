import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0011_search_text_folded: released; never edit it, add a new one. */
export function migrationSearchTextFolded(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // Search texts are stored lower-cased from now on (see foldForSearch). SQLite's lower()
      // folds ASCII only, so capitals from other scripts indexed before now keep their case.
      await sql`update search_docs set text = lower(text) where text <> lower(text)`.execute(db);
    },
  };
}
