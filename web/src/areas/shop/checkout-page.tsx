import { hasCode, type Schemas } from '@mercato/sdk';
import type { StripeElements } from '@stripe/stripe-js';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { checkCart } from '../../lib/money.js';
import { addressLines, type ShippingAddress } from '../../lib/orders.js';
import { type Outcome, type ProblemInfo, requiredProblem, settle } from '../../lib/problem.js';
import { useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useSession } from '../../lib/session.js';
import {
  cartStore,
  loadPaymentsConfig,
  type Order,
  useCart,
  useMoney,
  usePaymentsConfig,
} from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { Checkbox, Field, Form, SelectField, SubmitButton, useForm } from '../../ui/forms.js';
import { CARD_NUMBER, defaultMethod, methodGroups, methodHint, payButtonLabel } from './payment-methods.js';
import {
  clearStripeAttempt,
  confirmStripePayment,
  paymentPath,
  paymentProblem,
  readStripeAttempt,
  saveStripeAttempt,
  stripeFor,
  stripeReturn,
} from './stripe-payment.js';
import { StripePaymentElement } from './stripe-payment-element.js';
import { TestModeBanner } from './test-mode-banner.js';

const ADDRESS_FIELDS = [
  'full_name',
  'line1',
  'line2',
  'city',
  'state',
  'postal_code',
  'country',
  'phone',
] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The server names address errors `shipping_address.city`; the form shows them under its own fields. */
function addressErrors(errors: Record<string, string[] | undefined>, field: AddressField) {
  return errors[field] ?? errors[`shipping_address.${field}`];
}

type SavedAddress = Schemas['Address'];
/** The choice of a new address rather than a saved one. */
const NEW_ADDRESS = 'new';

/** A saved address as an order's shipping address (its `region` is the order's `state`). */
export function shippingOf(a: SavedAddress): ShippingAddress {
  const out: Record<string, string> = {
    full_name: a.full_name,
    line1: a.line1,
    city: a.city,
    postal_code: a.postal_code,
    country: a.country,
  };
  if (a.line2) out.line2 = a.line2;
  if (a.region) out.state = a.region;
  if (a.phone) out.phone = a.phone;
  return out as unknown as ShippingAddress;
}

/** The address book names the region `region`; the form calls it `state`. */
function asFormProblem(problem: ProblemInfo): ProblemInfo {
  const { region, ...errors } = problem.errors;
  return region ? { ...problem, errors: { ...errors, state: region } } : problem;
}

/** `POST /api/orders/checkout/` for an intent, with the attempt's `Idempotency-Key`. */
function placeOrder(
  intent: string,
  key: string,
  shipping_address: ShippingAddress,
  payment_method?: string,
): Promise<Outcome<Order>> {
  return settle(
    api.POST('/api/orders/checkout/', {
      params: { header: { 'idempotency-key': key } },
      body: { payment_intent_id: intent, shipping_address, ...(payment_method ? { payment_method } : {}) },
    }),
  );
}

/** The payment settings, and the problem when loading them failed (with a retry). */
function usePaymentSettings() {
  const config = usePaymentsConfig();
  const [problem, setProblem] = useState<ProblemInfo | undefined>();
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry.
  useEffect(() => {
    if (config) return;
    let live = true;
    void loadPaymentsConfig().then((outcome) => {
      if (live) setProblem(outcome.ok ? undefined : outcome.problem);
    });
    return () => {
      live = false;
    };
  }, [config, attempt]);
  return { config, problem, retry: () => setAttempt((n) => n + 1) };
}

/**
 * `/checkout`: shipping address and payment, then `create-payment-intent` and
 * `checkout` with an `Idempotency-Key` kept for this attempt (a retry after a
 * lost answer cannot make a second order).
 *
 * With the manual provider the customer picks a method and `checkout` confirms
 * it. With Stripe, the address comes first ("Continue to payment" creates the
 * intent, which keeps the address for Stripe's webhook), then Stripe's Payment
 * Element takes the card, `confirmPayment` runs in the browser (3D Secure
 * included), and `checkout` places the order. A payment method that leaves the
 * page comes back to `/checkout?payment_intent=...` (see `StripeReturn`).
 */
export function CheckoutPage() {
  useDocumentTitle('Checkout');
  const [params] = useSearchParams();
  const returned = stripeReturn(params);
  if (returned) return <StripeReturn intent={returned.intent} status={returned.status} />;
  return <CheckoutForm />;
}

function CheckoutForm() {
  const { user } = useSession();
  const state = useCart();
  const settings = usePaymentSettings();
  const path = paymentPath(settings.config);
  const stripeKey = path.kind === 'stripe' ? path.publishableKey : undefined;
  const stripeJs = useApiQuery(['stripe-js', path.kind, stripeKey], () => stripeFor(path));
  const stripe = stripeJs.status === 'ready' ? stripeJs.data : null;
  const money = useMoney();
  const navigate = useNavigate();
  const form = useForm(
    {
      full_name: user ? `${user.first_name} ${user.last_name}`.trim() : '',
      line1: '',
      line2: '',
      city: '',
      state: '',
      postal_code: '',
      country: '',
      phone: user?.phone ?? '',
      payment_method: defaultMethod(settings.config),
      card_number: '',
    },
    { otherFields: ADDRESS_FIELDS.map((f) => `shipping_address.${f}`) },
  );
  // One key per intent: a resubmit of the same attempt is the same order; a new intent gets a new key.
  const attempt = useRef<{ intent: string; key: string } | undefined>(undefined);
  const [placing, setPlacing] = useState(false);
  // Stripe: the intent the Payment Element is mounted for, and its Elements group once it is ready.
  const [stripeIntent, setStripeIntent] = useState<{ id: string; clientSecret: string } | undefined>();
  const [elements, setElements] = useState<StripeElements | undefined>();
  const groups = settings.config ? methodGroups(settings.config) : [];
  const chosen = groups.flatMap((g) => g.methods).find((m) => m.code === form.values.payment_method);
  // The settings may arrive after the form was made: start on the default method then.
  const { set: setField } = form;
  const fallback = defaultMethod(settings.config);
  useEffect(() => {
    if (!chosen && fallback) setField('payment_method', fallback);
  }, [chosen, fallback, setField]);

  // The address book: the default address is preselected; "new" shows the form.
  const queryClient = useQueryClient();
  const book = useApiQuery(keys.addresses, () =>
    settle(api.GET('/api/addresses/', { params: { query: { page_size: 100 } } })),
  );
  const savedAddresses = book.data?.results ?? [];
  const [choice, setChoice] = useState<string | undefined>();
  const selected = choice ?? savedAddresses.find((a) => a.is_default)?.id ?? NEW_ADDRESS;
  const chosenAddress = savedAddresses.find((a) => a.id === selected);
  const [saveForNextTime, setSaveForNextTime] = useState(false);
  // What this attempt already saved (a retry after a declined payment does not save it twice).
  const savedBody = useRef<string | undefined>(undefined);

  const cart = 'cart' in state ? state.cart : undefined;
  if (state.status === 'error' && !cart)
    return <ErrorPanel problem={state.problem} onRetry={() => void cartStore.reload()} />;
  if (!cart) return <Loading label="Loading your cart…" />;
  if (cart.items.length === 0 && !placing) return <Navigate to="/cart" replace />;

  const { values } = form;
  const address = (): ShippingAddress => {
    const out: Record<string, string> = {};
    for (const field of ADDRESS_FIELDS) if (values[field].trim()) out[field] = values[field].trim();
    return out as unknown as ShippingAddress;
  };

  const paymentUnavailable: ProblemInfo | undefined =
    path.kind === 'unavailable'
      ? path.problem
      : path.kind === 'loading'
        ? settings.problem
        : stripeJs.status === 'error'
          ? stripeJs.problem
          : undefined;
  const paymentNotReady =
    paymentUnavailable ??
    paymentProblem(0, 'PAYMENT_NOT_READY', 'The payment form is still loading. Try again in a moment.');
  const canPay =
    path.kind === 'manual' ||
    (path.kind === 'stripe' && stripe !== null && (stripeIntent === undefined || elements !== undefined));
  const submitLabel =
    path.kind === 'stripe' && stripeIntent === undefined
      ? 'Continue to payment'
      : payButtonLabel(path.kind === 'manual' ? chosen : undefined, money(cart.total));
  const busyLabel =
    path.kind === 'stripe' && stripeIntent === undefined ? 'Preparing the payment…' : 'Placing your order…';

  const onSubmit = form.onSubmit(
    async (): Promise<Outcome<Order | undefined>> => {
      let shipping_address: ShippingAddress;
      if (chosenAddress) shipping_address = shippingOf(chosenAddress);
      else {
        const missing = requiredProblem({
          full_name: values.full_name,
          line1: values.line1,
          city: values.city,
          postal_code: values.postal_code,
          country: values.country,
        });
        if (missing) return { ok: false, problem: missing };
        shipping_address = address();
      }
      if (path.kind !== 'manual' && path.kind !== 'stripe') return { ok: false, problem: paymentNotReady };
      if (!chosenAddress && saveForNextTime) {
        const { state: region, ...rest } = shipping_address;
        const body = { ...rest, ...(region ? { region } : {}) };
        if (savedBody.current !== JSON.stringify(body)) {
          const saved = await settle(api.POST('/api/addresses/', { body }));
          if (!saved.ok) return { ok: false, problem: asFormProblem(saved.problem) };
          savedBody.current = JSON.stringify(body);
          void queryClient.invalidateQueries({ queryKey: keys.addresses });
        }
      }
      if (!attempt.current) {
        const intent = await settle(
          api.POST('/api/orders/create-payment-intent/', { body: { shipping_address } }),
        );
        if (!intent.ok) {
          // A line can no longer be bought as it is: the cart shows which.
          if (hasCode(intent.problem, 'CART_ITEMS_UNAVAILABLE', 'INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE'))
            void cartStore.reload();
          return intent;
        }
        attempt.current = { intent: intent.data.payment_intent_id, key: crypto.randomUUID() };
        if (path.kind === 'stripe') {
          // The card form comes next, for this intent.
          setStripeIntent({ id: intent.data.payment_intent_id, clientSecret: intent.data.client_secret });
          return { ok: true, data: undefined, status: intent.status };
        }
      }
      const { intent, key } = attempt.current;
      if (path.kind === 'stripe') {
        if (!stripe || !elements) return { ok: false, problem: paymentNotReady };
        saveStripeAttempt(sessionStorage, { intent, key, shipping_address });
        // A declined card leaves the intent as it was: the customer may try another one on it.
        const paid = await confirmStripePayment(stripe, elements, `${window.location.origin}/checkout`);
        if (!paid.ok) return paid;
      }
      setPlacing(true);
      const order = await placeOrder(
        intent,
        key,
        shipping_address,
        path.kind !== 'manual'
          ? undefined
          : values.payment_method === CARD_NUMBER.code
            ? values.card_number
            : values.payment_method,
      );
      // A declined payment or a changed cart needs a fresh intent next time.
      if (!order.ok && order.problem.status !== 0) {
        attempt.current = undefined;
        setStripeIntent(undefined);
      }
      // Stock ran out or the cart changed meanwhile: the cart shows which lines.
      if (
        !order.ok &&
        hasCode(
          order.problem,
          'INSUFFICIENT_STOCK',
          'PRODUCT_UNAVAILABLE',
          'CART_CHANGED',
          'CART_ITEMS_UNAVAILABLE',
        )
      )
        void cartStore.reload();
      if (!order.ok) setPlacing(false);
      else clearStripeAttempt(sessionStorage);
      return order;
    },
    (order) => {
      if (!order) return;
      void cartStore.reload();
      navigate(`/orders/${order.id}?placed=1`, { replace: true });
    },
  );

  const bind = (field: AddressField) => ({ ...form.bind(field), errors: addressErrors(form.errors, field) });
  const check = checkCart(cart.items, cart.subtotal);
  return (
    <section className="page" aria-labelledby="checkout-title">
      <header className="page__head">
        <h1 id="checkout-title">Checkout</h1>
        <p className="muted">
          <Link to="/cart">Back to the cart</Link>
        </p>
      </header>
      {settings.config?.test_mode ? <TestModeBanner /> : null}
      <div className="split split--cart">
        <Form
          form={form}
          onSubmit={onSubmit}
          actions={
            <SubmitButton busy={form.action.busy} busyLabel={busyLabel} disabled={!canPay}>
              {submitLabel}
            </SubmitButton>
          }
        >
          <fieldset className="fieldset">
            <legend>Shipping address</legend>
            {savedAddresses.length > 0 ? (
              <fieldset className="choice-group" aria-label="Ship to">
                {savedAddresses.map((a) => (
                  <label key={a.id} className="choice">
                    <input
                      type="radio"
                      name="ship-to"
                      value={a.id}
                      checked={selected === a.id}
                      onChange={() => setChoice(a.id)}
                    />
                    <span className="choice__text">
                      <span className="choice__label">
                        {a.label || a.full_name}
                        {a.is_default ? ' (default)' : ''}
                      </span>
                      <span className="choice__summary">{addressLines(shippingOf(a)).join(', ')}</span>
                    </span>
                  </label>
                ))}
                <label className="choice">
                  <input
                    type="radio"
                    name="ship-to"
                    value={NEW_ADDRESS}
                    checked={selected === NEW_ADDRESS}
                    onChange={() => setChoice(NEW_ADDRESS)}
                  />
                  <span className="choice__text">
                    <span className="choice__label">A new address</span>
                  </span>
                </label>
              </fieldset>
            ) : null}
            {chosenAddress ? null : (
              <>
                <Field label="Full name" autoComplete="name" required {...bind('full_name')} />
                <Field label="Address" autoComplete="address-line1" required {...bind('line1')} />
                <Field label="Address line 2 (optional)" autoComplete="address-line2" {...bind('line2')} />
                <div className="form__pair">
                  <Field label="Postal code" autoComplete="postal-code" required {...bind('postal_code')} />
                  <Field label="City" autoComplete="address-level2" required {...bind('city')} />
                </div>
                <div className="form__pair">
                  <Field
                    label="State or region (optional)"
                    autoComplete="address-level1"
                    {...bind('state')}
                  />
                  <Field
                    label="Country"
                    autoComplete="country"
                    hint={saveForNextTime ? 'Its two-letter code, such as GB or US.' : undefined}
                    required
                    {...bind('country')}
                  />
                </div>
                <Field label="Phone (optional)" type="tel" autoComplete="tel" {...bind('phone')} />
                <Checkbox
                  label="Save this address for next time"
                  checked={saveForNextTime}
                  onChange={(e) => setSaveForNextTime(e.currentTarget.checked)}
                />
              </>
            )}
          </fieldset>
          <fieldset className="fieldset">
            <legend>Payment</legend>
            {paymentUnavailable ? (
              <ErrorPanel
                problem={paymentUnavailable}
                {...(path.kind === 'loading'
                  ? { onRetry: settings.retry }
                  : stripeJs.status === 'error'
                    ? { onRetry: stripeJs.reload }
                    : {})}
              />
            ) : path.kind === 'loading' ? (
              <Loading label="Loading payment options…" />
            ) : path.kind === 'manual' ? (
              <>
                <SelectField
                  label="Payment method"
                  hint={methodHint(chosen)}
                  {...form.bind('payment_method')}
                >
                  {groups.map((group) => (
                    <optgroup key={group.label} label={group.label}>
                      {group.methods.map((m) => (
                        <option key={m.code} value={m.code}>
                          {m.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </SelectField>
                {chosen?.code === CARD_NUMBER.code ? (
                  <Field
                    label="Card number"
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="4242 4242 4242 4242"
                    required
                    {...form.bind('card_number')}
                  />
                ) : null}
              </>
            ) : !stripe ? (
              <Loading label="Loading the secure card form…" />
            ) : stripeIntent ? (
              <StripePaymentElement
                stripe={stripe}
                clientSecret={stripeIntent.clientSecret}
                onReady={setElements}
              />
            ) : (
              <p className="muted">
                Cards are taken by Stripe: continue to enter your card details securely.
              </p>
            )}
          </fieldset>
        </Form>
        <aside className="panel cart-summary" aria-labelledby="checkout-summary-title">
          <h2 id="checkout-summary-title">Your order</h2>
          <ul className="plain-list summary-lines">
            {cart.items.map((item) => (
              <li key={item.id}>
                <span>
                  {item.quantity} × {item.product.name} ({item.variant.color}, {item.size.size})
                </span>
                <span>{money(item.line_total)}</span>
              </li>
            ))}
          </ul>
          <dl className="facts">
            <div className="facts__total">
              <dt>Total</dt>
              <dd data-testid="checkout-total">{money(cart.total)}</dd>
            </div>
          </dl>
          {check.unavailable ? (
            <p className="alert alert--warn">
              Some lines cannot be bought as they are. <Link to="/cart">Fix the cart</Link> first.
            </p>
          ) : null}
        </aside>
      </div>
    </section>
  );
}

/**
 * Back from a payment method that left the page (a bank's page, a wallet):
 * Stripe adds `payment_intent` and `redirect_status` to `/checkout`. The
 * attempt saved before leaving (intent, Idempotency-Key, address) finishes the
 * checkout; without it (another tab, storage cleared) Stripe's webhook places
 * the order.
 */
function StripeReturn({ intent, status }: { intent: string; status: 'succeeded' | 'failed' | 'pending' }) {
  const navigate = useNavigate();
  const result = useApiQuery(['stripe-return', intent, status], async (): Promise<Outcome<Order>> => {
    const saved = readStripeAttempt(sessionStorage, intent);
    if (status === 'failed') {
      clearStripeAttempt(sessionStorage);
      return {
        ok: false,
        problem: paymentProblem(
          402,
          'PAYMENT_NOT_COMPLETED',
          'The payment was not completed. Go back to the checkout to try again or pay another way.',
        ),
      };
    }
    if (!saved) {
      return {
        ok: false,
        problem: paymentProblem(
          404,
          'CHECKOUT_ATTEMPT_UNKNOWN',
          'This payment was not started in this browser tab. Once Stripe confirms it, the order appears under your orders.',
        ),
      };
    }
    return placeOrder(saved.intent, saved.key, saved.shipping_address);
  });

  const orderId = result.status === 'ready' ? result.data.id : undefined;
  useEffect(() => {
    if (!orderId) return;
    clearStripeAttempt(sessionStorage);
    void cartStore.reload();
    navigate(`/orders/${orderId}?placed=1`, { replace: true });
  }, [orderId, navigate]);

  return (
    <section className="page" aria-labelledby="checkout-title">
      <header className="page__head">
        <h1 id="checkout-title">Checkout</h1>
      </header>
      {result.status === 'error' ? (
        <>
          <ErrorPanel
            problem={result.problem}
            {...(result.problem.status === 0 || result.problem.status >= 500
              ? { onRetry: result.reload }
              : {})}
          />
          <p>
            <Link to="/checkout" replace>
              Back to the checkout
            </Link>{' '}
            · <Link to="/orders">Your orders</Link>
          </p>
        </>
      ) : (
        <Loading label="Finishing your payment…" />
      )}
    </section>
  );
}
