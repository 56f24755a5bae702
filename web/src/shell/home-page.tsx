import { Link } from 'react-router';
import { isStaff } from '../lib/roles.js';
import { useSession } from '../lib/session.js';
import { useDocumentTitle } from '../lib/use-document-title.js';
import { ApiStatus } from './api-status.js';
import { API_DOCS_URL } from './layout.js';

interface Area {
  id: string;
  title: string;
  summary: string;
  /** What is built so far; `soon` shows the "Coming soon" badge. */
  state: 'soon' | 'partial';
}

const AREAS: readonly Area[] = [
  {
    id: 'storefront',
    title: 'Storefront',
    summary:
      'Browse and search the catalogue, pick a variant and size, fill a cart, check out and track orders. Vendors sell their own products.',
    state: 'partial',
  },
  {
    id: 'account',
    title: 'Account',
    summary:
      'Sign up as a customer, creator or vendor, verify your email, sign in, and manage your profile and password. Bills and your loyalty card come next.',
    state: 'partial',
  },
  {
    id: 'pos',
    title: 'Point of sale',
    summary: 'A staff terminal: scan a customer, see their balance and promotions, award and redeem points.',
    state: 'soon',
  },
  {
    id: 'admin',
    title: 'Admin',
    summary:
      'Users and vendor approval, API clients with their keys and usage, orders, inventory, the audit log and the mail outbox. Promotions and billing come next.',
    state: 'partial',
  },
];

function AreaLinks({ id }: { id: string }) {
  const { state, user } = useSession();
  if (id === 'account') {
    if (state.status === 'loading') return null;
    return user ? (
      <p className="card__link">
        <Link to="/account">Your account</Link>
      </p>
    ) : (
      <p className="card__link card__links">
        <Link to="/signup">Create an account</Link>
        <Link to="/signin">Sign in</Link>
      </p>
    );
  }
  if (id === 'storefront') {
    return (
      <p className="card__link">
        <Link to="/shop">Open the shop</Link>
      </p>
    );
  }
  if (id === 'admin') {
    if (state.status === 'loading') return null;
    return (
      <p className="card__link">
        {isStaff(user) ? (
          <Link to="/admin">Open the admin area</Link>
        ) : (
          <span className="muted">For staff, managers and admins.</span>
        )}
      </p>
    );
  }
  return null;
}

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
                {area.state === 'soon' ? <span className="badge">Coming soon</span> : null}
                {area.state === 'partial' ? <span className="badge badge--ok">Available</span> : null}
              </div>
              <p>{area.summary}</p>
              <AreaLinks id={area.id} />
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
