import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../lib/api.js';
import { requiredProblem, settle } from '../../lib/problem.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { EmailField, Form, SuccessAlert, useForm } from '../../ui/forms.js';

/** `/forgot-password`: mails a one-hour reset link. The answer is the same for unknown addresses. */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password');
  const [sent, setSent] = useState<string | undefined>();
  const form = useForm({ email: '' });
  const { email } = form.values;

  const onSubmit = form.onSubmit(
    async () => {
      const missing = requiredProblem({ email });
      if (missing) return { ok: false as const, problem: missing };
      return settle(api.POST('/api/auth/password-reset/', { body: { email } }));
    },
    (data) => setSent(data.detail),
  );

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
          <Form form={form} onSubmit={onSubmit} submit="Send the reset link" busyLabel="Sending…">
            <EmailField {...form.bind('email')} />
          </Form>
          <p className="auth__alt">
            Remembered it? <Link to="/signin">Sign in</Link>
          </p>
        </>
      )}
    </section>
  );
}
