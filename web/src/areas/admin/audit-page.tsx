import type { Schemas } from '@mercato/sdk';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { dayEndIso, dayStartIso, nextParams, readDay, readPage } from '../../lib/url-state.js';
import { useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { Field, SearchBox, SelectField } from '../../ui/forms.js';
import { Pagination } from '../../ui/pagination.js';

type AuditEntry = Schemas['AuditEntry'];

const PAGE_SIZE = 25;

/** The actions the server records, grouped; a prefix ending in a dot selects a whole group. */
export const AUDIT_ACTIONS: readonly { value: string; label: string }[] = [
  { value: 'auth.', label: 'All sign-in events' },
  { value: 'auth.login', label: 'Signed in' },
  { value: 'auth.login_failed', label: 'Failed sign-in' },
  { value: 'auth.lockout', label: 'Locked out' },
  { value: 'auth.logout', label: 'Signed out' },
  { value: 'auth.logout_all', label: 'Signed out everywhere' },
  { value: 'auth.token_reuse', label: 'Refresh token reused' },
  { value: 'auth.password_changed', label: 'Password changed' },
  { value: 'auth.password_reset_requested', label: 'Password reset asked' },
  { value: 'auth.password_reset', label: 'Password reset' },
  { value: 'auth.email_verified', label: 'Email verified' },
  { value: 'auth.protected_field_ignored', label: 'Protected field ignored' },
  { value: 'user.', label: 'All user changes' },
  { value: 'user.registered', label: 'Signed up' },
  { value: 'user.created', label: 'User created' },
  { value: 'user.updated', label: 'User updated' },
  { value: 'user.role_changed', label: 'Role changed' },
  { value: 'user.deactivated', label: 'User deactivated' },
  { value: 'vendor.', label: 'Vendor decisions' },
  { value: 'vendor.approved', label: 'Vendor approved' },
  { value: 'vendor.rejected', label: 'Vendor rejected' },
  { value: 'api_client.', label: 'All API client events' },
  { value: 'api_client.created', label: 'Client created' },
  { value: 'api_client.updated', label: 'Client updated' },
  { value: 'api_client.key_rotated', label: 'Client key rotated' },
  { value: 'api_client.revoked', label: 'Client revoked' },
  { value: 'keys.rotated', label: 'Signing keys rotated' },
  { value: 'order.', label: 'All order events' },
  { value: 'order.cancelled', label: 'Order cancelled' },
  { value: 'order.status_changed', label: 'Order status changed' },
];

/** `/admin/audit`: security events with filters kept in the URL. Admins only. */
export function AuditPage() {
  useDocumentTitle('Audit log');
  const { user } = useSession();
  if (!can.manageUsers(user)) return <NotAllowedPage detail="Only administrators can read the audit log." />;
  return <AuditLog />;
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const page = readPage(params);
  const userFilter = params.get('user') ?? '';
  const action = params.get('action') ?? '';
  const since = readDay(params, 'since');
  const until = readDay(params, 'until');
  const [userText, setUserText] = useState(userFilter);

  const log = useLoad(
    (signal) =>
      settle(
        api.GET('/api/admin/audit-log/', {
          params: {
            query: {
              page,
              page_size: PAGE_SIZE,
              ...(userFilter ? { user: userFilter } : {}),
              ...(action ? { action } : {}),
              ...(since ? { since: dayStartIso(since) } : {}),
              ...(until ? { until: dayEndIso(until) } : {}),
            },
          },
          signal,
        }),
        signal,
      ),
    [params.toString()],
  );
  const update = (changes: Record<string, string | number>) => setParams(nextParams(params, changes));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ user: userText });
  };

  const data = log.data;
  return (
    <section aria-labelledby="audit-title" className="page">
      <header className="page__head">
        <h1 id="audit-title">Audit log</h1>
        <p className="muted">
          Sign-ins, failures, lockouts, password and role changes, API client keys: who, what, when and from
          where. {data ? `${data.count} ${data.count === 1 ? 'event' : 'events'} found.` : null}
        </p>
      </header>
      <form className="filters" onSubmit={onSearch} aria-label="Filter events">
        <SearchBox
          label="User"
          id="audit-user"
          button="Filter"
          placeholder="Email or user id"
          value={userText}
          onChange={(e) => setUserText(e.target.value)}
        />
        <SelectField label="Action" value={action} onChange={(e) => update({ action: e.target.value })}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <Field
          label="Since"
          type="date"
          value={since}
          max={until || undefined}
          onChange={(e) => update({ since: e.target.value })}
        />
        <Field
          label="Until"
          type="date"
          value={until}
          min={since || undefined}
          onChange={(e) => update({ until: e.target.value })}
        />
      </form>

      {log.status === 'error' ? <ErrorPanel problem={log.problem} onRetry={log.reload} /> : null}
      {!data && log.status === 'loading' ? <Loading label="Loading events…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <p className="empty">No event matches these filters.</p>
        ) : (
          <table className="table" aria-busy={log.status === 'loading' || undefined}>
            <caption className="visually-hidden">Audit events, page {page}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Who</th>
                <th scope="col">From</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {data.results.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {data ? (
        <Pagination
          label="Audit log pages"
          page={page}
          pageSize={PAGE_SIZE}
          count={data.count}
          onPage={(p) => update({ page: p })}
        />
      ) : null}
    </section>
  );
}

const ACTION_LABELS = new Map(AUDIT_ACTIONS.map((a) => [a.value, a.label]));

/** `details` as short `key: value` lines; nested values as JSON. */
export function describeDetails(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(
    ([key, value]) =>
      `${key.replaceAll('_', ' ')}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`,
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const target = entry.target_type && entry.target_id ? `${entry.target_type} ${entry.target_id}` : null;
  return (
    <tr data-testid="audit-row" data-action={entry.action}>
      <td data-label="When" className="table__nowrap">
        {formatDateTime(entry.created_at)}
      </td>
      <td data-label="Action">
        <span className="table__primary">{ACTION_LABELS.get(entry.action) ?? entry.action}</span>
        <code className="table__secondary">{entry.action}</code>
      </td>
      <td data-label="Who">
        <span className="break">{entry.actor_email ?? 'Anonymous'}</span>
        {target ? <span className="table__secondary break">on {target}</span> : null}
      </td>
      <td data-label="From">
        {entry.ip ?? '—'}
        {entry.user_agent ? (
          <span className="table__secondary break" title={entry.user_agent}>
            {entry.user_agent.slice(0, 60)}
          </span>
        ) : null}
      </td>
      <td data-label="Details">
        {Object.keys(entry.details).length ? (
          <ul className="plain-list">
            {describeDetails(entry.details).map((line) => (
              <li key={line} className="break">
                {line}
              </li>
            ))}
          </ul>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}
