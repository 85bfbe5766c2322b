/**
 * Minimal JSON-over-fetch for REST tests, with an optional session cookie. Like the consoles' client,
 * it sends a JSON body (at least {}) with every request but a GET.
 */
export function httpClient(baseUrl: string) {
  return async (path: string, init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) => {
    const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
    const body = init.body ?? (method === 'GET' ? undefined : {});
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: any = await response.json().catch(() => null);
    return { status: response.status, json, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
  };
}
