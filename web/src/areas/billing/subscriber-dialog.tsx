/**
 * Add or change a subscriber: the user (found by name or email), the package,
 * the connection type with the credentials that type needs, address and status.
 */
import { api } from '../../lib/api.js';
import {
  CONNECTION_LABELS,
  CONNECTION_TYPES,
  type ConnectionType,
  credentialFields,
  SUBSCRIBER_STATUS_LABELS,
  SUBSCRIBER_STATUSES,
} from '../../lib/billing.js';
import { subscriberBody } from '../../lib/billing-forms.js';
import { settle } from '../../lib/problem.js';
import { keys } from '../../lib/query-keys.js';
import { displayName } from '../../lib/roles.js';
import { useMoney } from '../../lib/shop.js';
import { type BoundField, DialogForm, Field, SelectField, TextAreaField, useForm } from '../../ui/forms.js';
import { SearchPicker, type Subscriber, subscriberName, usePackages } from './billing-parts.js';

const CREDENTIAL_NAMES = ['username', 'password', 'ip_address', 'subnet_mask', 'gateway', 'dns'] as const;

/** The stored credentials the form shows no field for. */
function otherCredentials(stored: Record<string, string>): Record<string, string> {
  const shown: readonly string[] = CREDENTIAL_NAMES;
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !shown.includes(key)));
}

export function SubscriberDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Subscriber | undefined;
  onClose: () => void;
  onSaved: (saved: Subscriber) => void;
}) {
  const money = useMoney();
  const packages = usePackages();
  const credentials = editing?.credentials ?? {};
  const form = useForm(
    {
      user: editing?.user.uid ?? '',
      package: editing?.package.uid ?? '',
      connection_type: editing?.connection_type ?? 'PPPoE',
      address: editing?.address ?? '',
      status: editing?.status ?? 'ACTIVE',
      ...Object.fromEntries(CREDENTIAL_NAMES.map((name) => [name, credentials[name] ?? ''])),
    } as Record<
      'user' | 'package' | 'connection_type' | 'address' | 'status' | (typeof CREDENTIAL_NAMES)[number],
      string
    >,
    { invalidates: [keys.billing] },
  );
  const type = form.values.connection_type as ConnectionType;
  // Credentials not revealed (the detail has none until Show credentials): with the same connection
  // type, fields left empty keep what is stored, and the update sends none.
  const hidden =
    editing !== undefined && editing.credentials === undefined && type === editing.connection_type;
  const onSubmit = form.onSubmit(async () => {
    const checked = subscriberBody(form.values, hidden);
    if (!checked.ok) return checked;
    if (!editing) return settle(api.POST('/api/v1/customers', { body: checked.body }));
    const { user: _user, credentials: typed, ...changes } = checked.body;
    if (!('credentials' in checked.body))
      return settle(
        api.PUT('/api/v1/customers/{uid}', { params: { path: { uid: editing.uid } }, body: changes }),
      );
    // Stored credentials this form has no field for stay, as long as the connection type does.
    const kept = type === editing.connection_type ? otherCredentials(credentials) : {};
    const merged = typed || Object.keys(kept).length ? { ...kept, ...typed } : null;
    return settle(
      api.PUT('/api/v1/customers/{uid}', {
        params: { path: { uid: editing.uid } },
        body: { ...changes, credentials: merged },
      }),
    );
  }, onSaved);
  // A package no longer offered stays choosable for whoever is on it already.
  const choices = (packages.data?.results ?? []).filter((p) => p.is_active || p.uid === editing?.package.uid);
  return (
    <DialogForm
      title={editing ? `Edit ${subscriberName(editing)}` : 'Add a subscriber'}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit={editing ? 'Save subscriber' : 'Create subscriber'}
      busyLabel="Saving…"
    >
      {editing ? (
        <p>
          <strong>{subscriberName(editing)}</strong> <span className="muted">{editing.user.email}</span>
        </p>
      ) : (
        <UserPicker {...form.bind('user')} />
      )}
      <SelectField
        label="Package"
        {...form.bind('package')}
        {...(packages.status === 'error' ? { hint: packages.problem.detail } : {})}
      >
        <option value="">{packages.data ? 'Choose a package' : 'Loading packages…'}</option>
        {choices.map((p) => (
          <option key={p.uid} value={p.uid}>
            {p.name}: {p.speed_mbps} Mbps, {money(p.price)} a month
          </option>
        ))}
      </SelectField>
      <SelectField label="Connection type" {...form.bind('connection_type')}>
        {CONNECTION_TYPES.map((t) => (
          <option key={t} value={t}>
            {CONNECTION_LABELS[t]}
          </option>
        ))}
      </SelectField>
      {credentialFields(type).map((field) => (
        <Field
          key={field.name}
          label={field.required ? field.label : `${field.label} (optional)`}
          autoComplete="off"
          type={field.secret ? 'password' : 'text'}
          {...form.bind(field.name as (typeof CREDENTIAL_NAMES)[number])}
        />
      ))}
      {type === 'DHCP' ? <p className="field__hint">A DHCP connection needs no credentials.</p> : null}
      {hidden && type !== 'DHCP' ? (
        <p className="field__hint" data-testid="credentials-kept">
          The stored credentials are not shown: leave these fields empty to keep them, or type new ones.
        </p>
      ) : null}
      <TextAreaField label="Address (optional)" rows={2} maxLength={500} {...form.bind('address')} />
      <SelectField label="Status" hint="Only active subscribers are billed." {...form.bind('status')}>
        {SUBSCRIBER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {SUBSCRIBER_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
    </DialogForm>
  );
}

/** The user who subscribes, found by name, email or phone. */
function UserPicker(bound: BoundField) {
  return (
    <SearchPicker
      findLabel="Find the user"
      findHint="Name, email or phone. The subscriber signs in with this account."
      label="User"
      queryKey={keys.billingUsers}
      load={async (search, signal) => {
        const query = { page: 1, page_size: 20, ...(search ? { search } : {}) };
        const outcome = await settle(api.GET('/api/v1/users', { params: { query }, signal }), signal);
        if (!outcome.ok) return outcome;
        const options = outcome.data.results.map((u) => ({
          value: u.uid,
          label: `${displayName(u)} (${u.email})`,
        }));
        return { ...outcome, data: options };
      }}
      {...bound}
    />
  );
}
