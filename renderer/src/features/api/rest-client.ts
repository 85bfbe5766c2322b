import {
  ErrorBody,
  restContract,
  splitRouteKey,
  type DownloadRouteKey,
  type ErrorCode,
  type ErrorDetail,
  type JsonRouteKey,
  type RouteBodyInput,
  type RouteKey,
  type RouteParamsInput,
  type RouteQueryInput,
  type RouteResponse,
} from '@firstline/protocol';
import type { TFunction } from 'i18next';
import { fieldIssueText } from './field-issue-text';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    /** Which field was refused and why, which rule of the product was broken, or how long to wait. */
    readonly detail: ErrorDetail = {},
  ) {
    super(message);
  }
}

/** What a call sends: path params where the route has them, a query (typed, or a query string from the URL), a body. */
export type CallInput<K extends RouteKey> = (RouteParamsInput<K> extends undefined
  ? { params?: undefined }
  : { params: RouteParamsInput<K> }) & {
  query?: RouteQueryInput<K> | string;
  body?: RouteBodyInput<K>;
  /** Another server than the page's own (the desktop app's pages are served from app://). */
  base?: string;
};

/** The URL of a route of the contract, with its params filled in and its query attached. */
export function apiUrl<K extends RouteKey>(key: K, input: CallInput<K> = {} as CallInput<K>): string {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const path = splitRouteKey(key).path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const query =
    typeof input.query === 'string'
      ? input.query
      : new URLSearchParams(
          Object.entries((input.query ?? {}) as Record<string, unknown>)
            .filter(([, value]) => value !== undefined && value !== '')
            .map(([name, value]) => [name, String(value)]),
        ).toString();
  return `${input.base ?? ''}${query ? `${path}?${query}` : path}`;
}

/** A download route's link (exports), for an <a download>. */
export const downloadUrl = <K extends DownloadRouteKey>(key: K, input?: CallInput<K>) => apiUrl(key, input);

/**
 * Calls a route of the REST contract with the session cookie. A typed error body becomes an
 * ApiError; a success is checked against the route's response schema, so the consoles never
 * trust a shape they did not verify.
 */
export async function callApi<K extends JsonRouteKey>(
  key: K,
  ...[input]: RouteParamsInput<K> extends undefined ? [CallInput<K>?] : [CallInput<K>]
): Promise<RouteResponse<K>> {
  const response = await send(key, input);
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, json);
  const schema = restContract[key].response;
  const checked = typeof schema === 'string' ? null : schema.safeParse(json);
  if (!checked?.success) throw new ApiError('internal', `${key}: the answer does not match the REST contract`, response.status);
  return checked.data as RouteResponse<K>;
}

/** A download route of the contract called for its bytes (a picture to show, not a link to follow). */
export async function fetchDownload<K extends DownloadRouteKey>(key: K, input: CallInput<K>): Promise<Blob> {
  const response = await send(key, input);
  if (!response.ok) throw refusal(response, await response.json().catch(() => null));
  return response.blob();
}

function send<K extends RouteKey>(key: K, input: CallInput<K> | undefined): Promise<Response> {
  const { method } = splitRouteKey(key);
  const body = input?.body ?? (method === 'GET' ? undefined : {});
  return fetch(apiUrl(key, input), {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A refusal's typed error body as an ApiError (one that is not typed says only its status). */
function refusal(response: Response, json: unknown): ApiError {
  const parsed = ErrorBody.safeParse((json as { error?: unknown } | null)?.error);
  if (!parsed.success) return new ApiError('internal', response.statusText, response.status);
  const { code, message, ...detail } = parsed.data;
  return new ApiError(code, message, response.status, detail);
}

/** What to show for a failed call, in the reader's language: the refused field and why, the rule broken, else what the code means. */
export function apiErrorText(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t('errors.internal');
  if (err.detail.field) return fieldIssueText(err.detail.field, t);
  if (err.detail.rule) return t(`rules.${err.detail.rule}`);
  // Whole minutes to wait, at least one: a sign-in lock lasts minutes, not seconds.
  if (err.detail.retryAfterSeconds)
    return t('errors.rateLimitedMinutes', { count: Math.max(1, Math.ceil(err.detail.retryAfterSeconds / 60)) });
  return t(`errors.${err.code}`);
}
