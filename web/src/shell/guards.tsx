/**
 * Route guards. Signed-out visitors of a private page go to sign in and come
 * back afterwards (`/signin?next=...`); signed-in users without a staff role who
 * open the admin area see why they cannot, not a blank page.
 */
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from '../lib/redirect.js';
import { isStaff } from '../lib/roles.js';
import { useSession } from '../lib/session.js';
import { useDocumentTitle } from '../lib/use-document-title.js';
import { ErrorPanel, Loading, MessagePage } from '../ui/feedback.js';

function useSignedInGate() {
  const { state, session } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading label="Checking your session…" />;
  if (state.status === 'error')
    return <ErrorPanel problem={state.problem} onRetry={() => void session.load()} />;
  if (state.status === 'signed-out')
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return null;
}

export function RequireSignedIn() {
  const gate = useSignedInGate();
  return gate ?? <Outlet />;
}

export function RequireStaff() {
  const gate = useSignedInGate();
  const { user } = useSession();
  if (gate) return gate;
  return isStaff(user) ? <Outlet /> : <NotAllowedPage />;
}

export function NotAllowedPage({ detail }: { detail?: string }) {
  useDocumentTitle('Not allowed');
  return (
    <MessagePage code="403" title="Not allowed" titleId="not-allowed-title">
      <p>{detail ?? 'This part of Mercato is for staff, managers and administrators.'}</p>
      <p>
        <Link to="/" className="button">
          Back to the home page
        </Link>
      </p>
    </MessagePage>
  );
}
