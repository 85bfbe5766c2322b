import { z } from 'zod';
import { authRoutes, userRoutes } from './rest-auth';
import type { RestRoute } from './rest-route';
import { reportRoutes, sessionRoutes, ticketRoutes } from './rest-tickets';
import { webhookRoutes } from './rest-webhooks';
import { knowledgeRoutes } from './rest-knowledge';
import { screenshotRoutes } from './screenshots';
import { retentionRoutes } from './retention';
import { auditRoutes } from './rest-audit';

/** Every REST route of the server, keyed "METHOD /path/:param": the one truth for server, document and client. */
export const restContract = {
  ...authRoutes,
  ...userRoutes,
  ...ticketRoutes,
  ...sessionRoutes,
  ...reportRoutes,
  ...webhookRoutes,
  ...knowledgeRoutes,
  ...screenshotRoutes,
  ...retentionRoutes,
  ...auditRoutes,
  'GET /api/docs': { summary: 'This document (OpenAPI 3.1)', access: 'anonymous', response: z.record(z.string(), z.unknown()) },
} as const satisfies Record<string, RestRoute>;

export type RestContract = typeof restContract;
export type RouteKey = keyof RestContract;

type Field<K extends RouteKey, F extends string> = RestContract[K] extends { [P in F]: infer S extends z.ZodType } ? S : undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a route's handler receives, validated. */
export type RouteParams<K extends RouteKey> = Out<Field<K, 'params'>>;
export type RouteQuery<K extends RouteKey> = Out<Field<K, 'query'>>;
export type RouteBody<K extends RouteKey> = Out<Field<K, 'body'>>;
/** What a client sends. */
export type RouteParamsInput<K extends RouteKey> = In<Field<K, 'params'>>;
export type RouteQueryInput<K extends RouteKey> = In<Field<K, 'query'>>;
export type RouteBodyInput<K extends RouteKey> = In<Field<K, 'body'>>;
/** A JSON route's answer: what a handler returns, and what a client receives. */
export type RouteResponseInput<K extends RouteKey> = In<Field<K, 'response'>>;
export type RouteResponse<K extends RouteKey> = Out<Field<K, 'response'>>;
export type JsonRouteKey = { [K in RouteKey]: RestContract[K]['response'] extends 'download' ? never : K }[RouteKey];
export type DownloadRouteKey = Exclude<RouteKey, JsonRouteKey>;

/** "GET /api/tickets/:id" → method and path. */
export function splitRouteKey(key: string): { method: string; path: string } {
  const [method, path] = key.split(' ') as [string, string];
  return { method, path };
}
