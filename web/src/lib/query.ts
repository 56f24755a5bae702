/**
 * The web app's data layer: TanStack Query over SDK calls folded into `Outcome`s
 * (see problem.ts). One `QueryClient` holds every read, cached under the keys of
 * query-keys.ts; `useApiQuery` is what a page shows (loading, data, problem,
 * reload) and `useAction` what a button or form does (busy, problem), marking
 * the resources it changed as stale when it succeeds.
 */
import {
  keepPreviousData,
  QueryClient,
  type QueryKey,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Outcome, ProblemInfo } from './problem.js';

/** A failed call as TanStack Query sees it: thrown, with the problem the page shows. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemInfo) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

/** The data of an outcome, or a thrown `ProblemError`. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.data;
  throw new ProblemError(outcome.problem);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A failed load shows its problem at once with a "Try again" button.
        retry: false,
        // Pages refresh after the user's own changes (invalidation), not on every tab switch.
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}

/** The app's one client (the shop's cart store and the payment settings live in it too). */
export const queryClient = createQueryClient();

export type LoadState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; problem: ProblemInfo; data?: T };

export type Loaded<T> = LoadState<T> & { reload: () => void };

/** The problem behind a failed query or mutation. */
export function problemOf(error: unknown): ProblemInfo {
  if (error instanceof ProblemError) return error.problem;
  return {
    status: 0,
    code: 'CLIENT_ERROR',
    detail: error instanceof Error ? error.message : 'Something went wrong.',
    errors: {},
  };
}

/**
 * Loads `key` with `load` (aborted when the key changes or nobody needs it any
 * more). While another key of a list loads, the last data stays available
 * (`data`) so lists do not flash; `detail` pages (one order, one product) show
 * nothing of the previous one.
 */
export function useApiQuery<T>(
  key: QueryKey,
  load: (signal: AbortSignal) => Promise<Outcome<T>>,
  { detail = false }: { detail?: boolean } = {},
): Loaded<T> {
  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => unwrap(await load(signal)),
    ...(detail ? {} : { placeholderData: keepPreviousData }),
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const data = query.data;
  const withData = data !== undefined ? { data } : {};
  if (query.isError && !query.isFetching)
    return { status: 'error', problem: problemOf(query.error), ...withData, reload };
  if (query.isSuccess && !query.isPlaceholderData && !query.isFetching)
    return { status: 'ready', data: query.data, reload };
  return { status: 'loading', ...withData, reload };
}

export interface Action {
  busy: boolean;
  problem: ProblemInfo | undefined;
  /** Runs `task` unless one is already running; records its problem, if any. */
  run<T>(task: () => Promise<Outcome<T>>): Promise<Outcome<T> | undefined>;
  clear(): void;
}

/**
 * A mutation: `run(task)` sends one change (never two at once) and, when it
 * succeeds, marks every query under `invalidates` as stale so the pages showing
 * them load again.
 */
export function useAction({ invalidates = [] }: { invalidates?: readonly QueryKey[] } = {}): Action {
  const client = useQueryClient();
  const running = useRef(false);
  const mutation = useMutation<Outcome<unknown>, ProblemError, () => Promise<Outcome<unknown>>>({
    mutationFn: async (task) => {
      const outcome = await task();
      if (!outcome.ok) throw new ProblemError(outcome.problem);
      return outcome;
    },
    onSuccess: () =>
      Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey }))).then(
        () => undefined,
      ),
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async <T>(task: () => Promise<Outcome<T>>): Promise<Outcome<T> | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      try {
        return (await mutateAsync(task)) as Outcome<T>;
      } catch (error) {
        if (error instanceof ProblemError) return { ok: false, problem: error.problem };
        throw error;
      } finally {
        running.current = false;
      }
    },
    [mutateAsync],
  );
  return {
    busy: mutation.isPending,
    problem: mutation.error ? problemOf(mutation.error) : undefined,
    run,
    clear: reset,
  };
}
