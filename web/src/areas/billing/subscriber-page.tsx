/**
 * `/admin/billing/subscribers/:uid`: one subscriber: who, package, connection
 * (credentials only on request), balance, and their bills and payments.
 */
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../lib/api.js';
import {
  balanceWords,
  CONNECTION_LABELS,
  credentialLabel,
  type LedgerEntry,
  ledgerTotals,
  SUBSCRIBER_STATUS_LABELS,
} from '../../lib/billing.js';
import { formatDate } from '../../lib/format.js';
import { type Outcome, settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { SuccessAlert } from '../../ui/forms.js';
import { PagedList, useUrlFilters } from '../../ui/list.js';
import { LedgerTable, type Subscriber, subscriberName } from './billing-parts.js';
import { DeletePaymentDialog, PaymentDialog } from './payment-dialog.js';
import { SubscriberDialog } from './subscriber-dialog.js';

const PAGE_SIZE = 20;
const BACK = { to: '/admin/billing', label: 'Back to the subscribers' };

/** Every entry of a subscriber's ledger, page by page (for the balance). */
async function wholeLedger(uid: string, signal: AbortSignal): Promise<Outcome<LedgerEntry[]>> {
  const rows: LedgerEntry[] = [];
  for (let page = 1; ; page += 1) {
    const outcome = await settle(
      api.GET('/api/v1/customers/{uid}/payments', {
        params: { path: { uid }, query: { page, page_size: 100 } },
        signal,
      }),
      signal,
    );
    if (!outcome.ok) return outcome;
    rows.push(...outcome.data.results);
    if (!outcome.data.next) return { ok: true, data: rows, status: 200 };
  }
}

export function SubscriberPage() {
  const { uid = '' } = useParams();
  const subscriber = useApiQuery(
    keys.billingSubscriber(uid),
    (signal) => settle(api.GET('/api/v1/customers/{uid}', { params: { path: { uid } }, signal }), signal),
    { detail: true },
  );
  useDocumentTitle(subscriber.data ? subscriberName(subscriber.data) : 'Subscriber');
  if (!subscriber.data)
    return <LoadStatus state={subscriber} loadingLabel="Loading the subscriber…" back={BACK} />;
  return <SubscriberDetail subscriber={subscriber.data} />;
}

type Pending = { kind: 'edit' } | { kind: 'pay' } | { kind: 'delete'; row: LedgerEntry } | undefined;

function SubscriberDetail({ subscriber }: { subscriber: Subscriber }) {
  const money = useMoney();
  const filters = useUrlFilters();
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<string | undefined>();
  // Revealed on request only: the detail carries no credentials; Show credentials reads them
  // (`?reveal=credentials`, audited on the server each time) and Hide forgets them.
  const [revealed, setRevealed] = useState<Outcome<Record<string, string> | null> | 'loading'>();
  const { uid } = subscriber;
  const query = { page: filters.page, page_size: PAGE_SIZE };
  const ledger = useApiQuery([...keys.billingLedger, uid, query], (signal) =>
    settle(api.GET('/api/v1/customers/{uid}/payments', { params: { path: { uid }, query }, signal }), signal),
  );
  const whole = useApiQuery([...keys.billingLedger, uid, 'all'], (signal) => wholeLedger(uid, signal));
  const totals = whole.data ? ledgerTotals(whole.data) : undefined;
  const name = subscriberName(subscriber);
  const shown = revealed !== undefined && revealed !== 'loading' && revealed.ok ? revealed.data : undefined;
  const credentials = Object.entries(shown ?? {});
  const reveal = async () => {
    setRevealed('loading');
    const outcome = await settle(
      api.GET('/api/v1/customers/{uid}', { params: { path: { uid }, query: { reveal: 'credentials' } } }),
    );
    setRevealed(outcome.ok ? { ...outcome, data: outcome.data.credentials ?? null } : outcome);
  };
  const done = (message: string) => {
    setPending(undefined);
    setNotice(message);
  };
  return (
    <section className="page" aria-labelledby="subscriber-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="subscriber-title">{name}</h1>
          <p className="muted break">{subscriber.user.email}</p>
        </div>
        <div className="card__links">
          <button type="button" className="button button--quiet" onClick={() => setPending({ kind: 'edit' })}>
            Edit subscriber
          </button>
          <button type="button" className="button" onClick={() => setPending({ kind: 'pay' })}>
            Record a payment
          </button>
        </div>
      </header>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <div className="cards cards--three">
        <section className="panel" aria-labelledby="subscription-title">
          <h2 id="subscription-title">Subscription</h2>
          <dl className="facts">
            <div>
              <dt>Package</dt>
              <dd>
                {subscriber.package.name}: {subscriber.package.speed_mbps} Mbps,{' '}
                {money(subscriber.package.price)} a month
              </dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>{SUBSCRIBER_STATUS_LABELS[subscriber.status]}</dd>
            </div>
            <div>
              <dt>Address</dt>
              <dd>{subscriber.address || '—'}</dd>
            </div>
            <div>
              <dt>Phone</dt>
              <dd>{subscriber.user.phone || '—'}</dd>
            </div>
            <div>
              <dt>Since</dt>
              <dd>{formatDate(subscriber.created_at)}</dd>
            </div>
          </dl>
        </section>
        <section className="panel" aria-labelledby="connection-title">
          <h2 id="connection-title">Connection</h2>
          <p>{CONNECTION_LABELS[subscriber.connection_type]}</p>
          {subscriber.connection_type === 'DHCP' && !shown ? (
            <p className="muted">A DHCP connection needs no credentials.</p>
          ) : shown !== undefined ? (
            <>
              {credentials.length === 0 ? (
                <p className="muted">No credentials stored.</p>
              ) : (
                <dl className="facts" data-testid="credentials">
                  {credentials.map(([key, value]) => (
                    <div key={key}>
                      <dt>{credentialLabel(key)}</dt>
                      <dd>
                        <code className="break">{value}</code>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setRevealed(undefined)}
              >
                Hide credentials
              </button>
            </>
          ) : (
            <>
              {revealed !== undefined && revealed !== 'loading' && !revealed.ok ? (
                <p className="field__error" role="alert">
                  {revealed.problem.detail}
                </p>
              ) : null}
              <p className="muted">Each time they are shown, it is written to the audit log.</p>
              <button
                type="button"
                className="button button--small"
                disabled={revealed === 'loading'}
                onClick={() => void reveal()}
              >
                {revealed === 'loading' ? 'Showing…' : 'Show credentials'}
              </button>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="balance-title">
          <h2 id="balance-title">Balance</h2>
          <LoadStatus state={whole} loadingLabel="Adding up…" />
          {totals ? (
            <dl className="facts" data-testid="subscriber-balance">
              <div>
                <dt>Billed</dt>
                <dd>{money(totals.billed)}</dd>
              </div>
              <div>
                <dt>Paid</dt>
                <dd>{money(totals.paid)}</dd>
              </div>
              <div>
                <dt>Balance</dt>
                <dd>
                  <strong>{balanceWords(totals.balance, money)}</strong>
                </dd>
              </div>
            </dl>
          ) : null}
        </section>
      </div>
      <h2>Bills and payments</h2>
      <PagedList
        list={ledger}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Bills and payments pages"
        loadingLabel="Loading bills and payments…"
        empty="No bill or payment yet."
      >
        {(rows, busy) => (
          <LedgerTable
            rows={rows}
            busy={busy}
            caption={`Bills and payments of ${name}`}
            onDelete={(row) => setPending({ kind: 'delete', row })}
          />
        )}
      </PagedList>
      {pending?.kind === 'edit' ? (
        <SubscriberDialog
          // With the credentials shown, the form edits them; without, it keeps them unless new ones are typed.
          editing={shown !== undefined ? { ...subscriber, credentials: shown } : subscriber}
          onClose={() => setPending(undefined)}
          onSaved={() => {
            setRevealed(undefined);
            done(`${name} is saved.`);
          }}
        />
      ) : null}
      {pending?.kind === 'pay' ? (
        <PaymentDialog
          subscriber={subscriber}
          onClose={() => setPending(undefined)}
          onSaved={(message) => done(message)}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <DeletePaymentDialog
          row={pending.row}
          onClose={() => setPending(undefined)}
          onDone={(message) => done(message)}
        />
      ) : null}
    </section>
  );
}
