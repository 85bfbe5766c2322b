import type { FastifyReply } from 'fastify';
import { unwrap } from '../auth/staff-guard';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import type { TicketWork } from '../tickets/ticket-work';
import { createScreenshotService } from './session-screenshots';
import type { SessionNotifier } from './session-notifier';
import type { RequestLimit } from '../http/request-limit';

/** /api/sessions/:id/screenshots: taking them during a session, seeing them after, and deleting one (admins). */
export function registerScreenshotRoutes(
  route: RestRouter,
  deps: { store: Store; now: () => number; work: TicketWork; notifier: SessionNotifier; customerLimit: RequestLimit },
): void {
  const screenshots = createScreenshotService(deps);

  route('POST /api/sessions/:id/screenshots', async ({ staff, params, body }) =>
    unwrap(await screenshots.take(staff, params.id, body.png)),
  );

  route('GET /api/sessions/:id/screenshots', async ({ staff, params }) => unwrap(await screenshots.list(staff, params.id)));

  route('DELETE /api/sessions/:id/screenshots/:shotId', async ({ staff, params }) =>
    unwrap(await screenshots.remove(staff, params.id, params.shotId)),
  );

  route('GET /api/sessions/:id/screenshots/:shotId', async ({ staff, params, reply }) =>
    sendPng(reply, params.shotId, unwrap(await screenshots.image(staff, params.id, params.shotId)).png),
  );

  route('POST /api/sessions/customer-screenshot', async ({ body, reply, request }) => {
    await deps.customerLimit(request);
    return sendPng(reply, body.screenshotId, unwrap(await screenshots.customerImage(body.customerToken, body.screenshotId)).png);
  });
}

/**
 * A picture to look at, never a page: no sniffing (the server's CSP applies too). Never kept in a
 * browser's cache: one that is deleted (by the customer, an admin, the retention period) is gone.
 */
function sendPng(reply: FastifyReply, screenshotId: string, png: Buffer): FastifyReply {
  return reply
    .header('content-type', 'image/png')
    .header('content-disposition', `inline; filename="firstline-screenshot-${screenshotId.slice(0, 8)}.png"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(png);
}
