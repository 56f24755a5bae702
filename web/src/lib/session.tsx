/**
 * The browser session: who is signed in, and the calls that change it. The
 * server keeps the session in HttpOnly cookies; this module knows only the user
 * it got back, loaded once at start from `GET /api/auth/profile/`.
 *
 * `Session` is plain TypeScript (an external store); React reads it through
 * `SessionProvider` and `useSession()`. It also installs the silent refresh on
 * the app's one API client.
 */
import { hasCode, type MercatoClient } from '@mercato/sdk';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { api } from './api.js';
import { csrfToken } from './cookies.js';
import { type Outcome, type ProblemInfo, settle } from './problem.js';
import type { User } from './roles.js';
import { createSilentRefresh, SIGNED_OUT_CODES } from './silent-refresh.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-in'; user: User }
  /** `expired`: the session ended by itself (refresh refused), not by signing out. */
  | { status: 'signed-out'; expired: boolean }
  /** The profile could not be loaded (server down, 5xx): unknown whether signed in. */
  | { status: 'error'; problem: ProblemInfo };

export interface Credentials {
  email: string;
  password: string;
  remember_me: boolean;
}

export class Session {
  #state: SessionState = { status: 'loading' };
  readonly #listeners = new Set<() => void>();
  /** Bumped whenever the cookies are renewed (refresh, sign-in), so stale 401s are only replayed. */
  #generation = 0;
  #refreshing: Promise<boolean> | undefined;
  #started = false;

  constructor(private readonly client: MercatoClient) {
    client.use(
      createSilentRefresh({
        refresh: () => this.refresh(),
        sessionLikely: () => this.#sessionLikely(),
        generation: () => this.#generation,
        csrfToken,
      }),
    );
  }

  readonly getState = (): SessionState => this.#state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(state: SessionState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }

  #sessionLikely(): boolean {
    const { status } = this.#state;
    return status === 'signed-in' || (status !== 'signed-out' && csrfToken() !== undefined);
  }

  /** Loads the user once; later calls do nothing (React may mount the provider twice in development). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.load();
  }

  /**
   * Asks the server who is signed in. Without the session's CSRF cookie there is
   * no session to ask about, so no request (and no 401 in the console) is made.
   */
  async load(): Promise<void> {
    if (!csrfToken()) {
      this.#set({ status: 'signed-out', expired: false });
      return;
    }
    if (this.#state.status !== 'loading') this.#set({ status: 'loading' });
    const result = await settle(this.client.GET('/api/auth/profile/'));
    if (result.ok) this.#set({ status: 'signed-in', user: result.data });
    // Signed out: no session, or one the server no longer accepts. Any other refusal (an API-client
    // gate, a rate limit) is a problem to show, not a reason to ask for a password.
    else if (hasCode(result.problem, ...SIGNED_OUT_CODES))
      this.#set({ status: 'signed-out', expired: false });
    else this.#set({ status: 'error', problem: result.problem });
  }

  async signIn(credentials: Credentials): Promise<Outcome<User>> {
    const result = await settle(
      this.client.POST('/api/auth/login/', { body: { ...credentials, use_cookies: true } }),
    );
    if (!result.ok) return result;
    this.#generation += 1;
    this.#set({ status: 'signed-in', user: result.data.user });
    return { ok: true, data: result.data.user, status: result.status };
  }

  /** Ends the session on the server, then here. Only a network failure leaves the user signed in. */
  async signOut(): Promise<Outcome<undefined>> {
    const result = await settle(this.client.POST('/api/auth/logout/', { body: {} }));
    if (!result.ok && result.problem.status === 0) return result;
    this.#set({ status: 'signed-out', expired: false });
    return { ok: true, data: undefined, status: result.ok ? result.status : 205 };
  }

  /**
   * Spends the refresh cookie for new session cookies. Callers at the same time
   * share one request. When it fails the session is over: signed out.
   */
  refresh(): Promise<boolean> {
    this.#refreshing ??= (async () => {
      let ok = false;
      try {
        const { response } = await this.client.POST('/api/auth/token/refresh/', { body: {} });
        ok = response.ok;
      } catch {
        ok = false;
      }
      if (ok) this.#generation += 1;
      else if (this.#state.status === 'signed-in') this.#set({ status: 'signed-out', expired: true });
      return ok;
    })().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Fetches the signed-in user again without leaving the signed-in state (no loading flash). */
  async refreshUser(signal?: AbortSignal): Promise<void> {
    if (this.#state.status !== 'signed-in') return;
    const result = await settle(this.client.GET('/api/auth/profile/', { signal }), signal).catch(
      () => undefined,
    );
    if (result?.ok) this.setUser(result.data);
  }

  /** After the user changed their profile (or verified their email): the new copy. */
  setUser(user: User): void {
    if (this.#state.status === 'signed-in') this.#set({ status: 'signed-in', user });
  }
}

/** The app's one session, on the app's one API client. */
export const session = new Session(api);

const SessionContext = createContext<Session>(session);

export function SessionProvider({ value = session, children }: { value?: Session; children: ReactNode }) {
  useEffect(() => value.start(), [value]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export interface UseSession {
  state: SessionState;
  /** The signed-in user, or null. */
  user: User | null;
  session: Session;
}

export function useSession(): UseSession {
  const value = useContext(SessionContext);
  const state = useSyncExternalStore(value.subscribe, value.getState, value.getState);
  return useMemo(
    () => ({ state, user: state.status === 'signed-in' ? state.user : null, session: value }),
    [state, value],
  );
}
