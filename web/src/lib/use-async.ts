/**
 * Two small hooks around SDK calls folded into `Outcome`s (see problem.ts):
 * `useLoad` for what a page shows (loading, data, problem, reload) and
 * `useAction` for what a button or form does (busy, problem).
 */
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome, ProblemInfo } from './problem.js';

export type LoadState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; problem: ProblemInfo; data?: T };

/**
 * Runs `load` when `deps` change and on `reload()`, aborting the previous run.
 * While reloading, the last data stays available (`data`) so lists do not flash.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<Outcome<T>>,
  deps: DependencyList,
): LoadState<T> & { reload: () => void } {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps and the retry counter decide.
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({
      status: 'loading',
      ...(previous.data !== undefined ? { data: previous.data } : {}),
    }));
    loadRef.current(controller.signal).then(
      (outcome) => {
        if (controller.signal.aborted) return;
        setState((previous) =>
          outcome.ok
            ? { status: 'ready', data: outcome.data }
            : {
                status: 'error',
                problem: outcome.problem,
                ...(previous.data !== undefined ? { data: previous.data } : {}),
              },
        );
      },
      () => {
        // Only an abort rejects: a newer run or an unmount took over.
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

export interface Action {
  busy: boolean;
  problem: ProblemInfo | undefined;
  /** Runs `task` unless one is already running; records its problem, if any. */
  run<T>(task: () => Promise<Outcome<T>>): Promise<Outcome<T> | undefined>;
  clear(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemInfo | undefined>();
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T>(task: () => Promise<Outcome<T>>) => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await task();
      if (mounted.current && !outcome.ok) setProblem(outcome.problem);
      return outcome;
    } finally {
      running.current = false;
      if (mounted.current) setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setProblem(undefined), []);
  return { busy, problem, run, clear };
}
