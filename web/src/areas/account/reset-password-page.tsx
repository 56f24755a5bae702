import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { firstProblem, mismatchProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Form, NewPasswordFields, SuccessAlert, useForm } from '../../ui/forms.js';

/** `/reset-password/:token`: opened from the reset mail; signs out every session on success. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);
  const form = useForm({ new_password: '', new_password2: '' });
  const { new_password, new_password2 } = form.values;

  const onSubmit = form.onSubmit(
    async () =>
      firstProblem(
        requiredProblem({ new_password }),
        mismatchProblem(new_password, new_password2, 'new_password2'),
      ) ?? settle(api.POST('/api/auth/password-reset/confirm/', { body: { token, new_password } })),
    () => setDone(true),
  );
  const linkUsedUp = form.action.problem?.code === 'INVALID_TOKEN';

  return (
    <section className="auth" aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      {done ? (
        <div className="panel stack">
          <SuccessAlert>
            Your password is changed, and every session that used the old one is signed out.
          </SuccessAlert>
          <p>
            <Link to="/signin" className="button">
              Sign in
            </Link>
          </p>
        </div>
      ) : (
        <Form form={form} onSubmit={onSubmit} submit="Set new password" busyLabel="Saving…">
          {linkUsedUp ? (
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          ) : null}
          <NewPasswordFields form={form} name="new_password" />
        </Form>
      )}
    </section>
  );
}
