import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { useCategories } from './categories.js';
import { ProductGrid } from './product-card.js';
import { ShopSearch } from './shop-search.js';

/** `/shop`: the categories and the newest products. */
export function ShopHomePage() {
  useDocumentTitle('Shop');
  const categories = useCategories();
  const newest = useApiQuery([...keys.products, 'newest'], (signal) =>
    settle(
      api.GET('/api/products/', { params: { query: { page_size: 8, ordering: '-created_at' } }, signal }),
      signal,
    ),
  );
  const top = categories.data?.filter((c) => c.depth === 0) ?? [];
  return (
    <section className="page" aria-labelledby="shop-title">
      <header className="page__head page__head--row">
        <h1 id="shop-title">Shop</h1>
        <ShopSearch label="Search products" placeholder="Search products" small />
      </header>
      <section aria-labelledby="categories-title" className="stack">
        <h2 id="categories-title">Categories</h2>
        <LoadStatus state={categories} loadingLabel="Loading categories…" />
        {categories.data && top.length === 0 ? <p className="empty">No categories yet.</p> : null}
        {top.length ? (
          <ul className="category-tiles">
            {top.map((category) => {
              const children = categories.data?.filter((c) => c.parent === category.id) ?? [];
              return (
                <li key={category.id} className="card category-tile">
                  <Link
                    to={`/shop/products?category=${encodeURIComponent(category.slug)}`}
                    className="category-tile__name"
                  >
                    {category.name}
                  </Link>
                  {children.length ? (
                    <span className="muted">
                      {children.map((child, i) => (
                        <span key={child.id}>
                          {i ? ', ' : ''}
                          <Link to={`/shop/products?category=${encodeURIComponent(child.slug)}`}>
                            {child.name}
                          </Link>
                        </span>
                      ))}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="newest-title" className="stack">
        <div className="section-head">
          <h2 id="newest-title">New in</h2>
          <Link to="/shop/products">See all products</Link>
        </div>
        <LoadStatus state={newest} loadingLabel="Loading products…" />
        {newest.data ? (
          newest.data.results.length ? (
            <ProductGrid products={newest.data.results} />
          ) : (
            <p className="empty">No products yet.</p>
          )
        ) : null}
      </section>
    </section>
  );
}
