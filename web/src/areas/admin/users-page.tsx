import type { Schemas } from '@mercato/sdk';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { requiredProblem, settle } from '../../lib/problem.js';
import {
  can,
  canDeactivate,
  creatableTypes,
  displayName,
  USER_TYPE_LABELS,
  type User,
  type UserType,
} from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { nextParams } from '../../lib/url-state.js';
import { useAction, useLoad } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import {
  type BoundField,
  Checkbox,
  DialogForm,
  EmailField,
  Field,
  FormAlert,
  NameFields,
  PasswordField,
  SearchBox,
  SelectField,
  SuccessAlert,
  TextAreaField,
  useForm,
} from '../../ui/forms.js';
import { ActionDialog } from '../../ui/modal.js';
import { Pagination } from '../../ui/pagination.js';

type AdminUser = Schemas['AdminUser'];
type VendorStatus = NonNullable<AdminUser['vendor_status']>;

const PAGE_SIZE = 20;
const USER_TYPES = Object.keys(USER_TYPE_LABELS) as UserType[];
const VENDOR_LABELS: Record<VendorStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
};

interface Filters {
  search: string;
  user_type: UserType | '';
  is_active: '' | 'true' | 'false';
  vendor_status: VendorStatus | '';
  page: number;
}

function readFilters(params: URLSearchParams): Filters {
  const type = params.get('user_type') ?? '';
  const active = params.get('is_active') ?? '';
  const vendor = params.get('vendor_status') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    search: params.get('search') ?? '',
    user_type: USER_TYPES.includes(type as UserType) ? (type as UserType) : '',
    is_active: active === 'true' || active === 'false' ? active : '',
    vendor_status: Object.hasOwn(VENDOR_LABELS, vendor) ? (vendor as VendorStatus) : '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

type Pending =
  | { kind: 'reject'; user: AdminUser }
  | { kind: 'deactivate'; user: AdminUser }
  | { kind: 'access'; user: AdminUser }
  | { kind: 'create' }
  | undefined;

/** `/admin/users`: managers and admins list and decide on vendors; admins also create and deactivate. */
export function UsersPage() {
  useDocumentTitle('Users');
  const { user } = useSession();
  if (!can.listUsers(user)) return <NotAllowedPage detail="Only managers and admins can see the users." />;
  return <UsersList me={user} />;
}

function UsersList({ me }: { me: User | null }) {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [searchText, setSearchText] = useState(filters.search);
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<string | undefined>();
  const rowAction = useAction();
  const [busyRow, setBusyRow] = useState<string | undefined>();

  const list = useLoad(
    (signal) =>
      settle(
        api.GET('/api/admin/users/', {
          params: {
            query: {
              page: filters.page,
              page_size: PAGE_SIZE,
              ...(filters.search ? { search: filters.search } : {}),
              ...(filters.user_type ? { user_type: filters.user_type } : {}),
              ...(filters.is_active ? { is_active: filters.is_active === 'true' } : {}),
              ...(filters.vendor_status ? { vendor_status: filters.vendor_status } : {}),
            },
          },
          signal,
        }),
        signal,
      ),
    [params.toString()],
  );

  const update = (changes: Partial<Record<keyof Filters, string>>) => setParams(nextParams(params, changes));

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ search: searchText.trim() });
  };

  const done = (message: string) => {
    setNotice(message);
    setPending(undefined);
    list.reload();
  };

  const approve = async (target: AdminUser) => {
    setNotice(undefined);
    setBusyRow(target.id);
    const outcome = await rowAction.run(() =>
      settle(
        api.POST('/api/admin/users/{id}/approve-vendor/', { params: { path: { id: target.id } }, body: {} }),
      ),
    );
    setBusyRow(undefined);
    if (outcome?.ok) done(`${displayName(target)} is approved as a vendor.`);
  };

  const reactivate = async (target: AdminUser) => {
    setNotice(undefined);
    setBusyRow(target.id);
    const outcome = await rowAction.run(() =>
      settle(
        api.PATCH('/api/admin/users/{id}/', {
          params: { path: { id: target.id } },
          body: { is_active: true, status: 'ACTIVE' },
        }),
      ),
    );
    setBusyRow(undefined);
    if (outcome?.ok) done(`${displayName(target)} is active again.`);
  };

  const data = list.data;
  return (
    <section aria-labelledby="users-title" className="page">
      <header className="page__head page__head--row">
        <div>
          <h1 id="users-title">Users</h1>
          <p className="muted">
            {data
              ? `${data.count} ${data.count === 1 ? 'user' : 'users'} found.`
              : 'Everyone with an account.'}
          </p>
        </div>
        {can.manageUsers(me) ? (
          <button type="button" className="button" onClick={() => setPending({ kind: 'create' })}>
            Add a user
          </button>
        ) : null}
      </header>

      <form className="filters" onSubmit={onSearch} aria-label="Filter users">
        <SearchBox
          label="Search"
          id="users-search"
          placeholder="Name, email or username"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
        <SelectField
          label="Type"
          value={filters.user_type}
          onChange={(e) => update({ user_type: e.target.value })}
        >
          <option value="">All types</option>
          {USER_TYPES.map((type) => (
            <option key={type} value={type}>
              {USER_TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Vendor status"
          value={filters.vendor_status}
          onChange={(e) => update({ vendor_status: e.target.value })}
        >
          <option value="">Any</option>
          {Object.entries(VENDOR_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="State"
          value={filters.is_active}
          onChange={(e) => update({ is_active: e.target.value })}
        >
          <option value="">Any</option>
          <option value="true">Active</option>
          <option value="false">Inactive</option>
        </SelectField>
      </form>

      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <FormAlert message={rowAction.problem?.detail} />

      {list.status === 'error' ? <ErrorPanel problem={list.problem} onRetry={list.reload} /> : null}
      {!data && list.status === 'loading' ? <Loading label="Loading users…" /> : null}
      {data ? (
        <>
          {data.results.length === 0 ? (
            <p className="empty">No user matches these filters.</p>
          ) : (
            <table className="table" aria-busy={list.status === 'loading' || undefined}>
              <caption className="visually-hidden">Users, page {filters.page}</caption>
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Type</th>
                  <th scope="col">State</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.results.map((row) => (
                  <UserRow
                    key={row.id}
                    row={row}
                    me={me}
                    busy={busyRow === row.id}
                    onApprove={() => approve(row)}
                    onReject={() => setPending({ kind: 'reject', user: row })}
                    onDeactivate={() => setPending({ kind: 'deactivate', user: row })}
                    onAccess={() => setPending({ kind: 'access', user: row })}
                    onReactivate={() => reactivate(row)}
                  />
                ))}
              </tbody>
            </table>
          )}
          <Pagination
            label="Users pages"
            page={filters.page}
            pageSize={PAGE_SIZE}
            count={data.count}
            onPage={(page) => update({ page: String(page) })}
          />
        </>
      ) : null}

      {pending?.kind === 'create' ? (
        <CreateUserDialog
          me={me}
          onClose={() => setPending(undefined)}
          onCreated={(created) =>
            done(`${created.email} is created as ${USER_TYPE_LABELS[created.user_type].toLowerCase()}.`)
          }
        />
      ) : null}
      {pending?.kind === 'reject' ? (
        <RejectVendorDialog
          user={pending.user}
          onClose={() => setPending(undefined)}
          onRejected={() => done(`${displayName(pending.user)} is not approved as a vendor.`)}
        />
      ) : null}
      {pending?.kind === 'access' ? (
        <AccessDialog
          me={me}
          user={pending.user}
          onClose={() => setPending(undefined)}
          onSaved={(saved) => done(accessNotice(saved))}
        />
      ) : null}
      {pending?.kind === 'deactivate' ? (
        <DeactivateDialog
          user={pending.user}
          onClose={() => setPending(undefined)}
          onDone={() => done(`${displayName(pending.user)} is deactivated.`)}
        />
      ) : null}
    </section>
  );
}

function UserRow({
  row,
  me,
  busy,
  onApprove,
  onReject,
  onDeactivate,
  onReactivate,
  onAccess,
}: {
  row: AdminUser;
  me: User | null;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onDeactivate: () => void;
  onReactivate: () => void;
  onAccess: () => void;
}) {
  const name = displayName(row);
  const vendorDecision =
    row.user_type === 'vendor' && can.decideVendors(me) && row.vendor_status !== 'approved';
  return (
    <tr data-testid="user-row" data-email={row.email}>
      <td>
        <span className="table__primary">{name}</span>
        <span className="table__secondary break">{row.email}</span>
        {name !== row.username ? <span className="table__secondary break">@{row.username}</span> : null}
      </td>
      <td data-label="Type">
        {USER_TYPE_LABELS[row.user_type]}
        {row.is_superuser ? ' (superuser)' : ''}
        {row.vendor_status ? (
          <>
            {' '}
            <span className={`badge badge--${row.vendor_status}`}>{VENDOR_LABELS[row.vendor_status]}</span>
          </>
        ) : null}
      </td>
      <td data-label="State">
        {row.is_active ? 'Active' : <span className="badge badge--muted">Inactive</span>}
        {row.email_verified ? null : <span className="table__secondary">Email not verified</span>}
      </td>
      <td data-label="Joined" className="table__nowrap">
        {formatDate(row.date_joined)}
      </td>
      <td className="table__actions">
        {vendorDecision ? (
          <button
            type="button"
            className="button button--small"
            onClick={onApprove}
            disabled={busy}
            aria-label={`Approve ${name} as a vendor`}
          >
            Approve
          </button>
        ) : null}
        {vendorDecision && row.vendor_status === 'pending' ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={onReject}
            disabled={busy}
            aria-label={`Reject ${name} as a vendor`}
          >
            Reject
          </button>
        ) : null}
        {canDeactivate(me, row) ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={onAccess}
            disabled={busy}
            aria-label={`Change the role of ${name}`}
          >
            Role
          </button>
        ) : null}
        {row.is_active && canDeactivate(me, row) ? (
          <button
            type="button"
            className="button button--small button--quiet button--danger-text"
            onClick={onDeactivate}
            disabled={busy}
            aria-label={`Deactivate ${name}`}
          >
            Deactivate
          </button>
        ) : null}
        {!row.is_active && canDeactivate(me, row) ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={onReactivate}
            disabled={busy}
            aria-label={`Reactivate ${name}`}
          >
            Reactivate
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function CreateUserDialog({
  me,
  onClose,
  onCreated,
}: {
  me: User | null;
  onClose: () => void;
  onCreated: (user: AdminUser) => void;
}) {
  const types = creatableTypes(me);
  const form = useForm({
    user_type: types[0] ?? 'staff',
    email: '',
    username: '',
    first_name: '',
    last_name: '',
    password: '',
  });
  const { values } = form;

  const onSubmit = form.onSubmit(async () => {
    const missing = requiredProblem({ email: values.email, password: values.password });
    if (missing) return { ok: false as const, problem: missing };
    const optional = Object.fromEntries(
      (['username', 'first_name', 'last_name'] as const)
        .filter((field) => values[field].trim())
        .map((field) => [field, values[field].trim()]),
    );
    const body = {
      email: values.email.trim(),
      password: values.password,
      user_type: values.user_type as UserType,
      ...optional,
    };
    return settle(api.POST('/api/admin/users/', { body }));
  }, onCreated);

  return (
    <DialogForm
      title="Add a user"
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit="Create user"
      busyLabel="Creating…"
    >
      <RoleSelect label="Role" types={types} me={me} {...form.bind('user_type')} />
      <EmailField autoComplete="off" {...form.bind('email')} />
      <NameFields form={form} personal={false} />
      <Field label="Username (optional)" autoComplete="off" {...form.bind('username')} />
      <PasswordField
        isNew
        hint="At least 10 characters. Share it safely; they can change it after signing in."
        {...form.bind('password')}
      />
    </DialogForm>
  );
}

/** The roles `me` may give, as a select. */
function RoleSelect({
  types,
  me,
  ...select
}: { types: readonly UserType[]; me: User | null; label: string } & BoundField) {
  return (
    <SelectField
      hint={can.manageAdmins(me) ? undefined : 'Only a superuser can make administrators.'}
      {...select}
    >
      {types.map((type) => (
        <option key={type} value={type}>
          {USER_TYPE_LABELS[type]}
        </option>
      ))}
    </SelectField>
  );
}

function accessNotice(user: AdminUser): string {
  const role = `${USER_TYPE_LABELS[user.user_type].toLowerCase()}${user.is_superuser ? ' (superuser)' : ''}`;
  return `${displayName(user)} is now ${role}, ${user.is_active ? 'active' : 'inactive'}.`;
}

/**
 * Role and active flag of one user. The server has the last word (it refuses
 * changes to yourself, and to administrators unless you are a superuser): its
 * sentence is shown in the dialog, and the list is reloaded when it may be stale.
 */
function AccessDialog({
  me,
  user,
  onClose,
  onSaved,
}: {
  me: User | null;
  user: AdminUser;
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}) {
  const offered = creatableTypes(me);
  const types = offered.includes(user.user_type) ? offered : [user.user_type, ...offered];
  const form = useForm({ user_type: user.user_type as string });
  const [active, setActive] = useState(user.is_active);
  const nextType = form.values.user_type as UserType;
  const onSubmit = form.onSubmit(() => {
    const body = {
      ...(nextType !== user.user_type ? { user_type: nextType } : {}),
      ...(active !== user.is_active
        ? { is_active: active, status: active ? ('ACTIVE' as const) : ('INACTIVE' as const) }
        : {}),
    };
    return settle(api.PATCH('/api/admin/users/{id}/', { params: { path: { id: user.id } }, body }));
  }, onSaved);
  const refused = form.action.problem?.status === 403;
  return (
    <DialogForm
      title={`Role and access of ${displayName(user)}`}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit="Save"
      busyLabel="Saving…"
    >
      {refused ? <p className="muted">Nothing was changed.</p> : null}
      <RoleSelect label="Role" types={types} me={me} {...form.bind('user_type')} />
      <Checkbox
        label="Active: can sign in"
        name="is_active"
        checked={active}
        onChange={(e) => setActive(e.target.checked)}
      />
      <p className="field__hint">A new role or deactivation signs {user.email} out everywhere.</p>
    </DialogForm>
  );
}

function RejectVendorDialog({
  user,
  onClose,
  onRejected,
}: {
  user: AdminUser;
  onClose: () => void;
  onRejected: () => void;
}) {
  const form = useForm({ reason: '' });
  const reason = form.values.reason.trim();
  const onSubmit = form.onSubmit(
    () =>
      settle(
        api.POST('/api/admin/users/{id}/reject-vendor/', {
          params: { path: { id: user.id } },
          body: reason ? { reason } : {},
        }),
      ),
    onRejected,
  );
  return (
    <DialogForm
      title={`Reject ${displayName(user)} as a vendor?`}
      form={form}
      onClose={onClose}
      onSubmit={onSubmit}
      submit="Reject vendor"
      danger
      intro={
        <p>
          They can keep using their account but cannot sell. We email them, with your reason if you give one.
        </p>
      }
    >
      <TextAreaField label="Reason (optional)" rows={3} maxLength={500} {...form.bind('reason')} />
    </DialogForm>
  );
}

function DeactivateDialog({
  user,
  onClose,
  onDone,
}: {
  user: AdminUser;
  onClose: () => void;
  onDone: () => void;
}) {
  return (
    <ActionDialog
      title={`Deactivate ${displayName(user)}?`}
      confirmLabel="Deactivate"
      run={() => settle(api.DELETE('/api/admin/users/{id}/', { params: { path: { id: user.id } } }))}
      onDone={onDone}
      onCancel={onClose}
    >
      <p>
        {user.email} is signed out everywhere and can no longer sign in. The account and its history stay; you
        can reactivate it later.
      </p>
    </ActionDialog>
  );
}
