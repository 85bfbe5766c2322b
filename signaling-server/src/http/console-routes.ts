import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { openApiDocument } from './openapi';
import type { FastifyInstance } from 'fastify';
import type { RestRouter } from './rest-router';

/** The consoles are static bundles; each role has its own page. */
export const CONSOLE_PAGES = { '/engineer': 'engineer.html', '/admin': 'admin.html', '/join': 'join.html' } as const;

const CSP = [
  "default-src 'self'",
  // WebAssembly (only our own bundles' hash-wasm) hashes transferred files four times faster than JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function registerConsoleRoutes(app: FastifyInstance, route: RestRouter, staticDir: string): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });
  app.get('/healthz', async () => ({ ok: true, status: 'up' }));
  const docs = openApiDocument();
  route('GET /api/docs', async () => docs);
  if (!existsSync(staticDir)) {
    app.log.warn(`console bundles not found in ${staticDir}; run npm run build`);
    return;
  }
  app.register(fastifyStatic, { root: join(staticDir, 'assets'), prefix: '/assets/', index: false });
  for (const [path, file] of Object.entries(CONSOLE_PAGES)) {
    app.get(path, (_request, reply) => reply.sendFile(file, staticDir));
  }
  app.get('/', (_request, reply) => reply.redirect('/join'));
}
