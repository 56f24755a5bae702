/**
 * Card payments through Stripe Elements, for deployments whose
 * `GET /api/payments/config/` says `provider: "stripe"`: which way the
 * checkout page takes the payment, loading Stripe.js, confirming in the
 * browser, and remembering an attempt across a bank's redirect. No React here,
 * so the choices are unit-tested in Node with Stripe's loader mocked (Stripe.js
 * itself only comes from js.stripe.com).
 *
 * The loader is `@stripe/stripe-js/pure`, imported on first use: the package's
 * main entry injects the script as soon as it is imported, which would make
 * every page of a manual-provider shop call js.stripe.com.
 */
import type { Stripe, StripeElements, StripeError } from '@stripe/stripe-js';
import type { ShippingAddress } from '../../lib/orders.js';
import type { Outcome, ProblemInfo } from '../../lib/problem.js';
import type { PaymentsConfig } from '../../lib/shop.js';

export type PaymentPath =
  | { kind: 'loading' }
  | { kind: 'manual' }
  | { kind: 'stripe'; publishableKey: string }
  | { kind: 'unavailable'; problem: ProblemInfo };

/** A problem of the payment step made in the browser, shaped like the server's. */
export function paymentProblem(status: number, code: string, detail: string): ProblemInfo {
  return { status, code, detail, errors: {} };
}

export const STRIPE_JS_UNAVAILABLE =
  'Card payments cannot be taken right now: the secure card form from Stripe did not load. Check your connection (or a script or ad blocker) and try again.';

/** How this deployment takes payments, once its settings are known. */
export function paymentPath(config: PaymentsConfig | undefined): PaymentPath {
  if (!config) return { kind: 'loading' };
  if (config.provider !== 'stripe') return { kind: 'manual' };
  if (!config.publishable_key) {
    return {
      kind: 'unavailable',
      problem: paymentProblem(
        503,
        'STRIPE_NOT_CONFIGURED',
        'Card payments are not set up on this shop yet. Please contact the shop.',
      ),
    };
  }
  return { kind: 'stripe', publishableKey: config.publishable_key };
}

const instances = new Map<string, Promise<Stripe>>();

/**
 * Stripe.js for `publishableKey`, one instance per key (Stripe asks for one).
 * A failed load is not remembered, so trying again loads the script again.
 */
export function loadStripeJs(publishableKey: string): Promise<Outcome<Stripe>> {
  let instance = instances.get(publishableKey);
  if (!instance) {
    instance = import('@stripe/stripe-js/pure')
      .then(({ loadStripe }) => loadStripe(publishableKey))
      .then((stripe) => {
        if (!stripe) throw new Error('Stripe.js is not available here');
        return stripe;
      });
    instances.set(publishableKey, instance);
    instance.catch(() => instances.delete(publishableKey));
  }
  return instance.then(
    (stripe): Outcome<Stripe> => ({ ok: true, data: stripe, status: 200 }),
    (): Outcome<Stripe> => ({
      ok: false,
      problem: paymentProblem(503, 'STRIPE_JS_UNAVAILABLE', STRIPE_JS_UNAVAILABLE),
    }),
  );
}

/** Stripe.js when the path is Stripe's; null (and nothing loaded from Stripe) otherwise. */
export function stripeFor(path: PaymentPath): Promise<Outcome<Stripe | null>> {
  if (path.kind !== 'stripe') return Promise.resolve({ ok: true, data: null, status: 200 });
  return loadStripeJs(path.publishableKey);
}

function stripeErrorProblem(error: StripeError): ProblemInfo {
  const code =
    error.type === 'card_error'
      ? 'PAYMENT_DECLINED'
      : error.type === 'validation_error'
        ? 'PAYMENT_DETAILS_INVALID'
        : 'PAYMENT_FAILED';
  return paymentProblem(
    402,
    code,
    error.message ?? 'The payment did not go through. Try again, or use another payment method.',
  );
}

/** PaymentIntent statuses after which the shop's `checkout` places the order (paid, or pending while it settles). */
const PAYABLE = new Set(['succeeded', 'processing', 'requires_capture']);

/**
 * Confirms the PaymentIntent with what the customer entered in the Payment
 * Element. Cards (3D Secure included) finish here; a payment method that must
 * leave the page sends the browser to `returnUrl` instead and this never resolves.
 */
export async function confirmStripePayment(
  stripe: Stripe,
  elements: StripeElements,
  returnUrl: string,
): Promise<Outcome<null>> {
  const result = await stripe.confirmPayment({
    elements,
    redirect: 'if_required',
    confirmParams: { return_url: returnUrl },
  });
  if (result.error) return { ok: false, problem: stripeErrorProblem(result.error) };
  if (!PAYABLE.has(result.paymentIntent.status)) {
    return {
      ok: false,
      problem: paymentProblem(
        402,
        'PAYMENT_NOT_COMPLETED',
        'The payment was not completed. Try again, or use another payment method.',
      ),
    };
  }
  return { ok: true, data: null, status: 200 };
}

/** What the checkout needs to finish an attempt after a redirect: the intent, its Idempotency-Key, the address. */
export interface StripeAttempt {
  intent: string;
  key: string;
  shipping_address: ShippingAddress;
}

const ATTEMPT_KEY = 'mercato.checkout.stripe';

export function saveStripeAttempt(storage: Pick<Storage, 'setItem'>, attempt: StripeAttempt): void {
  storage.setItem(ATTEMPT_KEY, JSON.stringify(attempt));
}

/** The saved attempt for `intent`, if this browser tab made it. */
export function readStripeAttempt(
  storage: Pick<Storage, 'getItem'>,
  intent: string,
): StripeAttempt | undefined {
  const raw = storage.getItem(ATTEMPT_KEY);
  if (!raw) return undefined;
  try {
    const saved = JSON.parse(raw) as Partial<StripeAttempt>;
    if (saved.intent !== intent || typeof saved.key !== 'string') return undefined;
    if (typeof saved.shipping_address !== 'object' || saved.shipping_address === null) return undefined;
    return saved as StripeAttempt;
  } catch {
    return undefined;
  }
}

export function clearStripeAttempt(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(ATTEMPT_KEY);
}

/** Stripe's additions to `return_url` when a payment method sent the customer away and back. */
export function stripeReturn(
  params: URLSearchParams,
): { intent: string; status: 'succeeded' | 'failed' | 'pending' } | undefined {
  const intent = params.get('payment_intent');
  if (!intent) return undefined;
  const status = params.get('redirect_status');
  return {
    intent,
    status: status === 'succeeded' ? 'succeeded' : status === 'failed' ? 'failed' : 'pending',
  };
}
