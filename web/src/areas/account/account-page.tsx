import { useEffect, useState } from 'react';
import { api } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { type Outcome, phoneProblem, settle } from '../../lib/problem.js';
import { useAction } from '../../lib/query.js';
import { displayName, USER_TYPE_LABELS, type User } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import {
  EmailField,
  Field,
  Form,
  FormAlert,
  NameFields,
  PasswordField,
  PhoneField,
  SuccessAlert,
  useForm,
} from '../../ui/forms.js';
import { AccountDashboard } from './account-dashboard.js';
import { AccountNav } from './account-nav.js';

const FIELDS = ['first_name', 'last_name', 'username', 'phone', 'email'] as const;
type Editable = Record<(typeof FIELDS)[number], string>;

const VENDOR_STATUS: Record<string, string> = {
  pending: 'Waiting for approval',
  approved: 'Approved: you can sell',
  rejected: 'Not approved',
};

function editableOf(user: User): Editable {
  return {
    first_name: user.first_name,
    last_name: user.last_name,
    username: user.username,
    phone: user.phone,
    email: user.email,
  };
}

/** Only what changed, so an unchanged email is never sent (and never re-verified). */
function changesOf(user: User, values: Editable): Partial<Editable> {
  const before = editableOf(user);
  const out: Partial<Editable> = {};
  for (const field of FIELDS) {
    if (values[field].trim() !== before[field]) out[field] = values[field].trim();
  }
  return out;
}

/** `/account`: who you are, and the form to change it. Rendered behind `RequireSignedIn`. */
export function AccountPage() {
  useDocumentTitle('Your account');
  const { user, session } = useSession();

  // The copy loaded at start may be old (verified in another tab, changed by an admin).
  useEffect(() => {
    const controller = new AbortController();
    void session.refreshUser(controller.signal);
    return () => controller.abort();
  }, [session]);

  if (!user) return null;
  return (
    <section aria-labelledby="account-title" className="page">
      <header className="page__head">
        <h1 id="account-title">Your account</h1>
        <AccountNav />
      </header>
      <AccountDashboard />
      <div className="split">
        <ProfileSummary user={user} />
        <ProfileForm user={user} />
      </div>
    </section>
  );
}

function ProfileSummary({ user }: { user: User }) {
  const resend = useAction();
  const [sent, setSent] = useState<string | undefined>();
  const onResend = async () => {
    const outcome = await resend.run(() =>
      settle(api.POST('/api/auth/verify-email/resend/', { body: { email: user.email } })),
    );
    if (outcome?.ok) setSent(outcome.data.detail);
  };
  return (
    <section className="panel" aria-labelledby="profile-summary-title">
      <h2 id="profile-summary-title">{displayName(user)}</h2>
      <dl className="facts" data-testid="profile-summary">
        <div>
          <dt>Email</dt>
          <dd>
            <span className="break">{user.email}</span>{' '}
            {user.email_verified ? (
              <span className="badge badge--ok">Verified</span>
            ) : (
              <span className="badge">Not verified</span>
            )}
          </dd>
        </div>
        {user.pending_email ? (
          <div data-testid="pending-email">
            <dt>New email</dt>
            <dd>
              <span className="break">{user.pending_email}</span>{' '}
              <span className="badge">Waiting for confirmation</span>
              <br />
              <span className="muted">
                Open the link we sent to it; until then you sign in with {user.email}.
              </span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Username</dt>
          <dd className="break">{user.username}</dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{user.phone || '—'}</dd>
        </div>
        <div>
          <dt>Account type</dt>
          <dd>{USER_TYPE_LABELS[user.user_type]}</dd>
        </div>
        {user.user_type === 'vendor' && user.vendor_status ? (
          <div>
            <dt>Vendor status</dt>
            <dd>{VENDOR_STATUS[user.vendor_status] ?? user.vendor_status}</dd>
          </div>
        ) : null}
        <div>
          <dt>Member since</dt>
          <dd>{formatDate(user.date_joined)}</dd>
        </div>
        <div>
          <dt>Last sign-in</dt>
          <dd>{formatDateTime(user.last_login)}</dd>
        </div>
      </dl>
      {user.email_verified ? null : (
        <div className="stack">
          <p className="muted">Confirm your email address with the link we sent you.</p>
          {sent ? <SuccessAlert>{sent}</SuccessAlert> : null}
          <FormAlert message={resend.problem?.detail} />
          <p>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={onResend}
              disabled={resend.busy}
            >
              Send the link again
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

function ProfileForm({ user }: { user: User }) {
  const { session } = useSession();
  const [saved, setSaved] = useState<string | undefined>();
  const form = useForm({ ...editableOf(user), password: '' }, { onEdit: () => setSaved(undefined) });
  const changes = changesOf(user, form.values);

  const onSubmit = form.onSubmit(
    async (): Promise<Outcome<User | undefined>> => {
      setSaved(undefined);
      const badPhone = phoneProblem(form.values.phone);
      if (badPhone) return { ok: false, problem: badPhone };
      if (Object.keys(changes).length === 0) return { ok: true, data: undefined, status: 200 };
      // A new email needs the current password; it is sent with that change only.
      const body = changes.email ? { ...changes, password: form.values.password } : changes;
      return settle(api.PATCH('/api/auth/profile/', { body }));
    },
    (updated) => {
      if (!updated) {
        setSaved('Nothing to save: no field has changed.');
        return;
      }
      session.setUser(updated);
      form.reset({ ...editableOf(updated), password: '' });
      setSaved(
        changes.email && updated.pending_email
          ? `Saved. Check your new inbox: we sent a link to ${updated.pending_email}. Your email stays ${updated.email} until you open it.`
          : 'Your profile is saved.',
      );
    },
  );

  return (
    <Form
      form={form}
      onSubmit={onSubmit}
      aria-labelledby="profile-form-title"
      submit="Save changes"
      busyLabel="Saving…"
    >
      <h2 id="profile-form-title">Edit your profile</h2>
      {saved ? <SuccessAlert>{saved}</SuccessAlert> : null}
      <NameFields form={form} />
      <Field label="Username" autoComplete="username" {...form.bind('username')} />
      <PhoneField {...form.bind('phone')} />
      <EmailField
        required={false}
        hint="A new address takes effect once you open the link we send to it; we tell your current address too."
        {...form.bind('email')}
      />
      {changes.email ? (
        <PasswordField
          label="Current password"
          hint="Needed to change your email address."
          {...form.bind('password')}
        />
      ) : null}
    </Form>
  );
}
