import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { requiredProblem, settle } from '../../lib/problem.js';
import { useAction } from '../../lib/query.js';
import { safeNext } from '../../lib/redirect.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import {
  Checkbox,
  EmailField,
  Form,
  FormAlert,
  PasswordField,
  SuccessAlert,
  useForm,
} from '../../ui/forms.js';

/** `/signin`: email and password, "remember me", then back to where the visitor was going. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const { state, session } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const form = useForm({ email: '', password: '' });
  const [remember, setRemember] = useState(true);
  const resend = useAction();
  const [resent, setResent] = useState<string | undefined>();
  const { email, password } = form.values;

  // Already signed in (e.g. the back button): nothing to do here.
  if (state.status === 'signed-in' && !form.action.busy) return <Navigate to={next} replace />;

  const onSubmit = form.onSubmit(
    async () => {
      setResent(undefined);
      const missing = requiredProblem({ email, password });
      return missing
        ? { ok: false as const, problem: missing }
        : session.signIn({ email, password, remember_me: remember });
    },
    () => navigate(next, { replace: true }),
  );

  const onResend = async () => {
    const outcome = await resend.run(() =>
      settle(api.POST('/api/auth/verify-email/resend/', { body: { email } })),
    );
    if (outcome?.ok) setResent(outcome.data.detail);
  };

  const unverified = form.action.problem?.code === 'EMAIL_NOT_VERIFIED';
  const expired = state.status === 'signed-out' && state.expired;

  return (
    <section className="auth" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      {expired ? (
        <p className="notice" role="status">
          Your session has ended. Sign in again to continue.
        </p>
      ) : null}
      <Form form={form} onSubmit={onSubmit} submit="Sign in" busyLabel="Signing in…">
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
        <EmailField id="signin-email" {...form.bind('email')} />
        <PasswordField id="signin-password" {...form.bind('password')} />
        <div className="form__row form__row--between">
          <Checkbox
            label="Remember me"
            name="remember_me"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          <Link to="/forgot-password">Forgot your password?</Link>
        </div>
      </Form>
      <p className="auth__alt">
        New to Mercato? <Link to="/signup">Create an account</Link>
      </p>
    </section>
  );
}
