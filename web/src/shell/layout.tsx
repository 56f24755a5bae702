import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { displayName, isStaff } from '../lib/roles.js';
import { useSession } from '../lib/session.js';
import { useCart } from '../lib/shop.js';

export const API_DOCS_URL = '/api/docs/';

/** Sign in / sign up, or who is signed in and a way out. Nothing while the session is loading. */
function SessionNav() {
  const { state, user, session } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  if (state.status === 'loading') return null;
  if (!user) {
    return (
      <>
        <li>
          <NavLink to="/signin" className="nav__link">
            Sign in
          </NavLink>
        </li>
        <li>
          <NavLink to="/signup" className="nav__link">
            Sign up
          </NavLink>
        </li>
      </>
    );
  }
  const onSignOut = async () => {
    setBusy(true);
    setFailed(false);
    const outcome = await session.signOut();
    setBusy(false);
    if (outcome.ok) navigate('/', { replace: true });
    else setFailed(true);
  };
  const seller =
    user.user_type === 'manager' ||
    user.user_type === 'admin' ||
    (user.user_type === 'vendor' && user.vendor_status === 'approved');
  return (
    <>
      <CartLink />
      <li>
        <NavLink to="/orders" className="nav__link">
          Orders
        </NavLink>
      </li>
      <li>
        <NavLink to="/wishlist" className="nav__link">
          Wishlist
        </NavLink>
      </li>
      {seller ? (
        <li>
          <NavLink to="/vendor/products" className="nav__link">
            Sell
          </NavLink>
        </li>
      ) : null}
      {seller ? (
        <li>
          <NavLink to="/vendor/orders" className="nav__link">
            Sales
          </NavLink>
        </li>
      ) : null}
      {isStaff(user) ? (
        <li>
          <NavLink to="/admin" className="nav__link">
            Admin
          </NavLink>
        </li>
      ) : null}
      <li>
        <NavLink to="/account" className="nav__link nav__user" title="Your account">
          <span className="visually-hidden">Account of </span>
          <span data-testid="signed-in-name">{displayName(user)}</span>
        </NavLink>
      </li>
      <li>
        <button
          type="button"
          className="nav__link nav__button"
          onClick={onSignOut}
          disabled={busy}
          aria-describedby={failed ? 'sign-out-failed' : undefined}
        >
          {busy ? 'Signing out…' : failed ? 'Sign out (try again)' : 'Sign out'}
        </button>
        {failed ? (
          <span id="sign-out-failed" className="visually-hidden" role="alert">
            Could not sign out: the server did not answer.
          </span>
        ) : null}
      </li>
    </>
  );
}

/** "Cart (3)": units in the signed-in user's cart, kept current by every page that changes it. */
function CartLink() {
  const cart = useCart();
  const count = 'cart' in cart && cart.cart ? cart.cart.item_count : undefined;
  return (
    <li>
      <NavLink
        to="/cart"
        className="nav__link"
        aria-label={count === undefined ? 'Cart' : `Cart, ${count} items`}
      >
        Cart
        {count ? (
          <span className="nav__count" data-testid="cart-badge">
            {count}
          </span>
        ) : null}
      </NavLink>
    </li>
  );
}

/**
 * The header's menu on phones: a button that opens the navigation as a drawer
 * under the header (on wider screens the navigation is always shown and the
 * button hidden). It closes on a new page, on Escape and on a click outside,
 * and gives focus back to the button.
 */
function useMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    drawer.current?.querySelector<HTMLElement>('a, button')?.focus();
    const close = () => {
      setOpen(false);
      button.current?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!drawer.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return { open, setOpen, button, drawer };
}

export function Layout() {
  const menu = useMenu();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" aria-label="Mercato, home">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" />
              <path d="M8 23V10l8 8 8-8v13" />
            </svg>
            <span className="brand__name">Mercato</span>
          </Link>
          <button
            ref={menu.button}
            type="button"
            className="menu-button"
            aria-expanded={menu.open}
            aria-controls="site-nav"
            onClick={() => menu.setOpen((open) => !open)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d={menu.open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} />
            </svg>
            Menu
          </button>
          <nav
            ref={menu.drawer}
            id="site-nav"
            aria-label="Main"
            className={menu.open ? 'site-nav site-nav--open' : 'site-nav'}
          >
            <ul className="nav">
              <li>
                <NavLink to="/" end className="nav__link">
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink to="/shop" className="nav__link">
                  Shop
                </NavLink>
              </li>
              <SessionNav />
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>Mercato: shop, counter, loyalty and billing in one system.</p>
          <ul className="site-footer__links">
            <li>
              <a href={API_DOCS_URL}>API reference</a>
            </li>
            <li>
              <a href="/api/schema/swagger/">Swagger UI</a>
            </li>
            <li>
              <a href="/api/schema/">OpenAPI document</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
