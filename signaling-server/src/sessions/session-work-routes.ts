import { unwrap } from '../auth/staff-guard';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import type { TicketWork } from '../tickets/ticket-work';
import { rateSession } from './session-rating';
import { registerScreenshotRoutes } from './screenshot-routes';
import type { SessionNotifier } from './session-notifier';
import type { RequestLimit } from '../http/request-limit';

/**
 * A customer's own session's requests (their rating, their screenshots), per address per minute:
 * a customer sees each of at most 50 pictures a few times; a token guesser or a loop is cut off.
 */
export const CUSTOMER_REQUESTS_PER_MINUTE = 120;

/** The engineer's notes, screenshots and linking, and the customer's rating. */
export function registerSessionWorkRoutes(
  route: RestRouter,
  deps: { store: Store; now: () => number; work: TicketWork; notifier: SessionNotifier; customerLimit: RequestLimit },
): void {
  route('POST /api/sessions/:id/notes', async ({ staff, params, body }) => unwrap(await deps.work.addNote(staff, params.id, body.text)));

  registerScreenshotRoutes(route, deps);

  route('POST /api/sessions/:id/link', async ({ staff, params, body }) => unwrap(await deps.work.link(staff, params.id, body.ticketId)));

  // Public: the customer has no account; the session's customer token is the proof.
  route('POST /api/sessions/rating', async ({ body, request }) => {
    await deps.customerLimit(request);
    return unwrap(await rateSession(deps.store, body, deps.now()));
  });
}
