/**
 * The account home's three cards (the account dashboard): profile, billing and
 * loyalty, each its own query started at once, each with its own loading and
 * error state, so one failing leaves the other two standing.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { balanceWords, formatDay } from '../../lib/billing.js';
import { formatDate } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { type Loaded, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { displayName, USER_TYPE_LABELS } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useMoney } from '../../lib/shop.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { useBillingSummary } from './billing-page.js';

export function AccountDashboard() {
  return (
    <div className="cards cards--three" data-testid="account-dashboard">
      <ProfileCard />
      <BillingCard />
      <LoyaltyCard />
    </div>
  );
}

/** A card: its title, then its loading state, its problem (with a retry), or its content. */
function DashboardCard<T>({
  id,
  title,
  state,
  loadingLabel,
  children,
}: {
  id: string;
  title: string;
  state: Loaded<T>;
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  let body: ReactNode;
  if (state.data !== undefined && state.status !== 'error') body = children(state.data);
  else if (state.status === 'error') body = <ErrorPanel problem={state.problem} onRetry={state.reload} />;
  else body = <Loading label={loadingLabel} />;
  return (
    <CardFrame id={id} title={title}>
      {body}
    </CardFrame>
  );
}

function CardFrame({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id} data-testid={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ProfileCard() {
  const profile = useApiQuery(keys.myProfile, (signal) =>
    settle(api.GET('/api/auth/profile/', { signal }), signal),
  );
  return (
    <DashboardCard
      id="dashboard-profile"
      title="Profile"
      state={profile}
      loadingLabel="Loading your profile…"
    >
      {(user) => (
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{displayName(user)}</dd>
          </div>
          <div>
            <dt>Account</dt>
            <dd>{USER_TYPE_LABELS[user.user_type]}</dd>
          </div>
          <div>
            <dt>Member since</dt>
            <dd>{formatDate(user.date_joined)}</dd>
          </div>
        </dl>
      )}
    </DashboardCard>
  );
}

function BillingCard() {
  const money = useMoney();
  const summary = useBillingSummary();
  return (
    <DashboardCard
      id="dashboard-billing"
      title="Billing"
      state={summary}
      loadingLabel="Loading your balance…"
    >
      {(data) => (
        <>
          <dl className="facts">
            <div>
              <dt>Balance</dt>
              <dd>{balanceWords(data.current_balance, money)}</dd>
            </div>
            <div>
              <dt>Next bill</dt>
              <dd>{formatDay(data.next_billing_date)}</dd>
            </div>
          </dl>
          <Link to="/account/billing" className="card__link">
            Bills and payments
          </Link>
        </>
      )}
    </DashboardCard>
  );
}

/** Loyalty cards are for customer accounts: anyone else is told so without asking the server. */
function LoyaltyCard() {
  const { user } = useSession();
  if (user?.user_type !== 'customer')
    return (
      <CardFrame id="dashboard-loyalty" title="Loyalty">
        <p>Loyalty cards are for customer accounts.</p>
      </CardFrame>
    );
  return <CustomerLoyaltyCard />;
}

function CustomerLoyaltyCard() {
  const card = useApiQuery(keys.myLoyalty, (signal) =>
    settle(api.GET('/api/loyalty/me/', { params: { query: { page: 1, page_size: 1 } }, signal }), signal),
  );
  return (
    <DashboardCard id="dashboard-loyalty" title="Loyalty" state={card} loadingLabel="Loading your points…">
      {(data) => (
        <>
          <dl className="facts">
            <div>
              <dt>Points</dt>
              <dd>{data.balance}</dd>
            </div>
            <div>
              <dt>Card</dt>
              <dd>
                <code>{data.customer_id}</code>
              </dd>
            </div>
          </dl>
          <Link to="/account/loyalty" className="card__link">
            Your loyalty card
          </Link>
        </>
      )}
    </DashboardCard>
  );
}
