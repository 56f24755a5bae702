import type { FormEvent } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title.js';

/** Placeholder until the identity module lands; the form is real markup, the submit is off. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const preventSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <section className="auth" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      <p className="notice" id="signin-note">
        Sign-in arrives with the identity module. Until then this form is a preview and cannot be submitted.
      </p>
      <form className="form" onSubmit={preventSubmit} aria-describedby="signin-note" noValidate>
        <div className="field">
          <label htmlFor="signin-email">Email</label>
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <button type="submit" className="button" disabled>
          Sign in
        </button>
      </form>
    </section>
  );
}
