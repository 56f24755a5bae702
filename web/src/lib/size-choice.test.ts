import { describe, expect, it } from 'vitest';
import {
  onlySizeInStock,
  preferredChoice,
  rememberChoice,
  rememberedChoice,
  sizeChoices,
} from './size-choice.js';

const tan = {
  id: 'v-tan',
  color: 'Tan',
  sizes: [
    { id: 's-tan-s', size: 'S', stock: 2 },
    { id: 's-tan-m', size: 'M', stock: 0 },
    { id: 's-tan-l', size: 'L', stock: 1 },
  ],
};
const black = { id: 'v-black', color: 'Black', sizes: [{ id: 's-black-m', size: 'M', stock: 4 }] };

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('size choices', () => {
  it('lists the sizes in stock, naming the colour only when there are several', () => {
    expect(sizeChoices([tan, black]).map((c) => c.label)).toEqual([
      'Tan, size S',
      'Tan, size L',
      'Black, size M',
    ]);
    expect(sizeChoices([black]).map((c) => c.label)).toEqual(['Size M']);
  });

  it('picks a size only when one of the colour is in stock', () => {
    expect(onlySizeInStock(black)).toBe('s-black-m');
    expect(onlySizeInStock(tan)).toBeUndefined();
    expect(onlySizeInStock({ ...black, sizes: [{ id: 'x', size: 'M', stock: 0 }] })).toBeUndefined();
    expect(onlySizeInStock(undefined)).toBeUndefined();
  });

  it('offers the remembered size, else the remembered colour, else the first', () => {
    const choices = sizeChoices([tan, black]);
    expect(preferredChoice(choices, { variantId: 'v-tan', sizeId: 's-tan-l' })?.sizeId).toBe('s-tan-l');
    // Sold out since: the colour still counts.
    expect(preferredChoice(choices, { variantId: 'v-black', sizeId: 'gone' })?.sizeId).toBe('s-black-m');
    expect(preferredChoice(choices, {})?.sizeId).toBe('s-tan-s');
    expect(preferredChoice([], {})).toBeUndefined();
  });

  it('remembers a choice per product and ignores what it did not write', () => {
    const storage = memoryStorage();
    rememberChoice(storage, 'p1', { variantId: 'v-tan', sizeId: 's-tan-l' });
    expect(rememberedChoice(storage, 'p1')).toEqual({ variantId: 'v-tan', sizeId: 's-tan-l' });
    expect(rememberedChoice(storage, 'p2')).toEqual({});
    storage.setItem('mercato.wishlist-choice.p3', 'not json');
    expect(rememberedChoice(storage, 'p3')).toEqual({});
    storage.setItem('mercato.wishlist-choice.p4', '{"sizeId": 5, "variantId": "v"}');
    expect(rememberedChoice(storage, 'p4')).toEqual({ variantId: 'v' });
  });
});
