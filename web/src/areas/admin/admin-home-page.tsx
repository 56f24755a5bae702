import { Link } from 'react-router';
import { can, isStaff, USER_TYPE_LABELS } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';

interface Section {
  title: string;
  summary: string;
  to: string;
  link: string;
  allowed: boolean;
  who: string;
}

/** `/admin`: what this role can open here, and what is still to come. */
export function AdminHomePage() {
  useDocumentTitle('Admin');
  const { user } = useSession();
  const sections: Section[] = [
    {
      title: 'Users',
      summary: 'Find people, approve or reject vendors, add staff, managers and admins, deactivate accounts.',
      to: '/admin/users',
      link: 'Open the users',
      allowed: can.listUsers(user),
      who: 'Managers and admins',
    },
    {
      title: 'API clients',
      summary: 'The frontends and services that call the API: their keys, rate limits and usage.',
      to: '/admin/clients',
      link: 'Open the API clients',
      allowed: can.manageClients(user),
      who: 'Admins',
    },
    {
      title: 'Orders',
      summary: 'Every order in the shop: find one, and move it along paid, processing, shipped, delivered.',
      to: '/admin/orders',
      link: 'Open the orders',
      allowed: isStaff(user),
      who: 'Staff',
    },
    {
      title: 'Inventory',
      summary:
        'Stock per SKU with low-stock flags, adjustments with a reason, and the ledger of every change.',
      to: '/admin/inventory',
      link: 'Open the inventory',
      allowed: isStaff(user),
      who: 'Staff',
    },
    {
      title: 'Categories and products',
      summary:
        'The category tree the shop filters by, and every product with its variants, sizes and pictures.',
      to: '/admin/categories',
      link: 'Open the categories',
      allowed: can.decideVendors(user),
      who: 'Managers and admins',
    },
    {
      title: 'Audit log',
      summary: 'Sign-ins, failures, lockouts, role changes and API client keys: who, what, when, from where.',
      to: '/admin/audit',
      link: 'Open the audit log',
      allowed: can.manageUsers(user),
      who: 'Admins',
    },
    {
      title: 'Mail outbox',
      summary: 'Mails the server would have sent, kept here while no SMTP server is configured.',
      to: '/admin/mail',
      link: 'Open the mail outbox',
      allowed: can.readMail(user),
      who: 'Superusers',
    },
  ];
  const later = ['Promotions', 'Subscribers, payments and bills', 'Point-of-sale terminal'];
  return (
    <section aria-labelledby="admin-title" className="page">
      <header className="page__head">
        <h1 id="admin-title">Admin</h1>
        {user ? (
          <p className="muted">
            Signed in as {USER_TYPE_LABELS[user.user_type].toLowerCase()}
            {user.is_superuser ? ' (superuser)' : ''}.
          </p>
        ) : null}
      </header>
      <ul className="cards cards--three">
        {sections.map((section) => (
          <li key={section.title} className="card">
            <div className="card__head">
              <h2 className="card__title">{section.title}</h2>
              {section.allowed ? null : <span className="badge">{section.who} only</span>}
            </div>
            <p>{section.summary}</p>
            {section.allowed ? (
              <p className="card__link">
                <Link to={section.to}>{section.link}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted">Coming to the admin area next: {later.join(', ')}.</p>
    </section>
  );
}
