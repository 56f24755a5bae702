import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { formErrors, requiredProblem, settle } from '../../lib/problem.js';
import { useAction } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Field, FormAlert, SubmitButton, SuccessAlert } from '../../ui/forms.js';

/** `/forgot-password`: mails a one-hour reset link. The answer is the same for unknown addresses. */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | undefined>();
  const action = useAction();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = await action.run(async () => {
      const missing = requiredProblem({ email });
      if (missing) return { ok: false as const, problem: missing };
      return settle(api.POST('/api/auth/password-reset/', { body: { email } }));
    });
    if (outcome?.ok) setSent(outcome.data.detail);
  };

  const { fields, message } = formErrors(action.problem, ['email'] as const);
  return (
    <section className="auth" aria-labelledby="forgot-title">
      <h1 id="forgot-title">Forgot your password?</h1>
      {sent ? (
        <div className="panel stack">
          <SuccessAlert>{sent}</SuccessAlert>
          <p>The link works once, for one hour. No mail? Check the spam folder, or try again.</p>
          <p>
            <Link to="/signin">Back to sign in</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            Enter the email address of your account and we will send you a link to choose a new password.
          </p>
          <form className="form" onSubmit={onSubmit} noValidate>
            <FormAlert message={message} />
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              errors={fields.email}
            />
            <SubmitButton busy={action.busy} busyLabel="Sending…">
              Send the reset link
            </SubmitButton>
          </form>
          <p className="auth__alt">
            Remembered it? <Link to="/signin">Sign in</Link>
          </p>
        </>
      )}
    </section>
  );
}
