/**
 * `/admin/loyalty` (managers and admins): find a customer's loyalty account by
 * their code (`CUST-00001`), or arrive from Admin → Users; `/admin/loyalty/:key`
 * shows its balance, card version and paginated points history, and corrects
 * the balance by hand (a reason is required; the server refuses going below zero).
 */
import type { operations } from '@mercato/sdk';
import type { QueryKey } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { LEDGER_KIND_LABELS as KIND_LABELS } from '../../lib/loyalty.js';
import { settle } from '../../lib/problem.js';
import { type Loaded, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { Field, Form, SuccessAlert, useForm } from '../../ui/forms.js';
import { PagedList, Table, useUrlFilters } from '../../ui/list.js';

const PAGE_SIZE = 20;

export function LoyaltyAccountPage() {
  const { key } = useParams();
  const { user } = useSession();
  useDocumentTitle(key ? `Loyalty account ${key}` : 'Loyalty accounts');
  if (!can.decideVendors(user))
    return <NotAllowedPage detail="Only managers and administrators can open loyalty accounts." />;
  return (
    <section className="page" aria-labelledby="loyalty-admin-title">
      <header className="page__head">
        <h1 id="loyalty-admin-title">Loyalty account</h1>
        <p className="muted">Look a customer up by their code, as printed under their card's QR code.</p>
      </header>
      <Lookup current={key ?? ''} />
      {key ? <Account key={key} accountKey={key} /> : null}
    </section>
  );
}

function Lookup({ current }: { current: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(current);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const wanted = code.trim().toUpperCase();
    if (wanted) navigate(`/admin/loyalty/${encodeURIComponent(wanted)}`);
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label="Find a loyalty account">
      <Field
        label="Customer code"
        value={code}
        placeholder="CUST-00001"
        autoComplete="off"
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="button">
        Open account
      </button>
    </form>
  );
}

function Account({ accountKey }: { accountKey: string }) {
  const filters = useUrlFilters();
  const root = [...keys.loyaltyAccount, accountKey];
  const account = useApiQuery(
    [...root, filters.page],
    (signal) =>
      settle(
        api.GET('/api/admin/loyalty/accounts/{customer_id}/', {
          params: { path: { customer_id: accountKey }, query: { page: filters.page, page_size: PAGE_SIZE } },
          signal,
        }),
        signal,
      ),
    { detail: filters.page === 1 },
  );
  const data = account.data;
  const history = historyOf(account);
  return (
    <>
      {data ? (
        <div className="card" data-testid="loyalty-account">
          <h2>{data.customer.full_name || data.customer.email}</h2>
          <p>
            <code>{data.customer.customer_id}</code> · {data.customer.email} · card version{' '}
            {data.card_version}
          </p>
          <p>
            Balance: <strong data-testid="loyalty-account-balance">{data.customer.balance}</strong> points
          </p>
          <AdjustForm accountKey={data.customer.customer_id} invalidates={root} />
        </div>
      ) : null}
      <h2>History</h2>
      <PagedList
        list={history}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="History pages"
        loadingLabel="Loading the account…"
        empty="No points yet."
      >
        {(entries, busy) => (
          <Table
            caption={`Points history, page ${filters.page}`}
            columns={['When', 'What', 'Points', 'Balance after', 'Why']}
            busy={busy}
          >
            {entries.map((e) => (
              <tr key={e.id} data-testid="loyalty-history-row">
                <td data-label="When" className="table__nowrap">
                  {formatDateTime(e.created_at)}
                </td>
                <td data-label="What">{KIND_LABELS[e.kind]}</td>
                <td data-label="Points">{e.points > 0 ? `+${e.points}` : e.points}</td>
                <td data-label="Balance after">{e.balance_after}</td>
                <td data-label="Why" className="break">
                  {e.reason || '—'}
                  {e.shortfall ? <span className="table__secondary">{e.shortfall} already spent</span> : null}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </PagedList>
    </>
  );
}

type AccountAnswer = operations['loyalty.account']['responses'][200]['content']['application/json'];

/** The account's load state, as the state of its history page (what the pager shows). */
function historyOf(account: Loaded<AccountAnswer>): Loaded<AccountAnswer['history']> {
  const { reload } = account;
  const data = account.data ? { data: account.data.history } : {};
  if (account.status === 'ready') return { status: 'ready', data: account.data.history, reload };
  if (account.status === 'error') return { status: 'error', problem: account.problem, ...data, reload };
  return { status: 'loading', ...data, reload };
}

function AdjustForm({ accountKey, invalidates }: { accountKey: string; invalidates: QueryKey }) {
  const [done, setDone] = useState<string | undefined>();
  const form = useForm(
    { points: '', reason: '' },
    { invalidates: [invalidates], onEdit: () => setDone(undefined) },
  );
  const onSubmit = form.onSubmit(
    () =>
      settle(
        api.POST('/api/admin/loyalty/accounts/{customer_id}/adjust/', {
          params: { path: { customer_id: accountKey } },
          body: { points: Number(form.values.points), reason: form.values.reason },
        }),
      ),
    (answer) => {
      form.reset();
      setDone(
        `${answer.points > 0 ? `+${answer.points}` : answer.points} points. New balance: ${answer.balance} points.`,
      );
    },
  );
  return (
    <Form form={form} onSubmit={onSubmit} submit="Adjust balance" aria-label="Adjust the balance">
      <h3>Adjust by hand</h3>
      <div aria-live="polite">{done ? <SuccessAlert>{done}</SuccessAlert> : null}</div>
      <Field
        label="Points (negative to remove)"
        type="number"
        inputMode="numeric"
        required
        {...form.bind('points')}
      />
      <Field label="Reason" required {...form.bind('reason')} />
    </Form>
  );
}
