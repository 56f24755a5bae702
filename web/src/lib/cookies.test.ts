import { describe, expect, it } from 'vitest';
import { readCookie } from './cookies.js';

describe('readCookie', () => {
  it('finds a cookie by its exact name and decodes it', () => {
    const jar = 'theme=dark; xcsrftoken=nope; csrftoken=abc%2Bdef; other=1';
    expect(readCookie(jar, 'csrftoken')).toBe('abc+def');
    expect(readCookie(jar, 'missing')).toBeUndefined();
    expect(readCookie('', 'csrftoken')).toBeUndefined();
  });

  it('returns a malformed value as it is', () => {
    expect(readCookie('csrftoken=%E0%A4%A', 'csrftoken')).toBe('%E0%A4%A');
  });
});
