import { type FormEvent, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { api } from '../../lib/api.js';
import { formErrors, localProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useSession } from '../../lib/session.js';
import { useAction } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Field, FormAlert, SubmitButton, useFocusFirstInvalid } from '../../ui/forms.js';

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

const FIELDS = [
  'email',
  'username',
  'first_name',
  'last_name',
  'password',
  'password2',
  'user_type',
] as const;

interface Created {
  email: string;
  userType: AccountType;
  detail: string | undefined;
}

/** `/signup`: an account of one of the three self-service types, then "check your email". */
export function SignUpPage() {
  useDocumentTitle('Create an account');
  const { state } = useSession();
  const [values, setValues] = useState({
    email: '',
    username: '',
    first_name: '',
    last_name: '',
    password: '',
    password2: '',
  });
  const [userType, setUserType] = useState<AccountType>('customer');
  const [created, setCreated] = useState<Created | undefined>();
  const action = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, action.problem);

  if (state.status === 'signed-in' && !created) return <Navigate to="/account" replace />;

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = await action.run(async () => {
      const missing = requiredProblem({ email: values.email, password: values.password });
      if (missing) return { ok: false as const, problem: missing };
      if (values.password !== values.password2)
        return {
          ok: false as const,
          problem: localProblem('The two passwords differ.', {
            password2: ["Password fields didn't match."],
          }),
        };
      const { username, ...rest } = values;
      // The tokens in the answer are not used: the web app signs in with cookies after verification.
      return settle(
        api.POST('/api/auth/register/', {
          body: { ...rest, ...(username.trim() ? { username: username.trim() } : {}), user_type: userType },
        }),
      );
    });
    if (outcome?.ok) setCreated({ email: outcome.data.user.email, userType, detail: outcome.data.detail });
  };

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

  const { fields, message } = formErrors(action.problem, FIELDS);

  return (
    <section className="auth auth--wide" aria-labelledby="signup-title">
      <h1 id="signup-title">Create an account</h1>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message} />
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
          {fields.user_type ? <p className="field__errors">{fields.user_type.join(' ')}</p> : null}
        </fieldset>
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={values.email}
          onChange={set('email')}
          errors={fields.email}
        />
        <div className="form__pair">
          <Field
            label="First name"
            name="first_name"
            autoComplete="given-name"
            value={values.first_name}
            onChange={set('first_name')}
            errors={fields.first_name}
          />
          <Field
            label="Last name"
            name="last_name"
            autoComplete="family-name"
            value={values.last_name}
            onChange={set('last_name')}
            errors={fields.last_name}
          />
        </div>
        <Field
          label="Username (optional)"
          name="username"
          autoComplete="username"
          hint="Letters, digits and @ . + - _ only. Leave it empty to use the start of your email."
          value={values.username}
          onChange={set('username')}
          errors={fields.username}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters; not a common password, not close to your email or name."
          value={values.password}
          onChange={set('password')}
          errors={fields.password}
        />
        <Field
          label="Confirm password"
          name="password2"
          type="password"
          autoComplete="new-password"
          required
          value={values.password2}
          onChange={set('password2')}
          errors={fields.password2}
        />
        <SubmitButton busy={action.busy} busyLabel="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      <p className="auth__alt">
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  );
}
