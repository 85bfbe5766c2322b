import { z } from 'zod';
import type { RestRoute } from './rest-route';

/**
 * A still of the customer's screen that the engineer keeps with the ticket: the frame the engineer
 * is looking at, at the resolution it arrived, as PNG (lossless, so small text stays readable).
 */
export const SCREENSHOT_MAX_BYTES = 6 * 1024 * 1024;
/** A session keeps at most this many: enough for any session, and a bound on what one can store. */
export const SCREENSHOTS_PER_SESSION = 50;
/** A 4K screen is the largest a session shares. */
export const SCREENSHOT_MAX_SIDE = 4096;

/** The PNG file, base64-encoded (the REST routes take JSON). */
export const ScreenshotUpload = z.object({
  png: z
    .string()
    .max(Math.ceil(SCREENSHOT_MAX_BYTES / 3) * 4, 'At most 6 MB')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Base64-encoded PNG'),
});
export type ScreenshotUpload = z.infer<typeof ScreenshotUpload>;

/** A screenshot as the consoles list it; the image itself is its own download. */
export const ScreenshotInfo = z.object({
  id: z.string().uuid(),
  sessionId: z.string().uuid(),
  takenAt: z.number(),
  width: z.number().int().min(1).max(SCREENSHOT_MAX_SIDE),
  height: z.number().int().min(1).max(SCREENSHOT_MAX_SIDE),
  bytes: z.number().int().min(1),
});
export type ScreenshotInfo = z.infer<typeof ScreenshotInfo>;

export const ScreenshotParams = z.object({ id: z.string().uuid(), shotId: z.string().uuid() });

/** The customer asks to see one kept of their screen: proven by the session's token, not a sign-in. */
export const CustomerScreenshotRequest = z.object({
  customerToken: z.string().min(16).max(128),
  screenshotId: z.string().uuid(),
});
export type CustomerScreenshotRequest = z.infer<typeof CustomerScreenshotRequest>;

/** Where a screenshot's image is served (what the consoles put in an <img>). */
export const screenshotPath = (sessionId: string, screenshotId: string) => `/api/sessions/${sessionId}/screenshots/${screenshotId}`;

/**
 * Screenshots: the session's engineer takes them while the screen is shared; whoever may open the
 * session sees them; an admin deletes one that should not be kept (a password on screen, a request to erase).
 */
export const screenshotRoutes = {
  'POST /api/sessions/:id/screenshots': {
    summary: 'Keep a screenshot of the shared screen with the session (its engineer, while the session is active)',
    access: 'engineer',
    params: z.object({ id: z.string().uuid() }),
    body: ScreenshotUpload,
    bodyLimit: Math.ceil(SCREENSHOT_MAX_BYTES / 3) * 4 + 1024,
    response: z.object({ ok: z.literal(true), screenshot: ScreenshotInfo }),
    status: 201,
  },
  'GET /api/sessions/:id/screenshots': {
    summary: "A session's screenshots, oldest first",
    access: 'engineer',
    params: z.object({ id: z.string().uuid() }),
    response: z.object({ ok: z.literal(true), screenshots: z.array(ScreenshotInfo) }),
  },
  'GET /api/sessions/:id/screenshots/:shotId': {
    summary: 'One screenshot, as the PNG file',
    access: 'engineer',
    params: ScreenshotParams,
    response: 'download',
  },
  'POST /api/sessions/customer-screenshot': {
    summary: "One screenshot, as the PNG file, for the customer whose screen it shows (the session's token; while the session lasts)",
    access: 'anonymous',
    body: CustomerScreenshotRequest,
    response: 'download',
    cors: true,
  },
  'DELETE /api/sessions/:id/screenshots/:shotId': {
    summary: 'Delete a screenshot for good (admins; the timeline keeps that it was taken and deleted, and by whom)',
    access: 'admin',
    audit: { action: 'screenshot.deleted', target: { kind: 'session', from: 'params' } },
    params: ScreenshotParams,
    response: z.object({ ok: z.literal(true) }),
  },
} as const satisfies Record<string, RestRoute>;
