/**
 * `/account/billing`: the signed-in subscriber's balance, next billing date,
 * package, bills and payments. Someone without a subscription is told so.
 */
import { api } from '../../lib/api.js';
import { balanceWords, CONNECTION_LABELS, formatDay, SUBSCRIBER_STATUS_LABELS } from '../../lib/billing.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { PagedList, useUrlFilters } from '../../ui/list.js';
import { LedgerTable } from '../billing/billing-parts.js';
import { AccountNav } from './account-nav.js';

const PAGE_SIZE = 12;

/** `GET /api/billing/summary/`: balance and next billing date (zero for someone who is not a subscriber). */
export function useBillingSummary() {
  return useApiQuery([...keys.myBilling, 'summary'], (signal) =>
    settle(api.GET('/api/billing/summary/', { signal }), signal),
  );
}

export function AccountBillingPage() {
  useDocumentTitle('Billing');
  const money = useMoney();
  const summary = useBillingSummary();
  const subscription = useApiQuery([...keys.myBilling, 'subscription'], (signal) =>
    settle(api.GET('/api/v1/customers', { params: { query: { page: 1, page_size: 1 } }, signal }), signal),
  );
  const mine = subscription.data?.results[0];
  const notSubscriber = subscription.status === 'ready' && !mine;
  return (
    <section className="page" aria-labelledby="billing-title">
      <header className="page__head">
        <h1 id="billing-title">Billing</h1>
        <AccountNav />
      </header>
      <LoadStatus state={subscription} loadingLabel="Loading your subscription…" />
      {notSubscriber ? (
        <div className="empty" data-testid="no-subscription">
          <h2>No internet subscription</h2>
          <p>
            This account has no subscription, so there is nothing to pay. If you have one, ask us to link it
            to this account.
          </p>
        </div>
      ) : null}
      {mine ? (
        <>
          <div className="cards cards--three">
            <section className="panel" aria-labelledby="balance-title">
              <h2 id="balance-title">Balance</h2>
              <LoadStatus state={summary} loadingLabel="Loading your balance…" />
              {summary.data ? (
                <dl className="facts" data-testid="billing-summary">
                  <div>
                    <dt>Balance</dt>
                    <dd>
                      <strong data-testid="billing-balance">
                        {balanceWords(summary.data.current_balance, money)}
                      </strong>
                    </dd>
                  </div>
                  <div>
                    <dt>Next bill</dt>
                    <dd>{formatDay(summary.data.next_billing_date)}</dd>
                  </div>
                  <div>
                    <dt>Billed</dt>
                    <dd>Every month</dd>
                  </div>
                </dl>
              ) : null}
            </section>
            <section className="panel" aria-labelledby="plan-title">
              <h2 id="plan-title">Your package</h2>
              <dl className="facts">
                <div>
                  <dt>Package</dt>
                  <dd>
                    {mine.package.name}: {mine.package.speed_mbps} Mbps, {money(mine.package.price)} a month
                  </dd>
                </div>
                <div>
                  <dt>Connection</dt>
                  <dd>{CONNECTION_LABELS[mine.connection_type]}</dd>
                </div>
                <div>
                  <dt>Status</dt>
                  <dd>{SUBSCRIBER_STATUS_LABELS[mine.status]}</dd>
                </div>
              </dl>
            </section>
          </div>
          <Ledger kind="BILL" title="Bills" param="bills_page" empty="No bill yet." />
          <Ledger kind="PAYMENT" title="Payments" param="payments_page" empty="No payment yet." />
        </>
      ) : null}
    </section>
  );
}

/** One kind of the subscriber's own ledger (`/api/v1/payments` shows only theirs), paged in its own URL parameter. */
function Ledger({
  kind,
  title,
  param,
  empty,
}: {
  kind: 'BILL' | 'PAYMENT';
  title: string;
  param: string;
  empty: string;
}) {
  const filters = useUrlFilters();
  const raw = filters.get(param);
  const page = /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : 1;
  const query = { kind, page, page_size: PAGE_SIZE };
  const list = useApiQuery([...keys.myBilling, 'ledger', query], (signal) =>
    settle(api.GET('/api/v1/payments', { params: { query }, signal }), signal),
  );
  const id = `${kind.toLowerCase()}-title`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <PagedList
        list={list}
        filters={{ page, update: (changes) => filters.update({ [param]: changes.page }) }}
        pageSize={PAGE_SIZE}
        label={`${title} pages`}
        loadingLabel={`Loading your ${title.toLowerCase()}…`}
        empty={empty}
      >
        {(rows, busy) => (
          <LedgerTable rows={rows} busy={busy} caption={`Your ${title.toLowerCase()}`} showEntryBy={false} />
        )}
      </PagedList>
    </section>
  );
}
