/**
 * Django REST Framework's page-number pagination: `?page=N&page_size=M` (at most
 * 100) → `{count, next, previous, results}` with absolute `next`/`previous` URLs.
 * A page past the end is 404 "Invalid page.", as in DRF.
 */
import type { SelectQueryBuilder } from 'kysely';
import { type Static, type TSchema, Type } from 'typebox';
import { AppError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Page number, from 1.' })),
  page_size: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description: `Results per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
    }),
  ),
});
export type PageQuery = Static<typeof PageQuery>;

export const Paginated = <T extends TSchema>(item: T, name: string) =>
  Type.Object(
    {
      count: Type.Integer({ description: 'Results across all pages.' }),
      next: Type.Union([Type.String({ format: 'uri' }), Type.Null()]),
      previous: Type.Union([Type.String({ format: 'uri' }), Type.Null()]),
      results: Type.Array(item),
    },
    { title: name },
  );

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface PageRequest {
  page: number;
  pageSize: number;
  /** The request's URL, path and query, e.g. `/api/products/?search=tea&page=2`. */
  url: string;
  /** `PUBLIC_URL`: next/previous are built on it, never on a client-sent Host header. */
  baseUrl: string;
}

export function pageRequest(
  query: PageQuery,
  url: string,
  baseUrl: string,
  defaultSize = DEFAULT_PAGE_SIZE,
): PageRequest {
  return {
    page: query.page ?? 1,
    pageSize: Math.min(query.page_size ?? defaultSize, MAX_PAGE_SIZE),
    url,
    baseUrl,
  };
}

function pageUrl(req: PageRequest, page: number): string {
  const u = new URL(req.url, `${req.baseUrl}/`);
  const target = new URL(`${req.baseUrl}${u.pathname}${u.search}`);
  if (page === 1) target.searchParams.delete('page');
  else target.searchParams.set('page', String(page));
  return target.toString();
}

/** Builds the page body from a total and the rows of the requested page. */
export function toPage<T>(req: PageRequest, count: number, results: T[]): Page<T> {
  const last = Math.max(1, Math.ceil(count / req.pageSize));
  if (req.page > last) throw AppError.notFound('Invalid page.', 'INVALID_PAGE');
  return {
    count,
    next: req.page < last ? pageUrl(req, req.page + 1) : null,
    previous: req.page > 1 ? pageUrl(req, req.page - 1) : null,
    results,
  };
}

/**
 * A page from a total and a reader of rows: `count` first (a page past the end
 * reads no rows), then `rows(limit, offset)`. For lists whose total is kept
 * elsewhere (a cache) or whose rows come from a statement compiled once.
 */
export async function paginateWith<Row>(
  req: PageRequest,
  count: () => Promise<number>,
  rows: (limit: number, offset: number) => Promise<Row[]>,
): Promise<Page<Row>> {
  const total = await count();
  const last = Math.max(1, Math.ceil(total / req.pageSize));
  if (req.page > last) throw AppError.notFound('Invalid page.', 'INVALID_PAGE');
  return toPage(req, total, await rows(req.pageSize, (req.page - 1) * req.pageSize));
}

/** Counts the rows of a filtered query (no order, limit or select). */
export async function countRows<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
): Promise<number> {
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return Number((counted as { count?: number } | undefined)?.count ?? 0);
}

/**
 * Runs a filtered query twice, once counting and once for the page's rows.
 * `query` carries the filters (no order, limit or select); `select` adds the
 * selection and ordering for the rows.
 */
export function paginate<DB, TB extends keyof DB, O, Row>(
  req: PageRequest,
  query: SelectQueryBuilder<DB, TB, O>,
  select: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, Row>,
): Promise<Page<Row>> {
  return paginateWith(
    req,
    () => countRows(query),
    (limit, offset) => select(query).limit(limit).offset(offset).execute(),
  );
}
