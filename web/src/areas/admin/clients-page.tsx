import { useState } from 'react';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { SuccessAlert } from '../../ui/forms.js';
import { ListPage, useUrlFilters } from '../../ui/list.js';
import { ClientCard } from './clients/client-card.js';
import { ClientDialog, RevokeDialog, RotateDialog } from './clients/client-dialogs.js';
import type { Client, FreshKey } from './clients/client-values.js';
import { KeyDialog } from './clients/key-dialog.js';

const PAGE_SIZE = 50;

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
  const filters = useUrlFilters();
  const { page } = filters;
  const [pending, setPending] = useState<Pending>();
  const [freshKey, setFreshKey] = useState<FreshKey | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const list = useApiQuery([...keys.adminClients, page], (signal) =>
    settle(
      api.GET('/api/admin/clients/', { params: { query: { page, page_size: PAGE_SIZE } }, signal }),
      signal,
    ),
  );

  const showKey = (key: FreshKey) => {
    setPending(undefined);
    setNotice(undefined);
    setFreshKey(key);
  };
  const done = (message: string) => {
    setNotice(message);
    setPending(undefined);
  };
  const close = () => setPending(undefined);

  return (
    <ListPage
      titleId="clients-title"
      title="API clients"
      intro={
        <>
          Frontends and services that call the API send <code>X-Client-ID</code> and <code>X-API-Key</code>:
          each has its own rate limit and usage figures. This app's areas are public clients: they send their
          id only, and are accepted from their allowed origins (this app's own always), each caller within the
          rate limit.
        </>
      }
      actions={
        <button type="button" className="button" onClick={() => setPending({ kind: 'create' })}>
          New client
        </button>
      }
      notices={notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      list={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      pagerLabel="API client pages"
      loadingLabel="Loading API clients…"
      empty="No API clients yet. Create one for each frontend or service that calls the API."
      dialogs={
        <>
          {pending?.kind === 'create' ? (
            <ClientDialog
              onClose={close}
              onCreated={(client) => showKey({ client, apiKey: client.api_key, rotated: false })}
            />
          ) : null}
          {pending?.kind === 'edit' ? (
            <ClientDialog
              client={pending.client}
              onClose={close}
              onSaved={(saved) => done(`${saved.name} is saved.`)}
            />
          ) : null}
          {pending?.kind === 'rotate' ? (
            <RotateDialog
              client={pending.client}
              onClose={close}
              onRotated={(client) => showKey({ client, apiKey: client.api_key, rotated: true })}
            />
          ) : null}
          {pending?.kind === 'revoke' ? (
            <RevokeDialog
              client={pending.client}
              onClose={close}
              onRevoked={() => done(`${pending.client.name} is revoked: its key no longer works.`)}
            />
          ) : null}
          {freshKey ? <KeyDialog fresh={freshKey} onClose={() => setFreshKey(undefined)} /> : null}
        </>
      }
    >
      {(clients, busy) => (
        <ul className="client-list" aria-busy={busy || undefined}>
          {clients.map((client) => (
            <ClientCard
              key={client.id}
              client={client}
              onEdit={() => setPending({ kind: 'edit', client })}
              onRotate={() => setPending({ kind: 'rotate', client })}
              onRevoke={() => setPending({ kind: 'revoke', client })}
            />
          ))}
        </ul>
      )}
    </ListPage>
  );
}
