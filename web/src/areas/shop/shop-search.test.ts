import { describe, expect, it } from 'vitest';
import { searchPath } from './shop-search.js';

describe('the shop search', () => {
  it('opens the products list searched for the words typed, all products when blank', () => {
    expect(searchPath('  red scarf ')).toBe('/shop/products?search=red%20scarf');
    expect(searchPath('a&b=c?#')).toBe('/shop/products?search=a%26b%3Dc%3F%23');
    expect(searchPath('   ')).toBe('/shop/products');
    expect(searchPath('ডাল')).toBe(`/shop/products?search=${encodeURIComponent('ডাল')}`);
  });
});
