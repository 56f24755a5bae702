import { describe, expect, it } from 'vitest';
import {
  dayEndIso,
  dayStartIso,
  nextParams,
  readAmount,
  readChoice,
  readDay,
  readPage,
} from './url-state.js';

describe('nextParams', () => {
  it('sets, trims and removes values, and goes back to page 1 on a filter change', () => {
    const params = new URLSearchParams('search=shoe&page=3&category=men');
    const next = nextParams(params, { search: '  boot ', category: '' });
    expect(next.toString()).toBe('search=boot');
  });
  it('keeps the other filters when only the page changes, and drops page=1', () => {
    const params = new URLSearchParams('search=shoe');
    expect(nextParams(params, { page: 2 }).toString()).toBe('search=shoe&page=2');
    expect(nextParams(new URLSearchParams('search=shoe&page=2'), { page: 1 }).toString()).toBe('search=shoe');
  });
  it('does not change the params it was given', () => {
    const params = new URLSearchParams('a=1');
    nextParams(params, { a: '2' });
    expect(params.get('a')).toBe('1');
  });
});

describe('readers', () => {
  it('reads a page number, falling back to 1', () => {
    expect(readPage(new URLSearchParams('page=4'))).toBe(4);
    for (const bad of ['page=0', 'page=-2', 'page=x', 'page=1.5', ''])
      expect(readPage(new URLSearchParams(bad))).toBe(1);
  });
  it('accepts only known choices', () => {
    const allowed = ['price', '-price'] as const;
    expect(readChoice(new URLSearchParams('ordering=-price'), 'ordering', allowed)).toBe('-price');
    expect(readChoice(new URLSearchParams('ordering=drop table'), 'ordering', allowed)).toBe('');
  });
  it('accepts only calendar days', () => {
    expect(readDay(new URLSearchParams('since=2025-03-01'), 'since')).toBe('2025-03-01');
    expect(readDay(new URLSearchParams('since=yesterday'), 'since')).toBe('');
  });
  it('reads amounts as the API writes them', () => {
    expect(readAmount(new URLSearchParams('min_price=12,5'), 'min_price')).toBe('12.5');
    expect(readAmount(new URLSearchParams('min_price=10'), 'min_price')).toBe('10');
    expect(readAmount(new URLSearchParams('min_price=-1'), 'min_price')).toBe('');
    expect(readAmount(new URLSearchParams('min_price=1.234'), 'min_price')).toBe('');
  });
});

describe('day bounds', () => {
  it('covers the whole local day', () => {
    const start = new Date(dayStartIso('2025-03-01'));
    const end = new Date(dayEndIso('2025-03-01'));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2025, 2, 1, 0,
    ]);
    expect([end.getDate(), end.getHours(), end.getMinutes()]).toEqual([1, 23, 59]);
    expect(end.getTime() - start.getTime()).toBe(24 * 3600 * 1000 - 1);
  });
});
