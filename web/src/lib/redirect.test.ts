import { describe, expect, it } from 'vitest';
import { safeNext, signInPath } from './redirect.js';

describe('safeNext', () => {
  it('keeps paths of this app, with their query and hash', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('/admin/users?search=ada#top')).toBe('/admin/users?search=ada#top');
  });

  it('refuses anything that could leave the app', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      'javascript:alert(1)',
      'account',
      '',
      null,
      undefined,
    ]) {
      expect(safeNext(next), String(next)).toBe('/account');
    }
  });

  it('does not send people back to the sign-in or sign-up page', () => {
    expect(safeNext('/signin?next=/account', '/')).toBe('/');
    expect(safeNext('/signup')).toBe('/account');
  });
});

describe('signInPath', () => {
  it('carries where to come back to', () => {
    expect(signInPath('/account/password')).toBe('/signin?next=%2Faccount%2Fpassword');
    expect(signInPath('/')).toBe('/signin');
  });
});
