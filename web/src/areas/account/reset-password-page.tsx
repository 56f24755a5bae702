import { type FormEvent, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formErrors, localProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useAction } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Field, FormAlert, SubmitButton, SuccessAlert, useFocusFirstInvalid } from '../../ui/forms.js';

const FIELDS = ['new_password', 'new_password2'] as const;

/** `/reset-password/:token`: opened from the reset mail; signs out every session on success. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [password2, setPassword2] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, action.problem);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = await action.run(async () => {
      const missing = requiredProblem({ new_password: password });
      if (missing) return { ok: false as const, problem: missing };
      if (password !== password2)
        return {
          ok: false as const,
          problem: localProblem('The two passwords differ.', {
            new_password2: ["Password fields didn't match."],
          }),
        };
      return settle(
        api.POST('/api/auth/password-reset/confirm/', { body: { token, new_password: password } }),
      );
    });
    if (outcome?.ok) setDone(true);
  };

  const { fields, message } = formErrors(action.problem, FIELDS);
  const linkUsedUp = action.problem?.code === 'INVALID_TOKEN';

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
        <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
          <FormAlert message={message} />
          {linkUsedUp ? (
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          ) : null}
          <Field
            label="New password"
            name="new_password"
            type="password"
            autoComplete="new-password"
            required
            hint="At least 10 characters; not a common password, not close to your email or name."
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errors={fields.new_password}
          />
          <Field
            label="Confirm new password"
            name="new_password2"
            type="password"
            autoComplete="new-password"
            required
            value={password2}
            onChange={(e) => setPassword2(e.target.value)}
            errors={fields.new_password2}
          />
          <SubmitButton busy={action.busy} busyLabel="Saving…">
            Set new password
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
