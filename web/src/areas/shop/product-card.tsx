import type { Schemas } from '@mercato/sdk';
import { Link } from 'react-router';
import { useMoney } from '../../lib/shop.js';
import { ProductThumb } from './product-thumb.js';

export type ProductListItem = Schemas['ProductListItem'];

export function ProductGrid({ products, busy }: { products: ProductListItem[]; busy?: boolean }) {
  return (
    <ul className="product-grid" aria-busy={busy || undefined}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </ul>
  );
}

function ProductCard({ product }: { product: ProductListItem }) {
  const money = useMoney();
  return (
    <li className="card product-card" data-testid="product-card" data-slug={product.slug}>
      <Link to={`/shop/products/${product.slug}`} className="product-card__link">
        <ProductThumb image={product.image} alt="" />
        <span className="product-card__name">{product.name}</span>
      </Link>
      <span className="product-card__meta">
        {/* What it costs at least today (the cheapest size in stock): what price filters and sorting use. */}
        <strong>
          {product.from_price === product.price ? null : <span className="muted">From </span>}
          {money(product.from_price)}
        </strong>
        {product.in_stock ? null : <span className="badge badge--muted">Out of stock</span>}
      </span>
      <span className="muted product-card__category">{product.category.name}</span>
    </li>
  );
}
