/**
 * The vendor's product form: drafts of variants and sizes as typed, turned into
 * the body of `POST/PUT /api/vendor/products/`, with the same field
 * names the server uses in its errors (`variants.0.sizes.1.sku`). Pure, unit-tested.
 */
import { toMinor } from './money.js';
import { type FieldErrors, localProblem, type ProblemInfo } from './problem.js';

export interface SizeDraft {
  key: string;
  id?: string;
  size: string;
  sku: string;
  stock: string;
}

export interface VariantDraft {
  key: string;
  id?: string;
  color: string;
  /** Empty: the product's price. */
  price: string;
  sizes: SizeDraft[];
}

export interface ProductDraft {
  name: string;
  description: string;
  price: string;
  category: string;
  is_active: boolean;
  variants: VariantDraft[];
}

export interface ProductBody {
  name: string;
  description: string;
  price: string;
  category: string;
  is_active: boolean;
  variants: {
    id?: string;
    color: string;
    price: string | null;
    sizes: { id?: string; size: string; sku: string; stock: number }[];
  }[];
}

let counter = 0;
/** A key for React lists of drafts that have no server id yet. */
export function draftKey(): string {
  counter += 1;
  return `draft-${counter}`;
}

export function emptySize(): SizeDraft {
  return { key: draftKey(), size: '', sku: '', stock: '0' };
}

export function emptyVariant(): VariantDraft {
  return { key: draftKey(), color: '', price: '', sizes: [emptySize()] };
}

/** `"12.5"` → `"12.50"`; undefined when it is not a non-negative amount. */
export function normalizeAmount(text: string): string | undefined {
  const minor = toMinor(text.trim().replace(',', '.'));
  if (minor === undefined || minor < 0) return undefined;
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/** The request body, or a problem with a message under each field that is wrong. */
export function toProductBody(
  draft: ProductDraft,
): { ok: true; body: ProductBody } | { ok: false; problem: ProblemInfo } {
  const errors: FieldErrors = {};
  const need = (field: string, value: string) => {
    if (!value.trim()) errors[field] = ['This field is required.'];
  };
  need('name', draft.name);
  need('category', draft.category);
  const price = normalizeAmount(draft.price);
  if (!price) errors.price = ['Enter an amount like 19.99.'];
  const skus = new Map<string, string>();
  const variants = draft.variants.map((variant, v) => {
    need(`variants.${v}.color`, variant.color);
    const own = variant.price.trim() ? normalizeAmount(variant.price) : null;
    if (own === undefined) errors[`variants.${v}.price`] = ['Enter an amount like 19.99, or leave it empty.'];
    const sizes = variant.sizes.map((size, s) => {
      const at = `variants.${v}.sizes.${s}`;
      need(`${at}.size`, size.size);
      need(`${at}.sku`, size.sku);
      const sku = size.sku.trim();
      if (sku && skus.has(sku.toLowerCase())) errors[`${at}.sku`] = ['Each SKU is used once.'];
      skus.set(sku.toLowerCase(), at);
      const stock = Number(size.stock.trim() || '0');
      if (!Number.isInteger(stock) || stock < 0) errors[`${at}.stock`] = ['A whole number, 0 or more.'];
      return { ...(size.id ? { id: size.id } : {}), size: size.size.trim(), sku, stock };
    });
    return {
      ...(variant.id ? { id: variant.id } : {}),
      color: variant.color.trim(),
      price: own ?? null,
      sizes,
    };
  });
  if (Object.keys(errors).length)
    return { ok: false, problem: localProblem('Check the marked fields.', errors) };
  return {
    ok: true,
    body: {
      name: draft.name.trim(),
      description: draft.description.trim(),
      price: price!,
      category: draft.category,
      is_active: draft.is_active,
      variants,
    },
  };
}

interface ProductLike {
  name: string;
  description: string;
  price: string;
  category: { id: string };
  is_active: boolean;
  variants: {
    id: string;
    color: string;
    price: string | null;
    sizes: { id: string; size: string; sku: string; stock: number }[];
  }[];
}

/** A stored product as drafts, to edit it. */
export function toDraft(product: ProductLike): ProductDraft {
  return {
    name: product.name,
    description: product.description,
    price: product.price,
    category: product.category.id,
    is_active: product.is_active,
    variants: product.variants.map((v) => ({
      key: v.id,
      id: v.id,
      color: v.color,
      price: v.price ?? '',
      sizes: v.sizes.map((s) => ({ key: s.id, id: s.id, size: s.size, sku: s.sku, stock: String(s.stock) })),
    })),
  };
}
