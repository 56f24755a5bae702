import { type FormEvent, useState } from 'react';
import { Link, Outlet, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useSession } from '../../lib/session.js';
import { useMoney } from '../../lib/shop.js';
import { nextParams, readPage } from '../../lib/url-state.js';
import { useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { SearchBox } from '../../ui/forms.js';
import { Pagination } from '../../ui/pagination.js';
import { ProductThumb } from '../shop/product-thumb.js';

const PAGE_SIZE = 20;

/** The vendor area: approved vendors, managers and admins (the server checks it too). */
export function RequireSeller() {
  const { user } = useSession();
  if (user?.user_type === 'manager' || user?.user_type === 'admin') return <Outlet />;
  if (user?.user_type === 'vendor' && user.vendor_status === 'approved') return <Outlet />;
  if (user?.user_type === 'vendor')
    return (
      <NotAllowedPage
        detail={
          user.vendor_status === 'rejected'
            ? 'Your vendor account was not approved, so you cannot sell in the shop.'
            : 'Your vendor account is waiting for approval. We will email you once a manager has approved it.'
        }
      />
    );
  return <NotAllowedPage detail="Only approved vendors, managers and admins can sell in the shop." />;
}

/** `/vendor/products`: my products (all products for managers and admins). */
export function VendorProductsPage() {
  useDocumentTitle('My products');
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const search = params.get('search') ?? '';
  const [searchText, setSearchText] = useState(search);
  const list = useLoad(
    (signal) =>
      settle(
        api.GET('/api/vendor/products/', {
          params: { query: { page, page_size: PAGE_SIZE, ...(search ? { search } : {}) } },
          signal,
        }),
        signal,
      ),
    [params.toString()],
  );
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParams(nextParams(params, { search: searchText }));
  };
  const data = list.data;
  return (
    <section className="page" aria-labelledby="vendor-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="vendor-title">My products</h1>
          <p className="muted">{data ? `${data.count} ${data.count === 1 ? 'product' : 'products'}` : ' '}</p>
        </div>
        <Link to="/vendor/products/new" className="button">
          New product
        </Link>
      </header>
      <form className="filters" onSubmit={onSearch} aria-label="Filter products">
        <SearchBox
          label="Search"
          id="vendor-search"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
      </form>
      {list.status === 'error' ? <ErrorPanel problem={list.problem} onRetry={list.reload} /> : null}
      {!data && list.status === 'loading' ? <Loading label="Loading your products…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <p className="empty">No products yet. Create your first one.</p>
        ) : (
          <ul className="cart-lines" aria-busy={list.status === 'loading' || undefined}>
            {data.results.map((product) => (
              <li key={product.id} className="card cart-line" data-testid="vendor-product">
                <ProductThumb image={product.image} alt="" />
                <div className="cart-line__body">
                  <Link to={`/vendor/products/${product.id}`} className="cart-line__name">
                    {product.name}
                  </Link>
                  <p className="muted">
                    {money(product.price)} · {product.category.name} ·{' '}
                    {product.is_active
                      ? product.in_stock
                        ? 'On sale'
                        : 'Out of stock'
                      : 'Hidden from the shop'}
                  </p>
                </div>
                <div className="cart-line__controls">
                  <Link to={`/shop/products/${product.slug}`} className="button button--small button--quiet">
                    View in shop
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {data ? (
        <Pagination
          label="Product pages"
          page={page}
          pageSize={PAGE_SIZE}
          count={data.count}
          onPage={(p) => setParams(nextParams(params, { page: p }))}
        />
      ) : null}
    </section>
  );
}
