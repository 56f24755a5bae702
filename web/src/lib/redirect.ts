/**
 * Where to go after signing in: the `next` the guard put in the URL, when it is a
 * path of this app. Anything else (another site, `//evil.example`, `javascript:`)
 * falls back, so the sign-in page cannot be used to send people elsewhere.
 */
const BASE = 'http://mercato.invalid';
const AUTH_PAGES = new Set(['/signin', '/signup']);

export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || AUTH_PAGES.has(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return path && path !== '/' ? `/signin?next=${encodeURIComponent(path)}` : '/signin';
}
