/**
 * The product list's filters, search and sort, kept in the URL
 * (`/shop/products?category=shoes&search=boot&ordering=-price&page=2`): read
 * from it, turned into `GET /api/products/` query parameters. Pure, unit-tested.
 */
import type { operations } from '@mercato/sdk';
import { readAmount, readChoice, readPage } from './url-state.js';

export const ORDERINGS = ['-created_at', 'price', '-price', 'name', '-name', 'created_at'] as const;
export type Ordering = (typeof ORDERINGS)[number];

export const ORDERING_LABELS: Record<Ordering, string> = {
  '-created_at': 'Newest first',
  created_at: 'Oldest first',
  price: 'Price: low to high',
  '-price': 'Price: high to low',
  name: 'Name: A to Z',
  '-name': 'Name: Z to A',
};

export interface ProductFilters {
  category: string;
  search: string;
  min_price: string;
  max_price: string;
  in_stock: boolean;
  vendor: string;
  ordering: Ordering | '';
  page: number;
}

export function readProductFilters(params: URLSearchParams): ProductFilters {
  return {
    category: (params.get('category') ?? '').trim(),
    search: (params.get('search') ?? '').trim(),
    min_price: readAmount(params, 'min_price'),
    max_price: readAmount(params, 'max_price'),
    in_stock: params.get('in_stock') === 'true',
    vendor: (params.get('vendor') ?? '').trim(),
    ordering: readChoice(params, 'ordering', ORDERINGS),
    page: readPage(params),
  };
}

/** The query of `GET /api/products/`, as the SDK types it. */
export type ProductQuery = NonNullable<operations['catalog.listProducts']['parameters']['query']>;

/**
 * What is wrong with a price range as typed (one message per box), or undefined
 * when it can be applied: amounts like 12 or 12.50, the min not above the max.
 */
export function priceRangeErrors(min: string, max: string): { min?: string; max?: string } | undefined {
  const amount = /^\d+([.,]\d{1,2})?$/;
  const errors: { min?: string; max?: string } = {};
  if (min && !amount.test(min)) errors.min = 'Enter an amount like 12 or 12.50.';
  if (max && !amount.test(max)) errors.max = 'Enter an amount like 12 or 12.50.';
  if (
    !errors.min &&
    !errors.max &&
    min &&
    max &&
    Number(min.replace(',', '.')) > Number(max.replace(',', '.'))
  )
    errors.max = 'The max price cannot be below the min price.';
  return errors.min || errors.max ? errors : undefined;
}

/** Only what is set. */
export function toProductQuery(filters: ProductFilters, pageSize: number): ProductQuery {
  const { min_price, max_price } = filters;
  return {
    page: filters.page,
    page_size: pageSize,
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.search ? { search: filters.search } : {}),
    ...(min_price ? { min_price } : {}),
    ...(max_price ? { max_price } : {}),
    ...(filters.in_stock ? { in_stock: true } : {}),
    ...(filters.vendor ? { vendor: filters.vendor } : {}),
    ...(filters.ordering ? { ordering: filters.ordering } : {}),
  };
}

/** How many filters narrow the list (for "Clear filters (2)"); sort and page do not count. */
export function activeFilterCount(filters: ProductFilters): number {
  return [
    filters.category,
    filters.search,
    filters.min_price,
    filters.max_price,
    filters.in_stock,
    filters.vendor,
  ].filter(Boolean).length;
}
