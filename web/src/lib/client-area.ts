/**
 * The web app's areas are public API clients: the server names each
 * area's client id in the page (`<meta name="mercato-client-id" data-area=…>`),
 * and every API request carries the id of the area the user is in, as
 * `X-Client-ID` (no key: a public client is accepted only from its origins).
 */
import type { MercatoClient } from '@mercato/sdk';

type Middleware = Parameters<MercatoClient['use']>[0];

export type WebArea = 'storefront' | 'account' | 'pos' | 'admin';

const ACCOUNT_PATHS = [
  '/account',
  '/signin',
  '/signup',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
];

function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The area a page belongs to: admin, POS, account (signing in and out included), or the storefront. */
export function areaOf(pathname: string): WebArea {
  if (under(pathname, '/admin')) return 'admin';
  if (under(pathname, '/pos')) return 'pos';
  if (ACCOUNT_PATHS.some((p) => under(pathname, p))) return 'account';
  return 'storefront';
}

/** The area → client id pairs the served page names (none under `vite dev`, which serves the page itself). */
export function readClientIds(doc: Pick<Document, 'querySelectorAll'>): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[name="mercato-client-id"]')) {
    const area = meta.getAttribute('data-area');
    const id = meta.getAttribute('content');
    if (area && id) ids.set(area, id);
  }
  return ids;
}

/** Adds `X-Client-ID` of the area of the current page (`where()`), when the page names one. */
export function areaClientHeader(ids: () => ReadonlyMap<string, string>, where: () => string): Middleware {
  return {
    onRequest({ request }) {
      if (request.headers.has('X-Client-ID')) return request;
      const id = ids().get(areaOf(where()));
      if (id) request.headers.set('X-Client-ID', id);
      return request;
    },
  };
}
