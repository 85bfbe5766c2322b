import { randomUUID } from 'node:crypto';
import {
  failure,
  refusedByRule,
  SCREENSHOT_MAX_BYTES,
  SCREENSHOT_MAX_SIDE,
  SCREENSHOTS_PER_SESSION,
  type Failure,
  type ScreenshotInfo,
  type StaffUser,
} from '../../protocol';
import { hashToken } from '../auth/session-tokens';
import { createRetentionPolicy } from '../retention/retention-policy';
import type { Store } from '../store/store';
import type { TicketWork } from '../tickets/ticket-work';
import type { SessionNotifier } from './session-notifier';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The IEND chunk every complete PNG ends with: length 0, type, CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A PNG's size from its header, or why the bytes are not a whole PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | { problem: string; tooLarge?: true } {
  if (png.length > SCREENSHOT_MAX_BYTES) return { problem: 'At most 6 MB', tooLarge: true };
  if (png.length < 45 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return { problem: 'Not a PNG image' };
  // The first chunk is IHDR: 13 bytes, width and height first.
  if (png.readUInt32BE(8) !== 13 || png.toString('latin1', 12, 16) !== 'IHDR') return { problem: 'Not a PNG image' };
  if (!png.subarray(png.length - PNG_END.length).equals(PNG_END)) return { problem: 'The PNG image is incomplete' };
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width < 1 || height < 1 || width > SCREENSHOT_MAX_SIDE || height > SCREENSHOT_MAX_SIDE) {
    return { problem: `At most ${SCREENSHOT_MAX_SIDE}×${SCREENSHOT_MAX_SIDE} pixels`, tooLarge: true };
  }
  return { width, height };
}

/**
 * Screenshots of the shared screen: the session's engineer keeps one while the customer shares
 * (the session is active), as a note in pictures. It goes on the timeline and the customer is told
 * each time. Seeing them follows the session: whoever may open the session.
 */
export function createScreenshotService(deps: { store: Store; work: TicketWork; now: () => number; notifier: SessionNotifier }) {
  const { store, work, now, notifier } = deps;
  const retention = createRetentionPolicy({ store, now });
  /** The PNG, only when the screenshot is one of that session's. */
  const imageOf = async (sessionId: string, id: string): Promise<{ ok: true; png: Buffer } | Failure> => {
    const png = await store.screenshots.image(sessionId, id);
    return png ? { ok: true, png } : failure('not_found', 'No such screenshot');
  };
  return {
    async take(staff: StaffUser, sessionId: string, base64: string): Promise<{ ok: true; screenshot: ScreenshotInfo } | Failure> {
      const session = await store.sessions.get(sessionId);
      // Only the engineer in the session, who sees the screen; not another, not an admin reading the log.
      if (!session || session.engineerId !== staff.id) return failure('not_found', 'No such session of yours');
      if (session.status !== 'active') return refusedByRule('session_not_active', 'A screenshot is taken while the customer shares');
      const png = Buffer.from(base64, 'base64');
      const size = pngSize(png);
      if ('problem' in size) {
        return failure('invalid_payload', size.problem, {
          field: { path: ['png'], problem: size.tooLarge ? 'too_large' : 'wrong_format' },
        });
      }
      const shot = { id: randomUUID(), sessionId, takenAt: now(), takenBy: staff.id, ...size, png };
      const line = {
        id: randomUUID(),
        sessionId,
        at: shot.takenAt,
        actor: { role: 'engineer' as const, name: staff.name },
        payload: { type: 'screenshot.taken' as const, screenshotId: shot.id, ...size },
      };
      if (!(await store.screenshots.addWithin(shot, SCREENSHOTS_PER_SESSION, line))) {
        return refusedByRule('screenshot_limit', `A session keeps at most ${SCREENSHOTS_PER_SESSION} screenshots`);
      }
      // The customer is told by the server, whatever the engineer's console does, wherever their connection is.
      // And for how long it is kept.
      const keptDays = (await retention.settings()).screenshotDays;
      notifier.toCustomerOf(sessionId, 'session:screenshot', { screenshotId: shot.id, takenAt: shot.takenAt, keptDays });
      return { ok: true, screenshot: { id: shot.id, sessionId, takenAt: shot.takenAt, ...size, bytes: png.length } };
    },

    async list(staff: StaffUser, sessionId: string): Promise<{ ok: true; screenshots: ScreenshotInfo[] } | Failure> {
      const session = await work.sessionFor(staff, sessionId);
      if ('ok' in session) return session;
      return { ok: true, screenshots: await store.screenshots.list(sessionId) };
    },

    async image(staff: StaffUser, sessionId: string, id: string): Promise<{ ok: true; png: Buffer } | Failure> {
      const session = await work.sessionFor(staff, sessionId);
      if ('ok' in session) return session;
      return imageOf(session.id, id);
    },

    /** The customer's own screen, seen by them: the session's token proves who they are, and only while it lasts. */
    async customerImage(customerToken: string, id: string): Promise<{ ok: true; png: Buffer } | Failure> {
      const session = await store.sessions.findByCustomerToken(hashToken(customerToken));
      if (!session || session.status === 'ended') return failure('not_found', 'No session in progress for this token');
      return imageOf(session.id, id);
    },

    /** For good: the image goes; the timeline says it was taken, and deleted by whom. */
    async remove(staff: StaffUser, sessionId: string, id: string): Promise<{ ok: true } | Failure> {
      if (!(await store.screenshots.remove(sessionId, id))) return failure('not_found', 'No such screenshot');
      await store.sessions.appendEvent({
        id: randomUUID(),
        sessionId,
        at: now(),
        actor: { role: staff.role, name: staff.name },
        payload: { type: 'screenshot.deleted', screenshotId: id },
      });
      return { ok: true };
    },
  };
}
