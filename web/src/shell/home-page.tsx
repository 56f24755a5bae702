import { Link } from 'react-router';
import type { PublicCategory } from '../areas/shop/categories.js';
import { useCategories } from '../areas/shop/categories.js';
import { ProductGrid } from '../areas/shop/product-card.js';
import { ProductThumb } from '../areas/shop/product-thumb.js';
import { ShopSearch } from '../areas/shop/shop-search.js';
import { api } from '../lib/api.js';
import { settle } from '../lib/problem.js';
import { useApiQuery } from '../lib/query.js';
import { keys } from '../lib/query-keys.js';
import { useSession } from '../lib/session.js';
import { useDocumentTitle } from '../lib/use-document-title.js';
import { LoadStatus } from '../ui/feedback.js';

/** How many products and categories the home features. */
const FEATURED_PRODUCTS = 8;
const FEATURED_CATEGORIES = 6;

/**
 * `/`: the storefront's front door. Featured are the top-level categories
 * (each shown with a picture of one of its products in stock) and the newest
 * products in stock, so what is shown can be bought.
 */
export function HomePage() {
  useDocumentTitle();
  const { user } = useSession();
  const categories = useCategories();
  const featured = useApiQuery([...keys.products, 'featured'], (signal) =>
    settle(
      api.GET('/api/products/', {
        params: { query: { page_size: FEATURED_PRODUCTS, in_stock: true, ordering: '-created_at' } },
        signal,
      }),
      signal,
    ),
  );
  const top = (categories.data ?? []).filter((c) => c.depth === 0).slice(0, FEATURED_CATEGORIES);
  return (
    <>
      <section className="hero hero--shop" aria-labelledby="hero-title">
        <h1 id="hero-title">Mercato</h1>
        <p className="hero__lead">
          New arrivals every week from our own shelves and the independent makers who sell with us. Pay online
          or on delivery, and follow your order to your door.
        </p>
        <ShopSearch
          label="Search the shop"
          placeholder="What are you looking for?"
          className="hero__search"
        />
        <p className="hero__actions">
          <Link to="/shop/products" className="button">
            Shop all products
          </Link>
          {user ? null : <Link to="/signup">Create an account</Link>}
        </p>
      </section>

      <section aria-labelledby="featured-categories-title" className="stack">
        <div className="section-head">
          <h2 id="featured-categories-title">Shop by category</h2>
          <Link to="/shop">All categories</Link>
        </div>
        <LoadStatus state={categories} loadingLabel="Loading categories…" />
        {categories.data && top.length === 0 ? <p className="empty">No categories yet.</p> : null}
        {top.length ? (
          <ul className="featured-categories" data-testid="featured-categories">
            {top.map((category) => (
              <CategoryTile key={category.id} category={category} />
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="featured-products-title" className="stack">
        <div className="section-head">
          <h2 id="featured-products-title">New arrivals</h2>
          <Link to="/shop/products">See all products</Link>
        </div>
        <LoadStatus state={featured} loadingLabel="Loading products…" />
        {featured.data ? (
          featured.data.results.length ? (
            <div data-testid="featured-products">
              <ProductGrid products={featured.data.results} />
            </div>
          ) : (
            <p className="empty">No products in stock right now: come back soon.</p>
          )
        ) : null}
      </section>
    </>
  );
}

/** A category with the picture of one of its products in stock (the newest). */
function CategoryTile({ category }: { category: PublicCategory }) {
  const cover = useApiQuery([...keys.products, 'category-cover', category.slug], (signal) =>
    settle(
      api.GET('/api/products/', {
        params: { query: { category: category.slug, in_stock: true, page_size: 1, ordering: '-created_at' } },
        signal,
      }),
      signal,
    ),
  );
  const product = cover.data?.results[0];
  return (
    <li className="card featured-category">
      <Link
        to={`/shop/products?category=${encodeURIComponent(category.slug)}`}
        className="featured-category__link"
      >
        <ProductThumb image={product?.image} alt="" />
        <span className="featured-category__name">{category.name}</span>
      </Link>
    </li>
  );
}
