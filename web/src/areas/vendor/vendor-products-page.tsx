import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { api } from '../../lib/api.js';
import { plural } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useSession } from '../../lib/session.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { FilterBar, PagedList, useUrlFilters } from '../../ui/list.js';
import { ProductThumb } from '../shop/product-thumb.js';
import { ProductsCsv } from './product-import.js';

const PAGE_SIZE = 20;

/** The vendor area: approved vendors, managers and admins (the server checks it too). */
export function RequireSeller() {
  const { user, session } = useSession();
  const waiting = user?.user_type === 'vendor' && user.vendor_status !== 'approved';
  // Approval may have come after this session started: ask again before saying no.
  useEffect(() => {
    if (!waiting) return;
    const controller = new AbortController();
    void session.refreshUser(controller.signal);
    return () => controller.abort();
  }, [waiting, session]);
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
  const filters = useUrlFilters();
  const { page } = filters;
  const search = filters.get('search');
  const query = { page, page_size: PAGE_SIZE, ...(search ? { search } : {}) };
  const list = useApiQuery([...keys.vendorProducts, filters.key], (signal) =>
    settle(api.GET('/api/vendor/products/', { params: { query }, signal }), signal),
  );
  const count = list.data?.count;
  return (
    <section className="page" aria-labelledby="vendor-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="vendor-title">My products</h1>
          <p className="muted">{count === undefined ? ' ' : plural(count, 'product')}</p>
        </div>
        <Link to="/vendor/products/new" className="button">
          New product
        </Link>
      </header>
      <ProductsCsv />
      <FilterBar filters={filters} label="Filter products" />
      <PagedList
        list={list}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Product pages"
        loadingLabel="Loading your products…"
        empty="No products yet. Create your first one."
      >
        {(products, busy) => (
          <ul className="cart-lines" aria-busy={busy || undefined}>
            {products.map((product) => (
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
        )}
      </PagedList>
    </section>
  );
}
