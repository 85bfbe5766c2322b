import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  restContract,
  splitRouteKey,
  type RestContract,
  type RestRoute,
  type RouteBody,
  type RouteKey,
  type RouteParams,
  type RouteQuery,
  type RouteResponseInput,
} from '../../protocol';
import type { RouteAudit, StaffUser } from '../../protocol';
import { parseInput } from './http-errors';
import './staff-request';

/** The check a route's access level asks for, run before its handler (built by auth/, injected here). */
export type AccessGuard = (route: RestRoute) => ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | undefined;

/** What a handler receives: its validated input, and who is calling (always set on staff routes). */
export interface RouteInput<K extends RouteKey> {
  params: RouteParams<K>;
  query: RouteQuery<K>;
  body: RouteBody<K>;
  staff: RestContract[K]['access'] extends 'anonymous' ? StaffUser | undefined : StaffUser;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A JSON route returns its answer (checked against the contract); a download route sends a stream. */
type RouteReturn<K extends RouteKey> = RestContract[K]['response'] extends 'download' ? FastifyReply : RouteResponseInput<K>;

export type RouteHandler<K extends RouteKey> = (input: RouteInput<K>) => Promise<RouteReturn<K>>;

/**
 * Runs a change the contract marks for the audit trail (`RestRoute.audit`) and records it once it
 * has succeeded (built by audit/, injected here).
 */
export type AuditedChange = (
  audit: RouteAudit,
  input: { params: Record<string, unknown> | undefined; body: unknown; staff: StaffUser | undefined; request: FastifyRequest },
  change: () => Promise<unknown>,
) => Promise<unknown>;

/** Registers one route of the contract: `route(key, handler)`. */
export type RestRouter = <K extends RouteKey>(key: K, handler: NoInfer<RouteHandler<K>>) => void;

type AuditedInput = Parameters<AuditedChange>[1];

const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' };

/**
 * Routes come only from the REST contract: its access level picks the guard, its schemas validate
 * params, query and body before the handler runs (bad input: a typed 400, nothing done), and a JSON
 * answer is parsed by its response schema on the way out, so nothing the contract does not name
 * leaves the server, and an answer that breaks the contract is a logged 500, not a silent drift.
 */
export function createRestRouter(app: FastifyInstance, guard: AccessGuard, audited?: AuditedChange): RestRouter {
  return (key, handler) => {
    const route: RestRoute = restContract[key];
    const { method, path } = splitRouteKey(key);
    const preHandler = guard(route);
    if (route.cors) app.options(path, async (_request, reply) => reply.headers(CORS).status(204).send());
    app.route({
      method,
      url: path,
      ...(preHandler && { preHandler }),
      ...(route.bodyLimit && { bodyLimit: route.bodyLimit }),
      handler: async (request, reply) => {
        if (route.cors) reply.headers(CORS);
        const input = {
          params: route.params ? parseInput(route.params, request.params) : undefined,
          query: route.query ? parseInput(route.query, request.query) : undefined,
          body: route.body ? parseInput(route.body, request.body) : undefined,
          staff: request.staff,
          request,
          reply,
        } as RouteInput<typeof key>;
        const audit = route.audit;
        const result = (
          audit && audited ? await audited(audit, input as AuditedInput, () => handler(input)) : await handler(input)
        ) as Awaited<ReturnType<typeof handler>>;
        if (route.response === 'download') return result;
        const checked = route.response.safeParse(result);
        if (!checked.success)
          throw new Error(`${key}: the answer does not match the REST contract: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
        return reply.status(route.status ?? 200).send(checked.data);
      },
    });
  };
}
