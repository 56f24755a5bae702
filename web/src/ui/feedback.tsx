/** Loading and error states shared by every page. */
import type { ReactNode } from 'react';
import type { ProblemInfo } from '../lib/problem.js';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A failed load: what went wrong and, when it may help, a way to try again. */
export function ErrorPanel({ problem, onRetry }: { problem: ProblemInfo; onRetry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p>{problem.detail}</p>
      {onRetry ? (
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
