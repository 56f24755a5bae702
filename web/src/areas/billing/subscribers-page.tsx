/** `/admin/billing`: the subscribers, searched and filtered by package, status and connection type. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../lib/api.js';
import {
  CONNECTION_LABELS,
  CONNECTION_TYPES,
  SUBSCRIBER_STATUS_LABELS,
  SUBSCRIBER_STATUSES,
} from '../../lib/billing.js';
import { DownloadButton, exportQuery } from '../../lib/download.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { readChoice } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { SelectField } from '../../ui/forms.js';
import { FilterBar, ListPage, Table, useUrlFilters } from '../../ui/list.js';
import { subscriberName, usePackages } from './billing-parts.js';
import { SubscriberDialog } from './subscriber-dialog.js';

const PAGE_SIZE = 20;

export function SubscribersPage() {
  useDocumentTitle('Subscribers');
  const filters = useUrlFilters();
  const navigate = useNavigate();
  const money = useMoney();
  const packages = usePackages();
  const [adding, setAdding] = useState(false);
  const { params } = filters;
  const search = filters.get('search');
  const status = readChoice(params, 'status', SUBSCRIBER_STATUSES);
  const connection = readChoice(params, 'connection_type', CONNECTION_TYPES);
  const packageIds = (packages.data?.results ?? []).map((p) => p.uid);
  const pkg = readChoice(params, 'package', packageIds);
  const query = {
    page: filters.page,
    page_size: PAGE_SIZE,
    ...(search ? { search } : {}),
    ...(status ? { status } : {}),
    ...(connection ? { connection_type: connection } : {}),
    ...(pkg ? { package: pkg } : {}),
  };
  const list = useApiQuery([...keys.billingSubscribers, query], (signal) =>
    settle(api.GET('/api/v1/customers', { params: { query }, signal }), signal),
  );
  const data = list.data;
  return (
    <ListPage
      titleId="subscribers-title"
      title="Subscribers"
      intro={
        data
          ? `${data.count} ${data.count === 1 ? 'subscriber' : 'subscribers'} found.`
          : 'Who is billed every month.'
      }
      actions={
        <div className="card__links">
          <DownloadButton
            label="Download subscribers (CSV)"
            filename="subscribers.csv"
            load={() =>
              settle(
                api.GET('/api/v1/customers/export.csv', {
                  params: { query: exportQuery(query) },
                  parseAs: 'blob',
                }),
              )
            }
          />
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add a subscriber
          </button>
        </div>
      }
      filterBar={
        <FilterBar filters={filters} label="Filter subscribers" placeholder="Name, email or phone">
          <SelectField
            label="Package"
            value={pkg}
            onChange={(e) => filters.update({ package: e.target.value })}
          >
            <option value="">All packages</option>
            {(packages.data?.results ?? []).map((p) => (
              <option key={p.uid} value={p.uid}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Status"
            value={status}
            onChange={(e) => filters.update({ status: e.target.value })}
          >
            <option value="">Any status</option>
            {SUBSCRIBER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {SUBSCRIBER_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Connection"
            value={connection}
            onChange={(e) => filters.update({ connection_type: e.target.value })}
          >
            <option value="">Any connection</option>
            {CONNECTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {CONNECTION_LABELS[t]}
              </option>
            ))}
          </SelectField>
        </FilterBar>
      }
      list={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      pagerLabel="Subscriber pages"
      loadingLabel="Loading subscribers…"
      empty="No subscriber matches these filters."
      dialogs={
        adding ? (
          <SubscriberDialog
            editing={undefined}
            onClose={() => setAdding(false)}
            onSaved={(saved) => navigate(`/admin/billing/subscribers/${saved.uid}`)}
          />
        ) : null
      }
    >
      {(rows, busy) => (
        <Table
          caption={`Subscribers, page ${filters.page}`}
          columns={['Subscriber', 'Package', 'Connection', 'Status']}
          busy={busy}
        >
          {rows.map((row) => (
            <tr key={row.uid} data-testid="subscriber-row" data-email={row.user.email}>
              <td>
                <Link to={`/admin/billing/subscribers/${row.uid}`} className="table__primary">
                  {subscriberName(row)}
                </Link>
                <span className="table__secondary break">{row.user.email}</span>
              </td>
              <td data-label="Package">
                {row.package.name}
                <span className="table__secondary">
                  {row.package.speed_mbps} Mbps, {money(row.package.price)}
                </span>
              </td>
              <td data-label="Connection">{CONNECTION_LABELS[row.connection_type]}</td>
              <td data-label="Status">
                <span className={`badge ${row.status === 'ACTIVE' ? 'badge--ok' : 'badge--muted'}`}>
                  {SUBSCRIBER_STATUS_LABELS[row.status]}
                </span>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </ListPage>
  );
}
