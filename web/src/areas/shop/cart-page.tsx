import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { checkCart } from '../../lib/money.js';
import { settle } from '../../lib/problem.js';
import { useAction } from '../../lib/query.js';
import { type CartItem, cartStore, useCart, useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { FormAlert } from '../../ui/forms.js';
import { ShopEmpty } from './orders-page.js';
import { ProductThumb } from './product-thumb.js';

/** Why a line cannot be bought as it is, in the shopper's words. */
function unavailableText(item: CartItem): string {
  switch (item.unavailable_reason) {
    case 'inactive':
      return 'No longer sold';
    case 'out_of_stock':
      return 'Out of stock';
    case 'insufficient_stock':
      return `Only ${item.size.stock} left: fewer than you want`;
    default:
      return 'Unavailable';
  }
}

/** `/cart`: the lines, their totals, and the way to checkout. Behind `RequireSignedIn`. */
export function CartPage() {
  useDocumentTitle('Your cart');
  const state = useCart();
  const cart = 'cart' in state ? state.cart : undefined;

  return (
    <section className="page" aria-labelledby="cart-title">
      <header className="page__head">
        <h1 id="cart-title">Your cart</h1>
      </header>
      {state.status === 'error' ? (
        <ErrorPanel problem={state.problem} onRetry={() => void cartStore.reload()} />
      ) : null}
      {!cart && state.status !== 'error' ? <Loading label="Loading your cart…" /> : null}
      {cart ? (
        cart.items.length === 0 ? (
          <div className="empty">
            <ShopEmpty text="Your cart is empty." />
          </div>
        ) : (
          <div className="split split--cart">
            <ul className="cart-lines" aria-busy={state.status === 'loading' || undefined}>
              {cart.items.map((item) => (
                <CartLine key={item.id} item={item} />
              ))}
            </ul>
            <CartSummary />
          </div>
        )
      ) : null}
    </section>
  );
}

function CartSummary() {
  const state = useCart();
  const money = useMoney();
  if (!('cart' in state) || !state.cart) return null;
  const { cart } = state;
  const check = checkCart(cart.items, cart.subtotal);
  return (
    <aside className="panel cart-summary" aria-labelledby="cart-summary-title">
      <h2 id="cart-summary-title">Summary</h2>
      <dl className="facts">
        <div>
          <dt>Items</dt>
          <dd data-testid="cart-count">{cart.item_count}</dd>
        </div>
        <div>
          <dt>Subtotal</dt>
          <dd>{money(cart.subtotal)}</dd>
        </div>
        <div className="facts__total">
          <dt>Total</dt>
          <dd data-testid="cart-total">{money(cart.total)}</dd>
        </div>
      </dl>
      {check.unavailable > 0 ? (
        <p className="alert alert--warn" role="status">
          {check.unavailable === 1 ? 'One line' : `${check.unavailable} lines`} cannot be bought as it is:
          change the quantity or remove it to check out.
        </p>
      ) : null}
      {check.unavailable > 0 ? (
        <button type="button" className="button" disabled>
          Check out
        </button>
      ) : (
        <Link to="/checkout" className="button">
          Check out
        </Link>
      )}
    </aside>
  );
}

function CartLine({ item }: { item: CartItem }) {
  const money = useMoney();
  const action = useAction();
  const max = Math.max(item.size.stock, item.quantity);
  const setQuantity = (quantity: number) =>
    action.run(() =>
      cartStore.apply(
        settle(
          api.PUT('/api/cart/update/{item_id}/', {
            params: { path: { item_id: item.id } },
            body: { quantity },
          }),
        ),
      ),
    );
  const remove = () =>
    action.run(() =>
      cartStore.apply(
        settle(api.DELETE('/api/cart/remove/{item_id}/', { params: { path: { item_id: item.id } } })),
      ),
    );
  const label = `${item.product.name}, ${item.variant.color}, size ${item.size.size}`;
  return (
    <li className="card cart-line" data-testid="cart-line" aria-busy={action.busy || undefined}>
      <ProductThumb image={item.product.image} alt="" />
      <div className="cart-line__body">
        <Link to={`/shop/products/${item.product.slug}`} className="cart-line__name">
          {item.product.name}
        </Link>
        <p className="muted">
          {item.variant.color} · Size {item.size.size} · {money(item.unit_price)} each
        </p>
        {item.available ? null : <p className="badge badge--warn">{unavailableText(item)}</p>}
        <FormAlert message={action.problem?.detail} />
      </div>
      <div className="cart-line__controls">
        <label className="visually-hidden" htmlFor={`qty-${item.id}`}>
          Quantity of {label}
        </label>
        <select
          id={`qty-${item.id}`}
          value={item.quantity}
          disabled={action.busy}
          onChange={(e) => void setQuantity(Number(e.target.value))}
        >
          {Array.from({ length: Math.min(Math.max(max, 1), 20) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <strong className="cart-line__total">{money(item.line_total)}</strong>
        <button
          type="button"
          className="button button--small button--quiet button--danger-text"
          onClick={() => void remove()}
          disabled={action.busy}
          aria-label={`Remove ${label}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
