import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a presented secret (a token, a key) equals the expected one, in time
 * that does not depend on where they first differ. Only the length can tell.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
