import type { Kysely } from 'kysely';
import type { ScreenshotInfo } from '../../protocol';
import type { Database } from './database-schema';
import type { EventWriter } from './help-sessions';
import type { ScreenshotRepo } from './store';

/** Screenshots kept with sessions: the PNG and what the consoles list about it. */
export function createScreenshotRepo(db: Kysely<Database>, writeEvent: EventWriter): ScreenshotRepo {
  const toInfo = (row: {
    id: string;
    session_id: string;
    taken_at: number;
    width: number;
    height: number;
    bytes: number;
  }): ScreenshotInfo => ({
    id: row.id,
    sessionId: row.session_id,
    takenAt: Number(row.taken_at),
    width: row.width,
    height: row.height,
    bytes: Number(row.bytes),
  });
  return {
    async addWithin(shot, max, line) {
      return db.transaction().execute(async (trx) => {
        // The session's row is locked first (a write that changes nothing), so takes of one session
        // count and insert one after another, on PostgreSQL's row lock as on SQLite's single writer.
        await trx.updateTable('help_sessions').set({ id: shot.sessionId }).where('id', '=', shot.sessionId).execute();
        const kept = await trx
          .selectFrom('session_screenshots')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .where('session_id', '=', shot.sessionId)
          .executeTakeFirstOrThrow();
        if (Number(kept.n) >= max) return false;
        await trx
          .insertInto('session_screenshots')
          .values({
            id: shot.id,
            session_id: shot.sessionId,
            taken_at: shot.takenAt,
            taken_by: shot.takenBy,
            width: shot.width,
            height: shot.height,
            png: shot.png,
          })
          .execute();
        // The picture and its timeline line together: neither without the other.
        await writeEvent(trx, line);
        return true;
      });
    },
    async list(sessionId) {
      const rows = await db
        .selectFrom('session_screenshots')
        .select(({ fn }) => ['id', 'session_id', 'taken_at', 'width', 'height', fn<number>('length', ['png']).as('bytes')])
        .where('session_id', '=', sessionId)
        .orderBy('taken_at')
        .orderBy('id')
        .execute();
      return rows.map(toInfo);
    },
    async image(sessionId, id) {
      const row = await db
        .selectFrom('session_screenshots')
        .select('png')
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? Buffer.from(row.png) : undefined;
    },
    async remove(sessionId, id) {
      const result = await db.deleteFrom('session_screenshots').where('session_id', '=', sessionId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async expireTakenBefore(cutoff, limit, lineFor) {
      return db.transaction().execute(async (trx) => {
        // What this transaction deleted is its own: a sweep on another process gets the rest, or nothing.
        const gone = await trx
          .deleteFrom('session_screenshots')
          .where('id', 'in', (eb) =>
            eb.selectFrom('session_screenshots').select('id').where('taken_at', '<', cutoff).orderBy('taken_at').limit(limit),
          )
          .returning(['id', 'session_id'])
          .execute();
        const bySession = new Map<string, string[]>();
        for (const row of gone) bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row.id]);
        for (const [sessionId, ids] of bySession) await writeEvent(trx, lineFor(sessionId, ids.sort()));
        return gone.length;
      });
    },
  };
}
