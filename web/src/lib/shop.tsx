/**
 * The shop's client-side state: the signed-in user's cart (shown in the header
 * and changed from several pages) and the deployment's payment settings
 * (currency, provider), both kept in the query cache and read through hooks.
 */
import type { Schemas } from '@mercato/sdk';
import { useQuery } from '@tanstack/react-query';
import { api } from './api.js';
import { formatMoney } from './money.js';
import { type Outcome, type ProblemInfo, settle } from './problem.js';
import { problemOf, queryClient, unwrap } from './query.js';
import { keys } from './query-keys.js';
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

function cartKey(userId: string) {
  return [...keys.cart, userId] as const;
}

async function fetchCart(signal?: AbortSignal): Promise<Cart> {
  return unwrap(await settle(api.GET('/api/cart/', { signal }), signal));
}

/**
 * The signed-in user's cart, in the query cache under `cart/<user id>`: loaded
 * once, replaced by every answer that carries the whole cart, loaded again on `reload()`.
 */
export const cartStore = {
  /** Loads the cart again (after a checkout, or a refusal that says it changed). */
  async reload(): Promise<void> {
    await queryClient.invalidateQueries({ queryKey: keys.cart });
  },

  /** After any call that answers the whole cart (add, update, remove, move from the wishlist). */
  async apply(call: Promise<Outcome<Cart>>): Promise<Outcome<Cart>> {
    const outcome = await call;
    if (outcome.ok) queryClient.setQueriesData({ queryKey: keys.cart, type: 'active' }, outcome.data);
    return outcome;
  },
};

export function useCart(): CartState {
  const { user } = useSession();
  const userId = user?.id;
  const query = useQuery({
    queryKey: cartKey(userId ?? ''),
    queryFn: ({ signal }) => fetchCart(signal),
    enabled: Boolean(userId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!userId) return { status: 'idle' };
  const cart = query.data;
  const withCart = cart ? { cart } : {};
  if (query.isError && !query.isFetching)
    return { status: 'error', problem: problemOf(query.error), ...withCart };
  if (cart && !query.isFetching) return { status: 'ready', cart };
  return { status: 'loading', ...withCart };
}

/** `POST /api/cart/add/`; the header's count follows. */
export function addToCart(sizeId: string, quantity: number) {
  return cartStore.apply(settle(api.POST('/api/cart/add/', { body: { size_id: sizeId, quantity } })));
}

async function fetchPaymentsConfig(): Promise<PaymentsConfig> {
  return unwrap(await settle(api.GET('/api/payments/config/')));
}

const paymentsConfigQuery = {
  queryKey: keys.paymentsConfig,
  queryFn: fetchPaymentsConfig,
  staleTime: Number.POSITIVE_INFINITY,
};

/** `GET /api/payments/config/`, once per page load (retried after a failure). */
export async function loadPaymentsConfig(): Promise<Outcome<PaymentsConfig>> {
  try {
    return { ok: true, data: await queryClient.fetchQuery(paymentsConfigQuery), status: 200 };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** The payment settings, or undefined until they are loaded. */
export function usePaymentsConfig(): PaymentsConfig | undefined {
  return useQuery(paymentsConfigQuery).data;
}

/** Formats amounts in the deployment's currency (USD until the settings are loaded). */
export function useMoney(): (amount: string | null | undefined) => string {
  const config = usePaymentsConfig();
  const currency = config?.currency ?? 'USD';
  return (amount) => formatMoney(amount, currency);
}
