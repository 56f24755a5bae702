import { describe, expect, it } from 'vitest';
import { type ProductDraft, toDraft, toProductBody } from './product-form.js';

const draft = (over: Partial<ProductDraft> = {}): ProductDraft => ({
  name: ' Trail boot ',
  description: '',
  price: '89,9',
  category: 'cat-1',
  is_active: true,
  variants: [
    {
      key: 'a',
      color: 'Brown',
      price: '',
      sizes: [
        { key: 'b', size: '42', sku: 'TB-BR-42', stock: '3' },
        { key: 'c', size: '43', sku: 'TB-BR-43', stock: '' },
      ],
    },
  ],
  ...over,
});

describe('toProductBody', () => {
  it('builds the body the API takes', () => {
    const result = toProductBody(draft());
    expect(result).toEqual({
      ok: true,
      body: {
        name: 'Trail boot',
        description: '',
        price: '89.90',
        category: 'cat-1',
        is_active: true,
        variants: [
          {
            color: 'Brown',
            price: null,
            sizes: [
              { size: '42', sku: 'TB-BR-42', stock: 3 },
              { size: '43', sku: 'TB-BR-43', stock: 0 },
            ],
          },
        ],
      },
    });
  });
  it('names each wrong field as the server does', () => {
    const bad = draft({ price: 'free' });
    bad.variants[0]!.sizes[1]!.sku = 'tb-br-42';
    bad.variants[0]!.sizes[0]!.stock = '-1';
    bad.variants[0]!.price = 'x';
    const result = toProductBody(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problem.errors).sort()).toEqual([
      'price',
      'variants.0.price',
      'variants.0.sizes.0.stock',
      'variants.0.sizes.1.sku',
    ]);
  });
  it('keeps ids so the server updates instead of creating', () => {
    const product = {
      name: 'Cap',
      description: 'Warm',
      price: '10.00',
      category: { id: 'c' },
      is_active: false,
      variants: [
        { id: 'v1', color: 'Red', price: '12.00', sizes: [{ id: 's1', size: 'M', sku: 'CAP-M', stock: 4 }] },
      ],
    };
    const result = toProductBody(toDraft(product));
    expect(result.ok && result.body.variants[0]).toEqual({
      id: 'v1',
      color: 'Red',
      price: '12.00',
      sizes: [{ id: 's1', size: 'M', sku: 'CAP-M', stock: 4 }],
    });
  });
});
