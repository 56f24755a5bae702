import { describe, expect, it } from 'vitest';
import { tooMany, waitText } from './login-throttle.js';

describe('the lockout sentence', () => {
  it('says a long wait in minutes or hours, not in seconds', () => {
    expect(waitText(1)).toBe('1 second');
    expect(waitText(42)).toBe('42 seconds');
    expect(waitText(75)).toBe('about a minute');
    expect(waitText(898)).toBe('about 15 minutes');
    expect(waitText(3600)).toBe('about an hour');
    expect(waitText(7000)).toBe('about 2 hours');
  });

  it('keeps the exact seconds for clients in Retry-After', () => {
    const error = tooMany(897_200);
    expect(error.detail).toBe('Too many failed login attempts. Try again in about 15 minutes.');
    expect(error.headers).toEqual({ 'Retry-After': '898' });
  });
});
