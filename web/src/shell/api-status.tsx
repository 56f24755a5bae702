import { useCallback, useEffect, useState } from 'react';
import { fetchReadiness } from '../lib/api.js';
import { describeReadiness, type ReadinessResult } from '../lib/status.js';

/** One line telling whether the API behind this app is up, fed by `GET /readyz`. */
export function ApiStatus() {
  const [result, setResult] = useState<ReadinessResult>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    setResult({ kind: 'loading' });
    fetchReadiness(controller.signal).then(setResult, () => {
      // Only an abort rejects: the page moved on, nothing to show.
    });
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const { state, text } = describeReadiness(result);

  return (
    <div className="api-status-row">
      <p className="api-status" data-testid="api-status" data-state={state} role="status" aria-live="polite">
        <span className="api-status__dot" aria-hidden="true" />
        {text}
      </p>
      {state === 'error' ? (
        <button type="button" className="button button--small" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
