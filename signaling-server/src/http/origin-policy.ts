/** The desktop app serves its pages from this origin (electron/main/app-protocol.ts). */
export const DESKTOP_APP_ORIGIN = 'app://firstline';

type Headers = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

/**
 * Which pages may act with a signed-in member of staff's cookie: the server's own (the Origin's
 * host is the Host the request came to, or X-Forwarded-Host behind a trusted proxy), the desktop
 * app's, and those an operator lists in FIRSTLINE_ALLOWED_ORIGINS. A request with no Origin and
 * no Sec-Fetch-Site header is not from a browser page, so no page can have forged it.
 */
export function createOriginPolicy(options: { allowedOrigins: readonly string[]; trustForwardedHost: boolean }) {
  const allowed = new Set([DESKTOP_APP_ORIGIN, ...options.allowedOrigins.map((o) => o.replace(/\/+$/, '').toLowerCase())]);

  function isOwnOrigin(origin: string, headers: Headers): boolean {
    let host: string;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      return false;
    }
    const served = (options.trustForwardedHost && first(headers['x-forwarded-host'])) || first(headers.host);
    return served !== undefined && host === served.toLowerCase();
  }

  return {
    /** True when these request headers come from a page we trust (or from no page at all). */
    allows(headers: Headers): boolean {
      const origin = first(headers.origin);
      if (origin === undefined) {
        // No Origin: a browser still says where the request came from in Sec-Fetch-Site.
        const site = first(headers['sec-fetch-site']);
        return site === undefined || site === 'same-origin' || site === 'none';
      }
      if (origin === 'null') return false;
      return allowed.has(origin.toLowerCase()) || isOwnOrigin(origin, headers);
    },
  };
}

export type OriginPolicy = ReturnType<typeof createOriginPolicy>;
