import { failure, type Failure, type RatingRequest } from '../../protocol';
import { hashToken } from '../auth/session-tokens';
import type { Store } from '../store/store';

/** How long after a session ends its customer may still rate it. */
export const RATING_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The customer rates a session they were in, proven by the session's customer token (only its
 * hash is stored). Once per session, after it ended, within a day. Filed on the timeline.
 */
export async function rateSession(store: Store, request: RatingRequest, now: number): Promise<{ ok: true } | Failure> {
  const session = await store.sessions.findByCustomerToken(hashToken(request.customerToken));
  if (!session) return failure('not_found', 'No session for this token');
  if (session.status !== 'ended' || session.endedAt === null) return failure('invalid_state', 'A session can be rated once it has ended');
  if (now - session.endedAt > RATING_WINDOW_MS) return failure('invalid_state', 'The time to rate this session has passed');
  const comment = request.comment ? request.comment : null;
  if (!(await store.sessions.rate(session.id, request.score, comment, now)))
    return failure('invalid_state', 'This session has already been rated');
  await store.sessions.appendEvent({
    id: `${session.id}:rating`,
    sessionId: session.id,
    at: now,
    actor: { role: 'customer', name: session.customerName },
    payload: { type: 'rating.given', score: request.score, ...(comment && { comment }) },
  });
  return { ok: true };
}
