import { type FormEvent, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formErrors, requiredProblem, settle } from '../../lib/problem.js';
import { safeNext } from '../../lib/redirect.js';
import { useSession } from '../../lib/session.js';
import { useAction } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import {
  Checkbox,
  Field,
  FormAlert,
  SubmitButton,
  SuccessAlert,
  useFocusFirstInvalid,
} from '../../ui/forms.js';

const FIELDS = ['email', 'password'] as const;

/** `/signin`: email and password, "remember me", then back to where the visitor was going. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const { state, session } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(true);
  const signIn = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, signIn.problem);
  const resend = useAction();
  const [resent, setResent] = useState<string | undefined>();

  // Already signed in (e.g. the back button): nothing to do here.
  if (state.status === 'signed-in' && !signIn.busy) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResent(undefined);
    const outcome = await signIn.run(async () => {
      const missing = requiredProblem({ email, password });
      return missing
        ? { ok: false as const, problem: missing }
        : session.signIn({ email, password, remember_me: remember });
    });
    if (outcome?.ok) navigate(next, { replace: true });
  };

  const onResend = async () => {
    const outcome = await resend.run(() =>
      settle(api.POST('/api/auth/verify-email/resend/', { body: { email } })),
    );
    if (outcome?.ok) setResent(outcome.data.detail);
  };

  const { fields, message } = formErrors(signIn.problem, FIELDS);
  const unverified = signIn.problem?.code === 'EMAIL_NOT_VERIFIED';
  const expired = state.status === 'signed-out' && state.expired;

  return (
    <section className="auth" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      {expired ? (
        <p className="notice" role="status">
          Your session has ended. Sign in again to continue.
        </p>
      ) : null}
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message} />
        {unverified ? (
          <div className="form__row">
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={onResend}
              disabled={resend.busy || !email}
            >
              Send the verification link again
            </button>
          </div>
        ) : null}
        {resent ? <SuccessAlert>{resent}</SuccessAlert> : null}
        <FormAlert message={resend.problem?.detail} />
        <Field
          label="Email"
          id="signin-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={fields.email}
        />
        <Field
          label="Password"
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={fields.password}
        />
        <div className="form__row form__row--between">
          <Checkbox
            label="Remember me"
            name="remember_me"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          <Link to="/forgot-password">Forgot your password?</Link>
        </div>
        <SubmitButton busy={signIn.busy} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="auth__alt">
        New to Mercato? <Link to="/signup">Create an account</Link>
      </p>
    </section>
  );
}
