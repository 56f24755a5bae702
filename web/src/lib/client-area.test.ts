import { describe, expect, it } from 'vitest';
import { areaClientHeader, areaOf, readClientIds } from './client-area.js';

describe('areaOf', () => {
  it('puts each page in its area', () => {
    expect(areaOf('/admin')).toBe('admin');
    expect(areaOf('/admin/clients')).toBe('admin');
    expect(areaOf('/pos')).toBe('pos');
    for (const p of [
      '/account',
      '/account/loyalty',
      '/signin',
      '/signup',
      '/reset-password/abc',
      '/verify-email/x',
    ]) {
      expect(areaOf(p), p).toBe('account');
    }
    for (const p of [
      '/',
      '/shop',
      '/shop/products/x',
      '/cart',
      '/checkout',
      '/orders/1',
      '/administrator',
      '/posters',
    ]) {
      expect(areaOf(p), p).toBe('storefront');
    }
  });
});

describe('readClientIds', () => {
  it('reads the ids the server put in the page', () => {
    const metas = [
      { area: 'storefront', id: 'cl_s' },
      { area: 'admin', id: 'cl_a' },
      { area: null, id: 'cl_x' },
    ].map(({ area, id }) => ({
      getAttribute: (name: string) => (name === 'data-area' ? area : name === 'content' ? id : null),
    }));
    const doc = { querySelectorAll: () => metas } as unknown as Document;
    expect([...readClientIds(doc)]).toEqual([
      ['storefront', 'cl_s'],
      ['admin', 'cl_a'],
    ]);
  });
});

describe('areaClientHeader', () => {
  const ids = new Map([
    ['storefront', 'cl_s'],
    ['admin', 'cl_a'],
  ]);
  const send = async (path: string, request = new Request('http://x/api/ping/')) => {
    const middleware = areaClientHeader(
      () => ids,
      () => path,
    );
    const out = await middleware.onRequest?.({ request } as never);
    return (out as Request).headers.get('X-Client-ID');
  };

  it('names the client of the area the user is in, and none when the page names none', async () => {
    expect(await send('/admin/users')).toBe('cl_a');
    expect(await send('/shop')).toBe('cl_s');
    expect(await send('/pos')).toBeNull();
    const own = new Request('http://x/api/ping/', { headers: { 'X-Client-ID': 'cl_own' } });
    expect(await send('/admin', own)).toBe('cl_own');
  });
});
