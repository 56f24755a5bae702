import { Link, NavLink, Outlet } from 'react-router';

export const API_DOCS_URL = '/api/docs/';

export function Layout() {
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
          <nav aria-label="Main">
            <ul className="nav">
              <li>
                <NavLink to="/" end className="nav__link">
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink to="/signin" className="nav__link">
                  Sign in
                </NavLink>
              </li>
              <li>
                {/* Served by the API server, not a client route: a full page load. */}
                <a href={API_DOCS_URL} className="nav__link">
                  API docs
                </a>
              </li>
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
