/**
 * The shop's client-side state: the signed-in user's cart (shown in the header
 * and changed from several pages) and the deployment's payment settings
 * (currency, provider). An external store like the session, read through hooks.
 */
import type { Schemas } from '@mercato/sdk';
import { useEffect, useSyncExternalStore } from 'react';
import { api } from './api.js';
import { formatMoney } from './money.js';
import { type Outcome, type ProblemInfo, settle } from './problem.js';
import { useSession } from './session.js';

export type Cart = Schemas['Cart'];
export type CartItem = Schemas['CartItem'];
export type Order = Schemas['Order'];
export type PaymentsConfig = Schemas['PaymentsConfig'];

export type CartState =
  | { status: 'idle' }
  | { status: 'loading'; cart?: Cart }
  | { status: 'ready'; cart: Cart }
  | { status: 'error'; problem: ProblemInfo; cart?: Cart };

class CartStore {
  #state: CartState = { status: 'idle' };
  readonly #listeners = new Set<() => void>();
  #owner: string | undefined;

  readonly getState = (): CartState => this.#state;
  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(state: CartState) {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }

  /** Loads the cart of `userId` once (again after `reload()`); forgets it when nobody is signed in. */
  follow(userId: string | undefined) {
    if (userId === this.#owner) return;
    this.#owner = userId;
    if (!userId) this.#set({ status: 'idle' });
    else void this.reload();
  }

  async reload(): Promise<void> {
    const previous = 'cart' in this.#state ? this.#state.cart : undefined;
    this.#set({ status: 'loading', ...(previous ? { cart: previous } : {}) });
    const outcome = await settle(api.GET('/api/cart/'));
    if (outcome.ok) this.#set({ status: 'ready', cart: outcome.data });
    else this.#set({ status: 'error', problem: outcome.problem, ...(previous ? { cart: previous } : {}) });
  }

  /** After any call that answers the whole cart (add, update, remove, move from the wishlist). */
  async apply(call: Promise<Outcome<Cart>>): Promise<Outcome<Cart>> {
    const outcome = await call;
    if (outcome.ok) this.#set({ status: 'ready', cart: outcome.data });
    return outcome;
  }
}

export const cartStore = new CartStore();

export function useCart(): CartState {
  const { user } = useSession();
  useEffect(() => cartStore.follow(user?.id), [user?.id]);
  return useSyncExternalStore(cartStore.subscribe, cartStore.getState, cartStore.getState);
}

/** `POST /api/cart/add/`; the header's count follows. */
export function addToCart(sizeId: string, quantity: number) {
  return cartStore.apply(settle(api.POST('/api/cart/add/', { body: { size_id: sizeId, quantity } })));
}

let configPromise: Promise<Outcome<PaymentsConfig>> | undefined;
let configValue: PaymentsConfig | undefined;
const configListeners = new Set<() => void>();

/** `GET /api/payments/config/`, once per page load (retried after a failure). */
export function loadPaymentsConfig(): Promise<Outcome<PaymentsConfig>> {
  configPromise ??= settle(api.GET('/api/payments/config/')).then((outcome) => {
    if (outcome.ok) {
      configValue = outcome.data;
      for (const listener of configListeners) listener();
    } else configPromise = undefined;
    return outcome;
  });
  return configPromise;
}

/** The payment settings, or undefined until they are loaded. */
export function usePaymentsConfig(): PaymentsConfig | undefined {
  useEffect(() => void loadPaymentsConfig(), []);
  return useSyncExternalStore(
    (listener) => {
      configListeners.add(listener);
      return () => configListeners.delete(listener);
    },
    () => configValue,
    () => configValue,
  );
}

/** Formats amounts in the deployment's currency (USD until the settings are loaded). */
export function useMoney(): (amount: string | null | undefined) => string {
  const config = usePaymentsConfig();
  const currency = config?.currency ?? 'USD';
  return (amount) => formatMoney(amount, currency);
}
