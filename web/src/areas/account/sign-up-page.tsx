import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { api } from '../../lib/api.js';
import { firstProblem, mismatchProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { EmailField, Field, Form, NameFields, NewPasswordFields, useForm } from '../../ui/forms.js';

type AccountType = 'customer' | 'creator' | 'vendor';

const ACCOUNT_TYPES: readonly { value: AccountType; label: string; summary: string }[] = [
  {
    value: 'customer',
    label: 'Customer',
    summary: 'Shop online and at the counter, and collect loyalty points.',
  },
  { value: 'creator', label: 'Creator', summary: 'Use the creator apps that run on Mercato.' },
  {
    value: 'vendor',
    label: 'Vendor',
    summary: 'Sell your products in the shop, once a manager has approved your account.',
  },
];

interface Created {
  email: string;
  userType: AccountType;
  detail: string | undefined;
}

/** `/signup`: an account of one of the three self-service types, then "check your email". */
export function SignUpPage() {
  useDocumentTitle('Create an account');
  const { state } = useSession();
  const form = useForm(
    { email: '', username: '', first_name: '', last_name: '', password: '', password2: '' },
    { otherFields: ['user_type'] },
  );
  const [userType, setUserType] = useState<AccountType>('customer');
  const [created, setCreated] = useState<Created | undefined>();

  if (state.status === 'signed-in' && !created) return <Navigate to="/account" replace />;

  const { values } = form;
  const onSubmit = form.onSubmit(
    async () => {
      const local = firstProblem(
        requiredProblem({ email: values.email, password: values.password }),
        mismatchProblem(values.password, values.password2, 'password2'),
      );
      if (local) return local;
      const { username, ...rest } = values;
      // The tokens in the answer are not used: the web app signs in with cookies after verification.
      return settle(
        api.POST('/api/auth/register/', {
          body: { ...rest, ...(username.trim() ? { username: username.trim() } : {}), user_type: userType },
        }),
      );
    },
    (data) => setCreated({ email: data.user.email, userType, detail: data.detail }),
  );

  if (created) {
    return (
      <section className="auth" aria-labelledby="signup-done-title">
        <h1 id="signup-done-title">Check your email</h1>
        <div className="panel stack">
          <p role="status">
            Your account is ready. We sent a link to <strong>{created.email}</strong> to confirm the address;
            open it within 24 hours.
          </p>
          {created.userType === 'vendor' ? (
            <p>
              Vendor accounts are checked by our team: you can sign in now, and you can sell once a manager
              approves your account. We will email you.
            </p>
          ) : null}
          <p>
            <Link to="/signin" className="button">
              Sign in
            </Link>
          </p>
        </div>
      </section>
    );
  }

  return (
    <section className="auth auth--wide" aria-labelledby="signup-title">
      <h1 id="signup-title">Create an account</h1>
      <Form form={form} onSubmit={onSubmit} submit="Create account" busyLabel="Creating your account…">
        <fieldset className="choice-group">
          <legend>Account type</legend>
          {ACCOUNT_TYPES.map((type) => (
            <label key={type.value} className="choice">
              <input
                type="radio"
                name="user_type"
                value={type.value}
                checked={userType === type.value}
                onChange={() => setUserType(type.value)}
              />
              <span className="choice__text">
                <span className="choice__label">{type.label}</span>
                <span className="choice__summary">{type.summary}</span>
              </span>
            </label>
          ))}
          {form.errors.user_type ? <p className="field__errors">{form.errors.user_type.join(' ')}</p> : null}
        </fieldset>
        <EmailField {...form.bind('email')} />
        <NameFields form={form} />
        <Field
          label="Username (optional)"
          autoComplete="username"
          hint="Letters, digits and @ . + - _ only. Leave it empty to use the start of your email."
          {...form.bind('username')}
        />
        <NewPasswordFields form={form} name="password" label="Password" />
      </Form>
      <p className="auth__alt">
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  );
}
