import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title.js';
import { ApiStatus } from './api-status.js';
import { API_DOCS_URL } from './layout.js';

interface Area {
  id: string;
  title: string;
  summary: string;
  built: boolean;
}

const AREAS: readonly Area[] = [
  {
    id: 'storefront',
    title: 'Storefront',
    summary:
      'Browse and search the catalogue, pick a variant and size, fill a cart, check out and track orders.',
    built: false,
  },
  {
    id: 'account',
    title: 'Account',
    summary:
      'Sign up and sign in, manage your profile, see your bills and your loyalty card with its QR code.',
    built: false,
  },
  {
    id: 'pos',
    title: 'Point of sale',
    summary: 'A staff terminal: scan a customer, see their balance and promotions, award and redeem points.',
    built: false,
  },
  {
    id: 'admin',
    title: 'Admin',
    summary:
      'Users and vendors, products and orders, promotions, subscribers and billing, inventory and audit.',
    built: false,
  },
];

export function HomePage() {
  useDocumentTitle();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Mercato</h1>
        <p className="hero__lead">
          Mercato is one system for a business that sells online and at the counter: an online shop, a
          point-of-sale loyalty program, monthly subscription billing, inventory and sign-in for all of them,
          working together. Start it on a laptop with one command and an embedded database; run the same code
          on PostgreSQL and Redis across many machines as you grow.
        </p>
        <ApiStatus />
      </section>

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">Areas</h2>
        <ul className="cards">
          {AREAS.map((area) => (
            <li key={area.id} className="card">
              <div className="card__head">
                <h3 id={`area-${area.id}`}>{area.title}</h3>
                {area.built ? null : <span className="badge">Coming soon</span>}
              </div>
              <p>{area.summary}</p>
              {area.id === 'account' ? (
                <p className="card__link">
                  <Link to="/signin">Preview the sign-in page</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="developers-title">
        <h2 id="developers-title">For developers</h2>
        <p>
          Every screen here talks to the same documented HTTP API that your own frontends can use. Read the{' '}
          <a href={API_DOCS_URL}>API reference</a>, try requests in{' '}
          <a href="/api/schema/swagger/">Swagger UI</a>, or fetch the{' '}
          <a href="/api/schema/">OpenAPI document</a>.
        </p>
      </section>
    </>
  );
}
