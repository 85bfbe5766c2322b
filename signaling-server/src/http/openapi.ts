import { z } from 'zod';
import { Failure, restContract, splitRouteKey, type RestRoute } from '../../protocol';

const json = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: json(Failure, 'output') } } });

function parametersOf(route: RestRoute) {
  const from = (schema: z.ZodType | undefined, where: 'path' | 'query') =>
    Object.entries(schema ? (json(schema, 'input').properties ?? {}) : {}).map(([name, schema]) => ({
      name,
      in: where,
      ...(where === 'path' && { required: true }),
      schema,
    }));
  return [...from(route.params, 'path'), ...from(route.query, 'query')];
}

function responsesOf(route: RestRoute) {
  const success =
    route.response === 'download'
      ? {
          description: 'The rows, streamed as a download',
          content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'array' } } },
        }
      : { description: 'OK', content: { 'application/json': { schema: json(route.response, 'output') } } };
  return {
    [String(route.status ?? 200)]: success,
    '400': errorResponse('Invalid input'),
    ...(route.access !== 'anonymous' && { '401': errorResponse('Not signed in'), '403': errorResponse('Not allowed') }),
    '500': errorResponse('Something went wrong on our side'),
  };
}

/** OpenAPI 3.1, built from the REST contract: the same zod schemas that validate requests and answers. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, route] of Object.entries(restContract) as Array<[string, RestRoute]>) {
    const { method, path } = splitRouteKey(key);
    const openApiPath = path.replace(/:(\w+)/g, '{$1}');
    const parameters = parametersOf(route);
    paths[openApiPath] = {
      ...paths[openApiPath],
      [method.toLowerCase()]: {
        summary: route.summary,
        ...(route.access !== 'anonymous' && { security: [{ sessionCookie: [] }], 'x-firstline-access': route.access }),
        ...(parameters.length > 0 && { parameters }),
        ...(route.body && { requestBody: { required: true, content: { 'application/json': { schema: json(route.body, 'input') } } } }),
        responses: responsesOf(route),
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
        'x-firstline-access says who may call: engineer (any signed-in staff) or admin. ' +
        'Webhooks POST { id, type, createdAt, data } with X-Firstline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed by the endpoint secret>; ' +
        'answer 2xx within 10 s, or it is retried with doubling waits (8 attempts). The id is the same on every retry.',
    },
    components: { securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'firstline_session' } } },
    paths,
  };
}
