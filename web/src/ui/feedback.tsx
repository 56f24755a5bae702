/** Loading and error states shared by every page. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProblemInfo } from '../lib/problem.js';
import type { Loaded } from '../lib/query.js';

/** Where a page that found nothing sends people: the list it belongs to, or home. */
export interface WayBack {
  to: string;
  label: string;
}

const HOME: WayBack = { to: '/', label: 'Back to the home page' };

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/**
 * A failed load: what went wrong and, when it may help, a way to try again.
 * Trying again cannot find what is not there: a 404 offers a way back instead.
 */
export function ErrorPanel({
  problem,
  onRetry,
  back = HOME,
}: {
  problem: ProblemInfo;
  onRetry?: () => void;
  back?: WayBack;
}) {
  const notFound = problem.status === 404;
  return (
    <div className="alert alert--error" role="alert">
      <p>{problem.detail}</p>
      {notFound ? (
        <Link to={back.to} className="button button--small button--quiet">
          {back.label}
        </Link>
      ) : null}
      {onRetry && !notFound ? (
        <button type="button" className="button button--small button--quiet" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** A page that only says something: not allowed, link used up, done. */
export function MessagePage({
  code,
  title,
  children,
  titleId,
}: {
  code?: string;
  title: string;
  children: ReactNode;
  titleId: string;
}) {
  return (
    <section className="message-page" aria-labelledby={titleId}>
      {code ? (
        <p className="message-page__code" aria-hidden="true">
          {code}
        </p>
      ) : null}
      <h1 id={titleId}>{title}</h1>
      {children}
    </section>
  );
}

/** The state of a query before its data is there: its problem (with a retry or a way back), or a spinner. */
export function LoadStatus<T>({
  state,
  loadingLabel,
  back,
}: {
  state: Loaded<T>;
  loadingLabel: string;
  back?: WayBack;
}) {
  if (state.status === 'error')
    return <ErrorPanel problem={state.problem} onRetry={state.reload} {...(back ? { back } : {})} />;
  if (state.status === 'loading' && state.data === undefined) return <Loading label={loadingLabel} />;
  return null;
}
