import { useState } from 'react';
import { api } from '../../lib/api.js';
import { firstProblem, mismatchProblem, requiredProblem, settle } from '../../lib/problem.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { Form, NewPasswordFields, PasswordField, SuccessAlert, useForm } from '../../ui/forms.js';
import { AccountNav } from './account-nav.js';

const EMPTY = { old_password: '', new_password: '', new_password2: '' };

/** `/account/password`: this session goes on with new cookies; every other session is signed out. */
export function ChangePasswordPage() {
  useDocumentTitle('Change your password');
  const [done, setDone] = useState(false);
  const form = useForm(EMPTY, { onEdit: () => setDone(false) });
  const { values } = form;

  const onSubmit = form.onSubmit(
    async () => {
      setDone(false);
      const local = firstProblem(
        requiredProblem({ old_password: values.old_password, new_password: values.new_password }),
        mismatchProblem(values.new_password, values.new_password2, 'new_password2'),
      );
      if (local) return local;
      return settle(
        api.POST('/api/auth/change-password/', {
          body: { old_password: values.old_password, new_password: values.new_password },
        }),
      );
    },
    () => {
      form.reset();
      setDone(true);
    },
  );

  return (
    <section aria-labelledby="password-title" className="page">
      <header className="page__head">
        <h1 id="password-title">Change your password</h1>
        <AccountNav />
      </header>
      <Form
        form={form}
        className="form form--narrow"
        onSubmit={onSubmit}
        submit="Change password"
        busyLabel="Changing…"
      >
        {done ? (
          <SuccessAlert>
            Your password is changed. Your other sessions and devices are signed out.
          </SuccessAlert>
        ) : null}
        <PasswordField label="Current password" {...form.bind('old_password')} />
        <NewPasswordFields form={form} name="new_password" />
      </Form>
    </section>
  );
}
