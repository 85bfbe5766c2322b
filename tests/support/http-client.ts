/** Minimal JSON-over-fetch for REST tests, with an optional session cookie. */
export function httpClient(baseUrl: string) {
  return async (path: string, init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const json: any = await response.json().catch(() => null);
    return { status: response.status, json, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
  };
}
