import { hasCode } from '@mercato/sdk';
import { useState } from 'react';
import { api } from '../../../lib/api.js';
import { requiredProblem, settle } from '../../../lib/problem.js';
import { keys } from '../../../lib/query-keys.js';
import {
  can,
  creatableTypes,
  displayName,
  USER_TYPE_LABELS,
  type User,
  type UserType,
} from '../../../lib/roles.js';
import {
  type BoundField,
  Checkbox,
  DialogForm,
  EmailField,
  Field,
  NameFields,
  PasswordField,
  SelectField,
  TextAreaField,
  useForm,
} from '../../../ui/forms.js';
import { ActionDialog } from '../../../ui/modal.js';
import type { AdminUser } from './user-row.js';

/** What every change here makes stale: the users list, on every page and filter. */
const invalidates = [keys.adminUsers];

export function CreateUserDialog({
  me,
  onClose,
  onCreated,
}: {
  me: User | null;
  onClose: () => void;
  onCreated: (user: AdminUser) => void;
}) {
  const types = creatableTypes(me);
  const form = useForm(
    {
      user_type: types[0] ?? 'staff',
      email: '',
      username: '',
      first_name: '',
      last_name: '',
      password: '',
    },
    { invalidates },
  );
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

export function accessNotice(user: AdminUser): string {
  const role = `${USER_TYPE_LABELS[user.user_type].toLowerCase()}${user.is_superuser ? ' (superuser)' : ''}`;
  return `${displayName(user)} is now ${role}, ${user.is_active ? 'active' : 'inactive'}.`;
}

/**
 * Role and active flag of one user. The server has the last word (it refuses
 * changes to yourself, and to administrators unless you are a superuser): its
 * sentence is shown in the dialog, and the list is reloaded when it may be stale.
 */

export function AccessDialog({
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
  const form = useForm({ user_type: user.user_type as string }, { invalidates });
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
  const refused = hasCode(
    form.action.problem,
    'PERMISSION_DENIED',
    'SUPERUSER_REQUIRED',
    'CANNOT_CHANGE_SELF',
  );
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

export function RejectVendorDialog({
  user,
  onClose,
  onRejected,
}: {
  user: AdminUser;
  onClose: () => void;
  onRejected: () => void;
}) {
  const form = useForm({ reason: '' }, { invalidates });
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

export function DeactivateDialog({
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
      invalidates={invalidates}
    >
      <p>
        {user.email} is signed out everywhere and can no longer sign in. The account and its history stay; you
        can reactivate it later.
      </p>
    </ActionDialog>
  );
}
