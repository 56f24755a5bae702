/** Reads one cookie from a `document.cookie` string (only the cookies scripts may see). */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The session's CSRF token. The server sets this readable cookie next to the
 * HttpOnly session cookies and clears it with them, so it also tells whether a
 * browser session may exist without asking the server (and logging a 401).
 */
export function csrfToken(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return readCookie(document.cookie, 'csrftoken') || undefined;
}
