import { api } from '../../../lib/api.js';
import { type Outcome, settle } from '../../../lib/problem.js';
import { keys } from '../../../lib/query-keys.js';
import { DialogForm, Field, type FormApi, SelectField, TextAreaField, useForm } from '../../../ui/forms.js';
import { ActionDialog } from '../../../ui/modal.js';
import {
  CLIENT_TYPES,
  type Client,
  type ClientType,
  type ClientValues,
  type CreatedClient,
  clientBody,
} from './client-values.js';

/** What every change here makes stale: the clients list. */
const invalidates = [keys.adminClients];

/** The fields a client is created and edited with (the type only at creation). */
function ClientFields({
  form,
  withType,
  isPublic,
}: {
  form: FormApi<keyof ClientValues>;
  withType: boolean;
  isPublic: boolean;
}) {
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
            For browser apps: one per line, like <code>https://shop.example.com</code>.{' '}
            {isPublic ? "This app's own origin is always allowed; empty: only it." : 'Empty: any origin.'}
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
export function ClientDialog({
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
  const form = useForm<keyof ClientValues>(
    {
      name: client?.name ?? '',
      type: client?.type ?? 'web',
      rate_limit: String(client?.rate_limit ?? 1000),
      allowed_origins: client?.allowed_origins.join('\n') ?? '',
    },
    { invalidates },
  );
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
      <ClientFields form={form} withType={!client} isPublic={client?.is_public ?? false} />
    </DialogForm>
  );
}

export function RotateDialog({
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
      invalidates={invalidates}
    >
      <p>
        A new key is made and the current one (<code>{client.key_prefix}…</code>) stops working at once.
        Update the app that uses it right after.
      </p>
    </ActionDialog>
  );
}

export function RevokeDialog({
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
      invalidates={invalidates}
    >
      <p>
        Requests with its key are refused from now on. This cannot be undone: to let the app in again, create
        a new client.
      </p>
    </ActionDialog>
  );
}
