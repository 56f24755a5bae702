import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { firstProblem, type Outcome, requiredProblem, settle } from '../../lib/problem.js';
import type { User } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { EmailField, Form, SuccessAlert, useForm } from '../../ui/forms.js';

type Verified = Outcome<{ detail: string; user: User }>;

/**
 * The link works once: one request per token for the life of the page, even
 * when React runs the effect twice or the user comes back to the page.
 */
const attempts = new Map<string, Promise<Verified>>();

function verifyOnce(token: string): Promise<Verified> {
  let attempt = attempts.get(token);
  if (!attempt) {
    attempt = settle(api.GET('/api/auth/verify-email/{token}/', { params: { path: { token } } }));
    attempts.set(token, attempt);
  }
  return attempt;
}

/** `/verify-email/:token`: opened from the mail sent at sign-up or after an email change. */
export function VerifyEmailPage() {
  useDocumentTitle('Verify your email');
  const { token = '' } = useParams();
  const { user, session } = useSession();
  const [result, setResult] = useState<Verified | undefined>();

  useEffect(() => {
    let current = true;
    verifyOnce(token).then((outcome) => {
      if (current) setResult(outcome);
    });
    return () => {
      current = false;
    };
  }, [token]);

  // The signed-in user's copy should say "verified" too (and carry the new address, after an email change).
  useEffect(() => {
    const fresh = result?.ok ? result.data.user : undefined;
    if (fresh && user && fresh.id === user.id && (!user.email_verified || user.email !== fresh.email))
      session.setUser(fresh);
  }, [result, user, session]);

  return (
    <section className="auth" aria-labelledby="verify-title">
      <h1 id="verify-title">Verify your email</h1>
      {!result ? <Loading label="Checking your link…" /> : null}
      {result?.ok ? (
        <div className="panel stack">
          <SuccessAlert>
            Your email address <strong>{result.data.user.email}</strong> is verified.
          </SuccessAlert>
          <p>
            {user ? (
              <Link to="/account" className="button">
                Go to your account
              </Link>
            ) : (
              <Link to="/signin" className="button">
                Sign in
              </Link>
            )}
          </p>
        </div>
      ) : null}
      {result && !result.ok ? (
        <>
          <ErrorPanel problem={result.problem} />
          {result.problem.code === 'INVALID_TOKEN' ? <ResendForm initialEmail={user?.email ?? ''} /> : null}
        </>
      ) : null}
    </section>
  );
}

function ResendForm({ initialEmail }: { initialEmail: string }) {
  const [sent, setSent] = useState<string | undefined>();
  const form = useForm({ email: initialEmail });
  const { email } = form.values;
  const onSubmit = form.onSubmit(
    async () =>
      firstProblem(requiredProblem({ email })) ??
      settle(api.POST('/api/auth/verify-email/resend/', { body: { email } })),
    (data) => setSent(data.detail),
  );
  return (
    <Form
      form={form}
      onSubmit={onSubmit}
      aria-labelledby="resend-title"
      submit="Send a new link"
      busyLabel="Sending…"
    >
      <h2 id="resend-title">Get a new link</h2>
      {sent ? <SuccessAlert>{sent}</SuccessAlert> : null}
      <EmailField {...form.bind('email')} />
    </Form>
  );
}
