import { type FormEvent, useRef, useState } from 'react';
import { api } from '../../lib/api.js';
import { formErrors, localProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useAction } from '../../lib/use-async.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Field, FormAlert, SubmitButton, SuccessAlert, useFocusFirstInvalid } from '../../ui/forms.js';
import { AccountNav } from './account-nav.js';

const FIELDS = ['old_password', 'new_password', 'new_password2'] as const;
const EMPTY = { old_password: '', new_password: '', new_password2: '' };

/** `/account/password`: this session goes on with new cookies; every other session is signed out. */
export function ChangePasswordPage() {
  useDocumentTitle('Change your password');
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const action = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, action.problem);

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => {
    setDone(false);
    setValues((v) => ({ ...v, [field]: event.target.value }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const outcome = await action.run(async () => {
      const missing = requiredProblem({
        old_password: values.old_password,
        new_password: values.new_password,
      });
      if (missing) return { ok: false as const, problem: missing };
      if (values.new_password !== values.new_password2)
        return {
          ok: false as const,
          problem: localProblem('The two new passwords differ.', {
            new_password2: ["Password fields didn't match."],
          }),
        };
      return settle(
        api.POST('/api/auth/change-password/', {
          body: { old_password: values.old_password, new_password: values.new_password },
        }),
      );
    });
    if (outcome?.ok) {
      setValues(EMPTY);
      setDone(true);
    }
  };

  const { fields, message } = formErrors(action.problem, FIELDS);
  return (
    <section aria-labelledby="password-title" className="page">
      <header className="page__head">
        <h1 id="password-title">Change your password</h1>
        <AccountNav />
      </header>
      <form ref={formRef} className="form form--narrow" onSubmit={onSubmit} noValidate>
        <FormAlert message={message} />
        {done ? (
          <SuccessAlert>
            Your password is changed. Your other sessions and devices are signed out.
          </SuccessAlert>
        ) : null}
        <Field
          label="Current password"
          name="old_password"
          type="password"
          autoComplete="current-password"
          required
          value={values.old_password}
          onChange={set('old_password')}
          errors={fields.old_password}
        />
        <Field
          label="New password"
          name="new_password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters; not a common password, not close to your email or name."
          value={values.new_password}
          onChange={set('new_password')}
          errors={fields.new_password}
        />
        <Field
          label="Confirm new password"
          name="new_password2"
          type="password"
          autoComplete="new-password"
          required
          value={values.new_password2}
          onChange={set('new_password2')}
          errors={fields.new_password2}
        />
        <SubmitButton busy={action.busy} busyLabel="Changing…">
          Change password
        </SubmitButton>
      </form>
    </section>
  );
}
