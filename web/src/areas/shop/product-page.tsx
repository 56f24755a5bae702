import type { Schemas } from '@mercato/sdk';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { signInPath } from '../../lib/redirect.js';
import { useSession } from '../../lib/session.js';
import { addToCart, useMoney } from '../../lib/shop.js';
import { onlySizeInStock, rememberChoice } from '../../lib/size-choice.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { FormAlert, SuccessAlert } from '../../ui/forms.js';
import { ProductThumb } from './product-thumb.js';

type Product = Schemas['ProductDetail'];
type Variant = Schemas['ProductVariant'];

/** Stock as a shopper reads it. */
export function stockText(stock: number): string {
  if (stock <= 0) return 'Out of stock';
  if (stock <= 5) return `Only ${stock} left`;
  return 'In stock';
}

/** `/shop/products/:slug`: pictures, colour and size pickers, stock, add to cart or wishlist. */
export function ProductPage() {
  const { slug = '' } = useParams();
  const product = useApiQuery(
    keys.product(slug),
    (signal) => settle(api.GET('/api/products/{slug}/', { params: { path: { slug } }, signal }), signal),
    { detail: true },
  );
  useDocumentTitle(product.data?.name ?? 'Product');
  if (!product.data)
    return (
      <LoadStatus
        state={product}
        loadingLabel="Loading the product…"
        back={{ to: '/shop/products', label: 'All products' }}
      />
    );
  return <ProductView key={product.data.id} product={product.data} />;
}

function ProductView({ product }: { product: Product }) {
  const money = useMoney();
  const { user } = useSession();
  const location = useLocation();
  const firstInStock = product.variants.find((v) => v.sizes.some((s) => s.stock > 0)) ?? product.variants[0];
  const [variantId, setVariantId] = useState(firstInStock?.id);
  const variant: Variant | undefined = product.variants.find((v) => v.id === variantId);
  // A colour with one size in stock has nothing to choose: it is picked.
  const [sizeId, setSizeId] = useState<string | undefined>(() => onlySizeInStock(firstInStock));
  const size = variant?.sizes.find((s) => s.id === sizeId);
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState<string | undefined>();
  const cart = useAction();
  const wish = useAction({ invalidates: [keys.wishlist] });
  const [wished, setWished] = useState(false);

  // The main picture first (when it shows for this colour), then the others in their order.
  const images = product.images
    .filter((image) => !image.variant || image.variant === variantId)
    .sort((a, b) => Number(b.is_main) - Number(a.is_main));
  const price = variant?.price ?? product.price;

  const onAdd = async () => {
    if (!size) return;
    setAdded(undefined);
    const outcome = await cart.run(() => addToCart(size.id, quantity));
    if (outcome?.ok)
      setAdded(`${quantity} × ${product.name} (${variant?.color}, ${size.size}) added to your cart.`);
  };
  const onWish = async () => {
    const outcome = await wish.run(() =>
      settle(api.POST('/api/wishlist/add/', { body: { product_id: product.id } })),
    );
    if (outcome?.ok) {
      // The wishlist keeps products: the colour and size are remembered here, for the move to the cart.
      rememberChoice(localStorage, product.id, {
        ...(variantId ? { variantId } : {}),
        ...(sizeId ? { sizeId } : {}),
      });
      setWished(true);
    }
  };

  return (
    <article className="page product" aria-labelledby="product-title">
      <p className="muted">
        <Link to="/shop/products">Products</Link> ›{' '}
        <Link to={`/shop/products?category=${encodeURIComponent(product.category.slug)}`}>
          {product.category.name}
        </Link>
      </p>
      <div className="product__layout">
        <div className="product__gallery">
          <ProductThumb
            picture={images[0]}
            alt={images[0]?.alt_text || product.name}
            large
            sizes="(min-width: 48rem) 50vw, 100vw"
          />
          {images.length > 1 ? (
            <ul className="product__thumbs">
              {images.slice(1).map((image) => (
                <li key={image.id}>
                  <ProductThumb picture={image} alt={image.alt_text} sizes="(min-width: 48rem) 12vw, 25vw" />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="product__info stack">
          <h1 id="product-title">{product.name}</h1>
          <p className="product__price" data-testid="product-price">
            {money(price)}
          </p>
          {product.vendor ? (
            <p className="muted">
              Sold by {product.vendor.name || product.vendor.username} ·{' '}
              <Link to={`/shop/products?vendor=${encodeURIComponent(product.vendor.username)}`}>
                More from this seller
              </Link>
            </p>
          ) : null}
          {product.is_active ? null : <p className="alert alert--warn">This product is no longer sold.</p>}

          {product.variants.length ? (
            <fieldset className="choice-row">
              <legend>Colour</legend>
              {product.variants.map((v) => (
                <label key={v.id} className="chip">
                  <input
                    type="radio"
                    name="variant"
                    value={v.id}
                    checked={v.id === variantId}
                    onChange={() => {
                      setVariantId(v.id);
                      setSizeId(onlySizeInStock(v));
                      setAdded(undefined);
                    }}
                  />
                  <span className="chip__label">{v.color}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <p className="muted">No variants to choose from yet.</p>
          )}
          {variant ? (
            <fieldset className="choice-row">
              <legend>Size</legend>
              {variant.sizes.map((s) => (
                <label key={s.id} className={s.stock > 0 ? 'chip' : 'chip chip--disabled'}>
                  <input
                    type="radio"
                    name="size"
                    value={s.id}
                    disabled={s.stock <= 0}
                    checked={s.id === sizeId}
                    onChange={() => {
                      setSizeId(s.id);
                      setQuantity(1);
                      setAdded(undefined);
                    }}
                  />
                  <span className="chip__label">{s.size}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <p
            data-testid="stock"
            className={size && size.stock <= 5 ? 'stock stock--low' : 'stock'}
            role="status"
          >
            {size ? `${stockText(size.stock)} · SKU ${size.sku}` : variant ? 'Choose a size.' : ''}
          </p>

          {user ? (
            <div className="product__buy">
              <label htmlFor="quantity">Quantity</label>
              <select
                id="quantity"
                value={quantity}
                disabled={!size}
                onChange={(e) => setQuantity(Number(e.target.value))}
              >
                {Array.from({ length: Math.max(1, Math.min(size?.stock ?? 1, 10)) }, (_, i) => i + 1).map(
                  (n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ),
                )}
              </select>
              <button
                type="button"
                className="button"
                onClick={() => void onAdd()}
                disabled={!size || size.stock <= 0 || !product.is_active || cart.busy}
                aria-busy={cart.busy || undefined}
              >
                {cart.busy ? 'Adding…' : 'Add to cart'}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void onWish()}
                disabled={wish.busy || wished}
              >
                {wished ? 'In your wishlist' : 'Add to wishlist'}
              </button>
            </div>
          ) : (
            <p>
              <Link to={signInPath(location.pathname)} className="button">
                Sign in to buy
              </Link>
            </p>
          )}
          <FormAlert message={cart.problem?.detail ?? wish.problem?.detail} />
          {added ? (
            <SuccessAlert>
              {added} <Link to="/cart">View your cart</Link>
            </SuccessAlert>
          ) : null}
          {product.description ? <div className="product__description">{product.description}</div> : null}
        </div>
      </div>
    </article>
  );
}
