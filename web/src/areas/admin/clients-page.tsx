import type { operations } from '@mercato/sdk';
import { useId, useMemo, useState } from 'react';
import { api } from '../../lib/api.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { localProblem, type Outcome, requiredProblem, settle } from '../../lib/problem.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { dayBuckets, hourBuckets } from '../../lib/usage-chart.js';
import { useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import {
  DialogForm,
  Field,
  type FormApi,
  SelectField,
  SuccessAlert,
  TextAreaField,
  useForm,
} from '../../ui/forms.js';
import { ActionDialog, Modal } from '../../ui/modal.js';
import { Pagination } from '../../ui/pagination.js';
import { UsageChart } from './usage-chart.js';

type Client =
  operations['admin.clients.list']['responses'][200]['content']['application/json']['results'][number];
type ClientType = Client['type'];

const PAGE_SIZE = 50;
const CLIENT_TYPES: readonly { value: ClientType; label: string }[] = [
  { value: 'web', label: 'Web app' },
  { value: 'admin', label: 'Admin app' },
  { value: 'mobile', label: 'Mobile app' },
  { value: 'server', label: 'Server' },
  { value: 'pos', label: 'Point of sale' },
];
const TYPE_LABELS = Object.fromEntries(CLIENT_TYPES.map((t) => [t.value, t.label])) as Record<
  ClientType,
  string
>;

/** The key the server just made: shown once, then forgotten. */
interface FreshKey {
  client: Pick<Client, 'name' | 'client_id'>;
  apiKey: string;
  rotated: boolean;
}

type Pending =
  | { kind: 'create' }
  | { kind: 'edit'; client: Client }
  | { kind: 'rotate'; client: Client }
  | { kind: 'revoke'; client: Client }
  | undefined;

/** `/admin/clients`: the API clients, their keys and their usage. Admins only. */
export function ClientsPage() {
  useDocumentTitle('API clients');
  const { user } = useSession();
  if (!can.manageClients(user))
    return <NotAllowedPage detail="Only administrators can manage API clients." />;
  return <ClientsList />;
}

function ClientsList() {
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<Pending>();
  const [freshKey, setFreshKey] = useState<FreshKey | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const list = useLoad(
    (signal) =>
      settle(
        api.GET('/api/admin/clients/', { params: { query: { page, page_size: PAGE_SIZE } }, signal }),
        signal,
      ),
    [page],
  );

  const showKey = (key: FreshKey) => {
    setPending(undefined);
    setNotice(undefined);
    setFreshKey(key);
    list.reload();
  };

  const data = list.data;
  return (
    <section aria-labelledby="clients-title" className="page">
      <header className="page__head page__head--row">
        <div>
          <h1 id="clients-title">API clients</h1>
          <p className="muted">
            Frontends and services that call the API send <code>X-Client-ID</code> and <code>X-API-Key</code>:
            each has its own rate limit and usage figures.
          </p>
        </div>
        <button type="button" className="button" onClick={() => setPending({ kind: 'create' })}>
          New client
        </button>
      </header>

      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      {list.status === 'error' ? <ErrorPanel problem={list.problem} onRetry={list.reload} /> : null}
      {!data && list.status === 'loading' ? <Loading label="Loading API clients…" /> : null}
      {data ? (
        data.results.length === 0 ? (
          <p className="empty">
            No API clients yet. Create one for each frontend or service that calls the API.
          </p>
        ) : (
          <ul className="client-list" aria-busy={list.status === 'loading' || undefined}>
            {data.results.map((client) => (
              <ClientCard
                key={client.id}
                client={client}
                onEdit={() => setPending({ kind: 'edit', client })}
                onRotate={() => setPending({ kind: 'rotate', client })}
                onRevoke={() => setPending({ kind: 'revoke', client })}
              />
            ))}
          </ul>
        )
      ) : null}
      {data ? (
        <Pagination
          label="API client pages"
          page={page}
          pageSize={PAGE_SIZE}
          count={data.count}
          onPage={setPage}
        />
      ) : null}

      {pending?.kind === 'create' ? (
        <ClientDialog
          onClose={() => setPending(undefined)}
          onCreated={(client) => showKey({ client, apiKey: client.api_key, rotated: false })}
        />
      ) : null}
      {pending?.kind === 'edit' ? (
        <ClientDialog
          client={pending.client}
          onClose={() => setPending(undefined)}
          onSaved={(saved) => {
            setNotice(`${saved.name} is saved.`);
            setPending(undefined);
            list.reload();
          }}
        />
      ) : null}
      {pending?.kind === 'rotate' ? (
        <RotateDialog
          client={pending.client}
          onClose={() => setPending(undefined)}
          onRotated={(client) => showKey({ client, apiKey: client.api_key, rotated: true })}
        />
      ) : null}
      {pending?.kind === 'revoke' ? (
        <RevokeDialog
          client={pending.client}
          onClose={() => setPending(undefined)}
          onRevoked={() => {
            setNotice(`${pending.client.name} is revoked: its key no longer works.`);
            setPending(undefined);
            list.reload();
          }}
        />
      ) : null}
      {freshKey ? <KeyDialog fresh={freshKey} onClose={() => setFreshKey(undefined)} /> : null}
    </section>
  );
}

function ClientCard({
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
            <code>{client.key_prefix}…</code>
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
          <dd className="break">
            {client.allowed_origins.length ? client.allowed_origins.join(', ') : 'Any'}
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
            <button type="button" className="button button--small button--quiet" onClick={onRotate}>
              Rotate key
            </button>
            <button
              type="button"
              className="button button--small button--quiet button--danger-text"
              onClick={onRevoke}
            >
              Revoke
            </button>
          </>
        )}
      </div>
      <div id={usageId}>{showUsage ? <ClientUsage client={client} /> : null}</div>
    </li>
  );
}

function ClientUsage({ client }: { client: Client }) {
  const [range, setRange] = useState<'24h' | '7d'>('24h');
  const usage = useLoad(
    (signal) =>
      settle(
        api.GET('/api/admin/clients/{id}/usage/', { params: { path: { id: client.id } }, signal }),
        signal,
      ),
    [client.id],
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
      {usage.status === 'error' ? <ErrorPanel problem={usage.problem} onRetry={usage.reload} /> : null}
      {!usage.data && usage.status === 'loading' ? <Loading label="Loading usage…" /> : null}
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
function parseOrigins(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

type CreatedClient = operations['admin.clients.create']['responses'][201]['content']['application/json'];

interface ClientValues {
  name: string;
  type: string;
  rate_limit: string;
  allowed_origins: string;
}

/** Name, rate limit and origins as the API wants them, or the problem with what was typed. */
function clientBody(values: ClientValues) {
  const missing = requiredProblem({ name: values.name });
  if (missing) return { ok: false as const, problem: missing };
  const limit = Number(values.rate_limit);
  if (!Number.isInteger(limit) || limit < 1)
    return {
      ok: false as const,
      problem: localProblem('Check the rate limit.', { rate_limit: ['Enter a whole number of at least 1.'] }),
    };
  return {
    ok: true as const,
    body: {
      name: values.name.trim(),
      rate_limit: limit,
      allowed_origins: parseOrigins(values.allowed_origins),
    },
  };
}

/** The fields a client is created and edited with (the type only at creation). */
function ClientFields({ form, withType }: { form: FormApi<keyof ClientValues>; withType: boolean }) {
  return (
    <>
      <Field label="Name" required autoComplete="off" placeholder="Shop mobile app" {...form.bind('name')} />
      {withType ? (
        <SelectField label="Type" {...form.bind('type')}>
          {CLIENT_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Field
        label="Rate limit (requests per minute)"
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        required
        {...form.bind('rate_limit')}
      />
      <TextAreaField
        label="Allowed origins (optional)"
        hint={
          <>
            For browser apps: one per line, like <code>https://shop.example.com</code>. Empty: any origin.
          </>
        }
        rows={3}
        {...form.bind('allowed_origins')}
      />
    </>
  );
}

/**
 * Creates a client (`client` absent: the answer carries its key, shown once) or
 * edits one with `PATCH /api/admin/clients/<id>/`: name, rate limit, origins; the key stays.
 */
function ClientDialog({
  client,
  onClose,
  onCreated,
  onSaved,
}: {
  client?: Client;
  onClose: () => void;
  onCreated?: (client: CreatedClient) => void;
  onSaved?: (client: Client) => void;
}) {
  const form = useForm<keyof ClientValues>({
    name: client?.name ?? '',
    type: client?.type ?? 'web',
    rate_limit: String(client?.rate_limit ?? 1000),
    allowed_origins: client?.allowed_origins.join('\n') ?? '',
  });
  const onSubmit = form.onSubmit(
    async (): Promise<Outcome<CreatedClient | Client>> => {
      const parsed = clientBody(form.values);
      if (!parsed.ok) return parsed;
      if (client) {
        const path = { id: client.id };
        return settle(api.PATCH('/api/admin/clients/{id}/', { params: { path }, body: parsed.body }));
      }
      const type = form.values.type as ClientType;
      return settle(api.POST('/api/admin/clients/', { body: { ...parsed.body, type } }));
    },
    (saved) => ('api_key' in saved ? onCreated?.(saved) : onSaved?.(saved)),
  );
  const labels = client ? (['Save changes', 'Saving…'] as const) : (['Create client', 'Creating…'] as const);
  return (
    <DialogForm
      title={client ? `Edit ${client.name}` : 'New API client'}
      {...{ form, onClose, onSubmit }}
      submit={labels[0]}
      busyLabel={labels[1]}
    >
      <ClientFields form={form} withType={!client} />
    </DialogForm>
  );
}

function RotateDialog({
  client,
  onClose,
  onRotated,
}: {
  client: Client;
  onClose: () => void;
  onRotated: (client: CreatedClient) => void;
}) {
  return (
    <ActionDialog
      title={`Rotate the key of ${client.name}?`}
      confirmLabel="Rotate key"
      run={() =>
        settle(api.POST('/api/admin/clients/{id}/rotate-key/', { params: { path: { id: client.id } } }))
      }
      onDone={onRotated}
      onCancel={onClose}
    >
      <p>
        A new key is made and the current one (<code>{client.key_prefix}…</code>) stops working at once.
        Update the app that uses it right after.
      </p>
    </ActionDialog>
  );
}

function RevokeDialog({
  client,
  onClose,
  onRevoked,
}: {
  client: Client;
  onClose: () => void;
  onRevoked: () => void;
}) {
  return (
    <ActionDialog
      title={`Revoke ${client.name}?`}
      confirmLabel="Revoke client"
      run={() => settle(api.DELETE('/api/admin/clients/{id}/', { params: { path: { id: client.id } } }))}
      onDone={onRevoked}
      onCancel={onClose}
    >
      <p>
        Requests with its key are refused from now on. This cannot be undone: to let the app in again, create
        a new client.
      </p>
    </ActionDialog>
  );
}

/** Copies with the Clipboard API; on failure the key is selected so the user can copy it by hand. */
async function copyText(text: string, input: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.focus();
    input?.select();
    return false;
  }
}

function KeyDialog({ fresh, onClose }: { fresh: FreshKey; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const inputId = useId();
  const onCopy = async () => {
    const input = document.getElementById(inputId) as HTMLTextAreaElement | null;
    setCopied((await copyText(fresh.apiKey, input)) ? 'yes' : 'no');
  };
  return (
    <Modal
      open
      title={fresh.rotated ? 'Your new API key' : 'Your API key'}
      onClose={onClose}
      className="modal--key"
    >
      <p>
        {fresh.rotated ? 'The key of ' : 'The key for '}
        <strong>{fresh.client.name}</strong> (client ID <code>{fresh.client.client_id}</code>):
      </p>
      <div className="key-box">
        <label htmlFor={inputId} className="visually-hidden">
          API key
        </label>
        <textarea
          id={inputId}
          className="key-box__input"
          data-testid="api-key"
          readOnly
          rows={2}
          value={fresh.apiKey}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--small" onClick={onCopy}>
          Copy
        </button>
      </div>
      <p role="status" className="key-box__status">
        {copied === 'yes' ? 'Copied to the clipboard.' : null}
        {copied === 'no'
          ? 'Could not copy automatically: the key is selected, copy it with Ctrl+C or ⌘C.'
          : null}
      </p>
      <div className="alert alert--warn">
        <strong>Copy it now: you will not see it again.</strong> Mercato keeps only a hash of the key. If it
        is lost, rotate the key to get a new one.
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          I have copied the key
        </button>
      </div>
    </Modal>
  );
}
