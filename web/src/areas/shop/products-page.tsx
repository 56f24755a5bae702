import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import {
  activeFilterCount,
  ORDERING_LABELS,
  ORDERINGS,
  priceRangeErrors,
  readProductFilters,
  toProductQuery,
} from '../../lib/product-filters.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { nextParams } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { Checkbox, Field, SearchBox, SelectField } from '../../ui/forms.js';
import { Pagination } from '../../ui/pagination.js';
import { useCategories } from './categories.js';
import { ProductGrid } from './product-card.js';

const PAGE_SIZE = 12;

/** `/shop/products`: filters, search and sort, all in the URL. */
export function ProductsPage() {
  const [params, setParams] = useSearchParams();
  const filters = readProductFilters(params);
  const categories = useCategories();
  const category = categories.data?.find((c) => c.slug === filters.category);
  useDocumentTitle(category ? category.name : filters.search ? `Search: ${filters.search}` : 'Products');

  const [search, setSearch] = useState(filters.search);
  const [prices, setPrices] = useState({ min: filters.min_price, max: filters.max_price });
  // Back/forward changes the URL: the inputs follow.
  useEffect(() => setSearch(filters.search), [filters.search]);
  useEffect(
    () => setPrices({ min: filters.min_price, max: filters.max_price }),
    [filters.min_price, filters.max_price],
  );

  const list = useApiQuery([...keys.products, params.toString()], (signal) =>
    settle(
      api.GET('/api/products/', { params: { query: toProductQuery(filters, PAGE_SIZE) }, signal }),
      signal,
    ),
  );
  const update = (changes: Record<string, string | number>) => setParams(nextParams(params, changes));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ search });
  };
  const [priceErrors, setPriceErrors] = useState<{ min?: string; max?: string } | undefined>();
  // A range that cannot be applied is refused with a message; the list keeps the last good one.
  const onPrices = (event: FormEvent) => {
    event.preventDefault();
    const min = prices.min.trim();
    const max = prices.max.trim();
    const errors = priceRangeErrors(min, max);
    setPriceErrors(errors);
    if (errors) return;
    const [minAmount, maxAmount] = [min.replace(',', '.'), max.replace(',', '.')];
    if (minAmount !== filters.min_price || maxAmount !== filters.max_price)
      update({ min_price: minAmount, max_price: maxAmount });
  };
  const count = activeFilterCount(filters);
  const data = list.data;

  return (
    <section className="page" aria-labelledby="products-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="products-title">{category?.name ?? 'Products'}</h1>
          <p className="muted" role="status">
            {data ? `${data.count} ${data.count === 1 ? 'product' : 'products'}` : ' '}
            {filters.search ? ` matching “${filters.search}”` : ''}
          </p>
        </div>
        <SelectField
          label="Sort by"
          className="field--inline"
          value={filters.ordering || '-created_at'}
          onChange={(e) => update({ ordering: e.target.value === '-created_at' ? '' : e.target.value })}
        >
          {ORDERINGS.map((o) => (
            <option key={o} value={o}>
              {ORDERING_LABELS[o]}
            </option>
          ))}
        </SelectField>
      </header>
      <div className="shop-layout">
        <aside className="shop-filters" aria-label="Filters">
          <form onSubmit={onSearch} aria-label="Search products">
            <SearchBox
              label="Search"
              id="products-search"
              placeholder="Name or description"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </form>
          <SelectField
            label="Category"
            value={filters.category}
            onChange={(e) => update({ category: e.target.value })}
          >
            <option value="">All categories</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.slug}>
                {`${'\u2003'.repeat(c.depth)}${c.name}`}
              </option>
            ))}
          </SelectField>
          <form className="form__pair" onSubmit={onPrices} aria-label="Price range">
            <Field
              label="Min price"
              inputMode="decimal"
              value={prices.min}
              onChange={(e) => setPrices((p) => ({ ...p, min: e.target.value }))}
              errors={priceErrors?.min ? [priceErrors.min] : undefined}
            />
            <Field
              label="Max price"
              inputMode="decimal"
              value={prices.max}
              onChange={(e) => setPrices((p) => ({ ...p, max: e.target.value }))}
              errors={priceErrors?.max ? [priceErrors.max] : undefined}
            />
            {/* Visible, as keyboard focus lands on it; Enter in a box applies the range too. */}
            <button type="submit" className="button button--small button--quiet price-range__apply">
              Apply prices
            </button>
          </form>
          <Checkbox
            label="In stock only"
            checked={filters.in_stock}
            onChange={(e) => update({ in_stock: e.target.checked ? 'true' : '' })}
          />
          {count ? (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setParams(new URLSearchParams())}
            >
              Clear filters ({count})
            </button>
          ) : null}
        </aside>
        <div className="stack">
          <LoadStatus state={list} loadingLabel="Loading products…" />
          {data ? (
            data.results.length === 0 ? (
              <p className="empty">No product matches these filters.</p>
            ) : (
              <ProductGrid products={data.results} busy={list.status === 'loading'} />
            )
          ) : null}
          {data ? (
            <Pagination
              label="Product pages"
              page={filters.page}
              pageSize={PAGE_SIZE}
              count={data.count}
              onPage={(page) => update({ page })}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
