import { describe, expect, it } from 'vitest';
import { withTestServer } from '../../support/server-lifecycle';

describe('OpenAPI document', () => {
  const ctx = withTestServer();

  it('is served at /api/docs and describes every REST route the server registers, with its answer', async () => {
    const doc = await (await fetch(`${ctx.server.url}/api/docs`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const registered = ctx.server.app.routes
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(registered.filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !registered.includes(route))).toEqual([]);
    const patch = doc.paths['/api/tickets/{id}'].patch;
    expect(patch.requestBody.content['application/json'].schema.properties.status.enum).toEqual(['open', 'pending', 'resolved', 'closed']);
    expect(patch.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths['/api/tickets'].get.parameters.map((p: { name: string }) => p.name)).toContain('pageSize');
    // Every route describes its answer: a JSON schema, or a download.
    for (const [path, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, { content?: object }> }>>,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        const success = op.responses['200'] ?? op.responses['201'];
        expect(success?.content, `${method} ${path} response`).toBeTruthy();
      }
    }
    const ticket = doc.paths['/api/tickets/{id}'].get.responses['200'].content['application/json'].schema;
    expect(ticket.properties.ticket.properties.sessions.type).toBe('array');
    expect(doc.paths['/api/tickets/export'].get.responses['200'].content['text/csv']).toBeTruthy();
  });
});
