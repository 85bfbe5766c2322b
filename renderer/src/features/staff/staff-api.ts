import { ErrorBody, type ErrorCode } from '@firstline/protocol';

export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly status: number) {
    super(message);
  }
}

/** JSON over fetch with the session cookie; a typed error body becomes an ApiError. */
export async function staffApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse((json as { error?: unknown } | null)?.error);
    throw new ApiError(parsed.success ? parsed.data.code : 'internal', parsed.success ? parsed.data.message : response.statusText, response.status);
  }
  return json as T;
}

/** What to show for a failed call: the field-level message for bad input, else the translated code. */
export function apiErrorText(err: unknown, t: (key: string) => string): string {
  if (err instanceof ApiError && err.code === 'invalid_payload') return err.message;
  return t(`errors.${err instanceof ApiError ? err.code : 'internal'}`);
}
