import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-errors';
import type { OriginPolicy } from './origin-policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a state change that carries the staff cookie (or signs in) must come from a page we trust
 * and be JSON. SameSite=Strict keeps cross-site pages out, but a page on a sibling port or another
 * subdomain is "same-site"; and a form or a no-cors fetch can only send text/plain, form or
 * multipart bodies, never application/json.
 */
export function installCrossSiteGuard(app: FastifyInstance, deps: { policy: OriginPolicy; cookieName: string }): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const carriesLogin = deps.cookieName in (request.cookies ?? {}) || request.url === '/api/auth/login';
    if (!carriesLogin) return;
    if (!deps.policy.allows(request.headers)) throw new HttpError('forbidden', 'Cross-site request refused');
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new HttpError('invalid_payload', 'Send JSON (Content-Type: application/json)');
    }
  });
}
