import type { Schemas } from '@mercato/sdk';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { dayEndIso, dayStartIso, readDay } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { Field, SelectField } from '../../ui/forms.js';
import { FilterBar, PagedList, Table, useUrlFilters } from '../../ui/list.js';

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
  const filters = useUrlFilters();
  const { page } = filters;
  const userFilter = filters.get('user');
  const action = filters.get('action');
  const since = readDay(filters.params, 'since');
  const until = readDay(filters.params, 'until');
  const query = {
    page,
    page_size: PAGE_SIZE,
    ...(userFilter ? { user: userFilter } : {}),
    ...(action ? { action } : {}),
    ...(since ? { since: dayStartIso(since) } : {}),
    ...(until ? { until: dayEndIso(until) } : {}),
  };
  const log = useApiQuery([...keys.auditLog, filters.key], (signal) =>
    settle(api.GET('/api/admin/audit-log/', { params: { query }, signal }), signal),
  );
  const count = log.data?.count;
  return (
    <section aria-labelledby="audit-title" className="page">
      <header className="page__head">
        <h1 id="audit-title">Audit log</h1>
        <p className="muted">
          Sign-ins, failures, lockouts, password and role changes, API client keys: who, what, when and from
          where. {count === undefined ? null : `${count} ${count === 1 ? 'event' : 'events'} found.`}
        </p>
      </header>
      <FilterBar
        filters={filters}
        param="user"
        label="Filter events"
        searchLabel="User"
        button="Filter"
        placeholder="Email or user id"
      >
        <SelectField
          label="Action"
          value={action}
          onChange={(e) => filters.update({ action: e.target.value })}
        >
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
          onChange={(e) => filters.update({ since: e.target.value })}
        />
        <Field
          label="Until"
          type="date"
          value={until}
          min={since || undefined}
          onChange={(e) => filters.update({ until: e.target.value })}
        />
      </FilterBar>
      <PagedList
        list={log}
        filters={filters}
        pageSize={PAGE_SIZE}
        label="Audit log pages"
        loadingLabel="Loading events…"
        empty="No event matches these filters."
      >
        {(entries, busy) => (
          <Table
            caption={`Audit events, page ${filters.page}`}
            columns={['When', 'Action', 'Who', 'From', 'Details']}
            busy={busy}
          >
            {entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} />
            ))}
          </Table>
        )}
      </PagedList>
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
