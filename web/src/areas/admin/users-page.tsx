import { useState } from 'react';
import { api } from '../../lib/api.js';
import { type Outcome, settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { can, displayName, USER_TYPE_LABELS, type User, type UserType } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { readChoice } from '../../lib/url-state.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { NotAllowedPage } from '../../shell/guards.js';
import { FormAlert, SelectField, SuccessAlert } from '../../ui/forms.js';
import { FilterBar, ListPage, Table, useUrlFilters } from '../../ui/list.js';
import {
  AccessDialog,
  accessNotice,
  CreateUserDialog,
  DeactivateDialog,
  RejectVendorDialog,
} from './users/user-dialogs.js';
import { type AdminUser, UserRow, VENDOR_LABELS, type VendorStatus } from './users/user-row.js';

const PAGE_SIZE = 20;
const USER_TYPES = Object.keys(USER_TYPE_LABELS) as UserType[];
const VENDOR_STATUSES = Object.keys(VENDOR_LABELS) as VendorStatus[];
const ACTIVE_STATES = ['true', 'false'] as const;

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
  const filters = useUrlFilters();
  const { page, params } = filters;
  const search = filters.get('search');
  const userType = readChoice(params, 'user_type', USER_TYPES);
  const isActive = readChoice(params, 'is_active', ACTIVE_STATES);
  const vendorStatus = readChoice(params, 'vendor_status', VENDOR_STATUSES);
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<string | undefined>();
  const rowAction = useAction({ invalidates: [keys.adminUsers] });
  const [busyRow, setBusyRow] = useState<string | undefined>();

  const query = {
    page,
    page_size: PAGE_SIZE,
    ...(search ? { search } : {}),
    ...(userType ? { user_type: userType } : {}),
    ...(isActive ? { is_active: isActive === 'true' } : {}),
    ...(vendorStatus ? { vendor_status: vendorStatus } : {}),
  };
  const list = useApiQuery([...keys.adminUsers, query], (signal) =>
    settle(api.GET('/api/admin/users/', { params: { query }, signal }), signal),
  );

  const done = (message: string) => {
    setNotice(message);
    setPending(undefined);
  };

  /** A one-click change on a row (no dialog): the row's buttons wait while it runs. */
  const rowChange = async <T,>(target: AdminUser, message: string, call: () => Promise<Outcome<T>>) => {
    setNotice(undefined);
    setBusyRow(target.id);
    const outcome = await rowAction.run(call);
    setBusyRow(undefined);
    if (outcome?.ok) done(message);
  };
  const approve = (target: AdminUser) =>
    rowChange(target, `${displayName(target)} is approved as a vendor.`, () =>
      settle(
        api.POST('/api/admin/users/{id}/approve-vendor/', { params: { path: { id: target.id } }, body: {} }),
      ),
    );
  const reactivate = (target: AdminUser) =>
    rowChange(target, `${displayName(target)} is active again.`, () =>
      settle(
        api.PATCH('/api/admin/users/{id}/', {
          params: { path: { id: target.id } },
          body: { is_active: true, status: 'ACTIVE' },
        }),
      ),
    );

  const data = list.data;
  return (
    <ListPage
      titleId="users-title"
      title="Users"
      intro={
        data ? `${data.count} ${data.count === 1 ? 'user' : 'users'} found.` : 'Everyone with an account.'
      }
      actions={
        can.manageUsers(me) ? (
          <button type="button" className="button" onClick={() => setPending({ kind: 'create' })}>
            Add a user
          </button>
        ) : null
      }
      filterBar={
        <FilterBar filters={filters} label="Filter users" placeholder="Name, email or username">
          <SelectField
            label="Type"
            value={userType}
            onChange={(e) => filters.update({ user_type: e.target.value })}
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
            value={vendorStatus}
            onChange={(e) => filters.update({ vendor_status: e.target.value })}
          >
            <option value="">Any</option>
            {VENDOR_STATUSES.map((value) => (
              <option key={value} value={value}>
                {VENDOR_LABELS[value]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="State"
            value={isActive}
            onChange={(e) => filters.update({ is_active: e.target.value })}
          >
            <option value="">Any</option>
            <option value="true">Active</option>
            <option value="false">Inactive</option>
          </SelectField>
        </FilterBar>
      }
      notices={
        <>
          {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
          <FormAlert message={rowAction.problem?.detail} />
        </>
      }
      list={list}
      filters={filters}
      pageSize={PAGE_SIZE}
      pagerLabel="Users pages"
      loadingLabel="Loading users…"
      empty="No user matches these filters."
      dialogs={<UserDialogs me={me} pending={pending} onClose={() => setPending(undefined)} onDone={done} />}
    >
      {(users, busy) => (
        <Table caption={`Users, page ${page}`} columns={['User', 'Type', 'State', 'Joined', '']} busy={busy}>
          {users.map((row) => (
            <UserRow
              key={row.id}
              row={row}
              me={me}
              busy={busyRow === row.id}
              onApprove={() => void approve(row)}
              onReject={() => setPending({ kind: 'reject', user: row })}
              onDeactivate={() => setPending({ kind: 'deactivate', user: row })}
              onAccess={() => setPending({ kind: 'access', user: row })}
              onReactivate={() => void reactivate(row)}
            />
          ))}
        </Table>
      )}
    </ListPage>
  );
}

/** The dialog the list opened, if any; each reports what it did in a sentence. */
function UserDialogs({
  me,
  pending,
  onClose,
  onDone,
}: {
  me: User | null;
  pending: Pending;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  switch (pending?.kind) {
    case 'create':
      return (
        <CreateUserDialog
          me={me}
          onClose={onClose}
          onCreated={(created) =>
            onDone(`${created.email} is created as ${USER_TYPE_LABELS[created.user_type].toLowerCase()}.`)
          }
        />
      );
    case 'reject':
      return (
        <RejectVendorDialog
          user={pending.user}
          onClose={onClose}
          onRejected={() => onDone(`${displayName(pending.user)} is not approved as a vendor.`)}
        />
      );
    case 'access':
      return (
        <AccessDialog
          me={me}
          user={pending.user}
          onClose={onClose}
          onSaved={(saved) => onDone(accessNotice(saved))}
        />
      );
    case 'deactivate':
      return (
        <DeactivateDialog
          user={pending.user}
          onClose={onClose}
          onDone={() => onDone(`${displayName(pending.user)} is deactivated.`)}
        />
      );
    default:
      return null;
  }
}
