import { useId, useMemo, useState } from 'react';
import { api } from '../../../lib/api.js';
import { formatCount, formatDateTime } from '../../../lib/format.js';
import { settle } from '../../../lib/problem.js';
import { useApiQuery } from '../../../lib/query.js';
import { keys } from '../../../lib/query-keys.js';
import { dayBuckets, hourBuckets } from '../../../lib/usage-chart.js';
import { LoadStatus } from '../../../ui/feedback.js';
import { UsageChart } from '../usage-chart.js';
import { AREA_LABELS, type Client, TYPE_LABELS } from './client-values.js';

/** One client: its facts, its actions, and its usage on demand. */
export function ClientCard({
  client,
  onEdit,
  onRotate,
  onRevoke,
}: {
  client: Client;
  onEdit: () => void;
  onRotate: () => void;
  onRevoke: () => void;
}) {
  const [showUsage, setShowUsage] = useState(false);
  const usageId = useId();
  const revoked = Boolean(client.revoked_at) || !client.is_active;
  return (
    <li className="card client" data-testid="client-card" data-client-id={client.client_id}>
      <div className="client__head">
        <h2 className="card__title">{client.name}</h2>
        {client.is_public ? (
          <span className="badge" data-testid="client-public">
            {client.web_area ? `Public: this app's ${AREA_LABELS[client.web_area]}` : 'Public'}
          </span>
        ) : null}
        {revoked ? (
          <span className="badge badge--muted" data-testid="client-status">
            {client.revoked_at ? 'Revoked' : 'Inactive'}
          </span>
        ) : (
          <span className="badge badge--ok" data-testid="client-status">
            Active
          </span>
        )}
      </div>
      <dl className="facts facts--grid">
        <div>
          <dt>Client ID</dt>
          <dd>
            <code>{client.client_id}</code>
          </dd>
        </div>
        <div>
          <dt>Key</dt>
          <dd>
            {client.is_public ? (
              'None: accepted only from its allowed origins'
            ) : (
              <code>{client.key_prefix}…</code>
            )}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{TYPE_LABELS[client.type] ?? client.type}</dd>
        </div>
        <div>
          <dt>Rate limit</dt>
          <dd>{formatCount(client.rate_limit)} requests per minute</dd>
        </div>
        <div>
          <dt>Allowed origins</dt>
          <dd className="break" data-testid="client-origins">
            {originsText(client)}
          </dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>{client.last_used_at ? formatDateTime(client.last_used_at) : 'Never'}</dd>
        </div>
        {client.revoked_at ? (
          <div>
            <dt>Revoked</dt>
            <dd>{formatDateTime(client.revoked_at)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="client__actions">
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={showUsage}
          aria-controls={usageId}
          onClick={() => setShowUsage((v) => !v)}
        >
          {showUsage ? 'Hide usage' : 'Usage'}
        </button>
        {revoked ? null : (
          <>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={onEdit}
              aria-label={`Edit ${client.name}`}
            >
              Edit
            </button>
            {client.is_public ? null : (
              <button type="button" className="button button--small button--quiet" onClick={onRotate}>
                Rotate key
              </button>
            )}
            {client.web_area ? null : (
              <button
                type="button"
                className="button button--small button--quiet button--danger-text"
                onClick={onRevoke}
              >
                Revoke
              </button>
            )}
          </>
        )}
      </div>
      <div id={usageId}>{showUsage ? <ClientUsage client={client} /> : null}</div>
    </li>
  );
}

/** A public client always accepts this app's own origin; another client with none listed accepts any. */
function originsText(client: Client): string {
  const listed = client.allowed_origins.join(', ');
  if (client.is_public) return listed ? `This app's own, ${listed}` : "This app's own only";
  return listed || 'Any';
}

function ClientUsage({ client }: { client: Client }) {
  const [range, setRange] = useState<'24h' | '7d'>('24h');
  const usage = useApiQuery(keys.clientUsage(client.id), (signal) =>
    settle(
      api.GET('/api/admin/clients/{id}/usage/', { params: { path: { id: client.id } }, signal }),
      signal,
    ),
  );
  const buckets = useMemo(() => {
    if (!usage.data) return [];
    const now = new Date();
    return range === '24h' ? hourBuckets(usage.data.by_hour, now, 24) : dayBuckets(usage.data.by_day, now, 7);
  }, [usage.data, range]);

  return (
    <section className="client__usage" aria-label={`Usage of ${client.name}`}>
      <div className="client__usage-head">
        <fieldset className="segmented">
          <legend className="visually-hidden">Period</legend>
          <label>
            <input
              type="radio"
              name={`range-${client.id}`}
              checked={range === '24h'}
              onChange={() => setRange('24h')}
            />
            <span>24 hours</span>
          </label>
          <label>
            <input
              type="radio"
              name={`range-${client.id}`}
              checked={range === '7d'}
              onChange={() => setRange('7d')}
            />
            <span>7 days</span>
          </label>
        </fieldset>
        <button type="button" className="button button--small button--quiet" onClick={usage.reload}>
          Refresh
        </button>
      </div>
      <LoadStatus state={usage} loadingLabel="Loading usage…" />
      {usage.data ? (
        <>
          <p className="muted">
            {formatCount(usage.data.total_requests)} requests since {formatDateTime(usage.data.since)}.
            Figures are written every few seconds.
          </p>
          <UsageChart
            buckets={buckets}
            title={range === '24h' ? 'Requests per hour, last 24 hours' : 'Requests per day, last 7 days'}
            unit={range === '24h' ? 'Hour' : 'Day'}
          />
        </>
      ) : null}
    </section>
  );
}

/** One origin per line (or separated by commas/spaces); blanks dropped. */
