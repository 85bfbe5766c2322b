import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from './metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus's text format. With FIRSTLINE_METRICS_TOKEN set, the scraper sends it
 * as a bearer token; without it, only this machine may read (queue sizes are nobody else's business).
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  deps: { metrics: Metrics; token?: string; addressOf: (request: FastifyRequest) => string },
): void {
  app.get('/metrics', async (request, reply) => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const allowed = deps.token ? bearer !== undefined && sameSecret(bearer, deps.token) : LOOPBACK.has(deps.addressOf(request));
    if (!allowed)
      return reply.code(deps.token ? 401 : 403).send({ ok: false, error: { code: 'forbidden', message: 'Metrics are not for you' } });
    reply.header('Content-Type', deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}
