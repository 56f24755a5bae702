import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  priceRangeErrors,
  readProductFilters,
  toProductQuery,
} from './product-filters.js';

describe('product filters in the URL', () => {
  it('reads every filter', () => {
    const filters = readProductFilters(
      new URLSearchParams(
        'category=shoes&search=%20boot%20&min_price=10&max_price=99.5&in_stock=true&ordering=-price&page=2',
      ),
    );
    expect(filters).toEqual({
      category: 'shoes',
      search: 'boot',
      min_price: '10',
      max_price: '99.5',
      in_stock: true,
      vendor: '',
      ordering: '-price',
      page: 2,
    });
    expect(activeFilterCount(filters)).toBe(5);
  });
  it('ignores what the API would refuse', () => {
    const filters = readProductFilters(
      new URLSearchParams('min_price=cheap&ordering=random&in_stock=yes&page=-1'),
    );
    expect(filters).toMatchObject({ min_price: '', ordering: '', in_stock: false, page: 1 });
    expect(activeFilterCount(filters)).toBe(0);
  });
  it('refuses a min price above the max, or what is not an amount, with a message for the box', () => {
    expect(priceRangeErrors('50', '20')).toEqual({ max: 'The max price cannot be below the min price.' });
    expect(priceRangeErrors('cheap', '20')).toEqual({ min: 'Enter an amount like 12 or 12.50.' });
    expect(priceRangeErrors('10', '20,5')).toBeUndefined();
    expect(priceRangeErrors('20', '20')).toBeUndefined();
    expect(priceRangeErrors('', '5')).toBeUndefined();
  });

  it('sends only what is set, the range as it is', () => {
    const query = toProductQuery(readProductFilters(new URLSearchParams('min_price=50&max_price=20')), 12);
    expect(query).toEqual({ page: 1, page_size: 12, min_price: '50', max_price: '20' });
    expect(toProductQuery(readProductFilters(new URLSearchParams('')), 24)).toEqual({
      page: 1,
      page_size: 24,
    });
  });
});
