import { z } from 'zod';
import {
  ChangePasswordRequest, CreateUserRequest, CreateWebhookRequest, DeliveryQuery, UpdateWebhookRequest, EscalateRequest, LinkRequest, LoginRequest, NoteRequest, RatingRequest,
  SecuritySettings, SessionExportQuery, SessionQuery, TicketExportQuery, TicketQuery, TicketUpdate, TotpCodeRequest, TotpDisableRequest, UpdateUserRequest,
} from '../../protocol';

type Access = 'public' | 'staff' | 'admin';
interface Operation { method: string; path: string; summary: string; access: Access; body?: z.ZodType; query?: z.ZodType }

/** Every REST route, described once for the OpenAPI document (a test checks none is missing). */
export const API_OPERATIONS: Operation[] = [
  { method: 'post', path: '/api/auth/login', summary: 'Sign in (sets the session cookie)', access: 'public', body: LoginRequest },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out', access: 'public' },
  { method: 'get', path: '/api/auth/me', summary: 'The signed-in member of staff and any set-up they owe', access: 'staff' },
  { method: 'post', path: '/api/auth/password', summary: 'Change your password (signs out your other sessions)', access: 'staff', body: ChangePasswordRequest },
  { method: 'post', path: '/api/auth/totp/setup', summary: 'Start two-factor enrolment (secret and QR code)', access: 'staff' },
  { method: 'post', path: '/api/auth/totp/confirm', summary: 'Turn two-factor on with a code', access: 'staff', body: TotpCodeRequest },
  { method: 'post', path: '/api/auth/totp/disable', summary: 'Turn two-factor off', access: 'staff', body: TotpDisableRequest },
  { method: 'get', path: '/api/users', summary: 'List staff accounts', access: 'admin' },
  { method: 'post', path: '/api/users', summary: 'Create a staff account', access: 'admin', body: CreateUserRequest },
  { method: 'patch', path: '/api/users/{id}', summary: 'Change name, organisation, role, or disable', access: 'admin', body: UpdateUserRequest },
  { method: 'post', path: '/api/users/{id}/reset-password', summary: 'Reset to a one-time password', access: 'admin' },
  { method: 'get', path: '/api/settings/security', summary: 'Sign-in rules', access: 'admin' },
  { method: 'put', path: '/api/settings/security', summary: 'Change the sign-in rules', access: 'admin', body: SecuritySettings },
  { method: 'get', path: '/api/tickets', summary: 'Tickets: filter, search, sort, page (engineers: their own)', access: 'staff', query: TicketQuery },
  { method: 'get', path: '/api/tickets/export', summary: 'Export the filter as CSV or JSON, streamed', access: 'staff', query: TicketExportQuery },
  { method: 'get', path: '/api/tickets/search', summary: 'Find tickets by subject or customer', access: 'staff', query: z.object({ q: z.string().min(2).max(100) }) },
  { method: 'get', path: '/api/tickets/{id}', summary: 'A ticket with its sessions and their timelines', access: 'staff' },
  { method: 'patch', path: '/api/tickets/{id}', summary: 'Change status, priority, category, resolution, customer details, tags', access: 'staff', body: TicketUpdate },
  { method: 'post', path: '/api/tickets/{id}/escalate', summary: 'Assign to a colleague, with a reason', access: 'staff', body: EscalateRequest },
  { method: 'get', path: '/api/reports', summary: 'Figures for a period (default: the last 30 days)', access: 'admin', query: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }) },
  { method: 'get', path: '/api/engineers', summary: 'Active staff, for escalation', access: 'staff' },
  { method: 'get', path: '/api/sessions', summary: 'The session log: filter, search, sort, page (engineers: the sessions they took)', access: 'staff', query: SessionQuery },
  { method: 'get', path: '/api/sessions/export', summary: 'Export the session log filter as CSV or JSON, streamed', access: 'staff', query: SessionExportQuery },
  { method: 'get', path: '/api/sessions/{id}', summary: 'A session with its timeline: events, chat, diagnostics, notes, rating', access: 'staff' },
  { method: 'post', path: '/api/sessions/{id}/notes', summary: 'Add a note to a session', access: 'staff', body: NoteRequest },
  { method: 'post', path: '/api/sessions/{id}/link', summary: 'File a session under an existing ticket', access: 'staff', body: LinkRequest },
  { method: 'post', path: '/api/sessions/rating', summary: "The customer's rating, proven by the session token", access: 'public', body: RatingRequest },
  { method: 'get', path: '/api/webhooks', summary: 'Webhook endpoints', access: 'admin' },
  { method: 'post', path: '/api/webhooks', summary: 'Add an endpoint; the answer holds its signing secret, shown only this once', access: 'admin', body: CreateWebhookRequest },
  { method: 'patch', path: '/api/webhooks/{id}', summary: 'Change the URL or events, or pause it', access: 'admin', body: UpdateWebhookRequest },
  { method: 'delete', path: '/api/webhooks/{id}', summary: 'Remove an endpoint and its deliveries', access: 'admin' },
  { method: 'post', path: '/api/webhooks/{id}/ping', summary: 'Send a test message', access: 'admin' },
  { method: 'get', path: '/api/webhooks/deliveries', summary: 'The delivery log: attempts, status, last answer', access: 'admin', query: DeliveryQuery },
  { method: 'post', path: '/api/webhooks/deliveries/{id}/retry', summary: 'Send a failed delivery again', access: 'admin' },
  { method: 'get', path: '/api/docs', summary: 'This document', access: 'public' },
];

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const ERROR = { type: 'object', properties: { ok: { const: false }, error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } };

/** OpenAPI 3.1, built from the same zod schemas that validate the requests. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const parameters = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(op.query ? Object.entries((json(op.query) as { properties?: Record<string, unknown> }).properties ?? {}).map(([name, schema]) => ({ name, in: 'query', schema })) : []),
    ];
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        ...(op.access !== 'public' && { security: [{ sessionCookie: [] }], 'x-firstline-access': op.access }),
        ...(parameters.length > 0 && { parameters }),
        ...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: json(op.body) } } } }),
        responses: {
          '200': { description: 'OK' },
          '400': { description: 'Invalid input', content: { 'application/json': { schema: ERROR } } },
          ...(op.access !== 'public' && { '401': { description: 'Not signed in' }, '403': { description: 'Not allowed' } }),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Firstline API',
      version: '1',
      description:
        'Errors are { ok: false, error: { code, message } }. Staff routes take the session cookie set by /api/auth/login. ' +
        'Webhooks POST { id, type, createdAt, data } with X-Firstline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed by the endpoint secret>; ' +
        'answer 2xx within 10 s, or it is retried with doubling waits (8 attempts). The id is the same on every retry.',
    },
    components: { securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'firstline_session' } } },
    paths,
  };
}
