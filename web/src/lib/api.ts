/**
 * The one place the web app creates its API client. Same origin (`baseUrl: ''`):
 * the server serves both the API and this app; `vite dev` proxies the API paths.
 */
import { createMercatoClient } from '@mercato/sdk';
import type { ReadinessResult } from './status.js';

export const api = createMercatoClient({ baseUrl: '' });

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
