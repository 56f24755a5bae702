/**
 * The one place the web app creates its API client. Same origin (`baseUrl: ''`):
 * the server serves both the API and this app; `vite dev` proxies the API paths.
 *
 * Each request names the public API client of the area the user is in
 * (`X-Client-ID`, from the page; see `client-area.ts`), and carries the
 * page's origin (only that, never its path) as `Referer`, which the page's own
 * policy would not send: a browser sends no `Origin` on same-origin GETs, and
 * the server accepts a public client only from its allowed origins, so with
 * `REQUIRE_API_CLIENT=true` this is how it knows the request comes from this app.
 */
import { createMercatoClient } from '@mercato/sdk';
import { areaClientHeader, readClientIds } from './client-area.js';
import type { ReadinessResult } from './status.js';

export const api = createMercatoClient({ baseUrl: '', referrerPolicy: 'strict-origin' });

let clientIds: ReadonlyMap<string, string> | undefined;
api.use(
  areaClientHeader(
    () => {
      clientIds ??= typeof document === 'undefined' ? new Map() : readClientIds(document);
      return clientIds;
    },
    () => (typeof location === 'undefined' ? '/' : location.pathname),
  ),
);

/** `GET /readyz`, folded into a `ReadinessResult`. Rejects only when `signal` aborts. */
export async function fetchReadiness(signal?: AbortSignal): Promise<ReadinessResult> {
  try {
    const { data, error, response } = await api.GET('/readyz', { signal });
    return { kind: 'response', status: response.status, body: response.ok ? data : error };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'network-error', error };
  }
}
