import { useRef, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { api } from '../../lib/api.js';
import { checkCart } from '../../lib/money.js';
import type { ShippingAddress } from '../../lib/orders.js';
import { type Outcome, requiredProblem, settle } from '../../lib/problem.js';
import { useSession } from '../../lib/session.js';
import { cartStore, type Order, useCart, useMoney, usePaymentsConfig } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { Field, Form, SelectField, useForm } from '../../ui/forms.js';

/** The manual provider's methods (see `payment_method` in the OpenAPI document). */
const MANUAL_METHODS: readonly { value: string; label: string }[] = [
  { value: 'pm_card_visa', label: 'Test card: Visa (succeeds)' },
  { value: 'pm_card_mastercard', label: 'Test card: Mastercard (succeeds)' },
  { value: 'pm_card_chargeDeclined', label: 'Test card: declined' },
  { value: 'pm_card_chargeDeclinedInsufficientFunds', label: 'Test card: insufficient funds' },
  { value: 'cash_on_delivery', label: 'Cash on delivery' },
  { value: 'bank_transfer', label: 'Bank transfer' },
  { value: 'bkash', label: 'bKash' },
  { value: 'nagad', label: 'Nagad' },
  { value: 'rocket', label: 'Rocket' },
];

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

/**
 * `/checkout`: shipping address and payment, then `create-payment-intent` and
 * `checkout` with an `Idempotency-Key` kept for this attempt (a retry after a
 * lost answer cannot make a second order).
 */
export function CheckoutPage() {
  useDocumentTitle('Checkout');
  const { user } = useSession();
  const state = useCart();
  const config = usePaymentsConfig();
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
      payment_method: 'pm_card_visa',
    },
    { otherFields: ADDRESS_FIELDS.map((f) => `shipping_address.${f}`) },
  );
  // One key per intent: a resubmit of the same attempt is the same order; a new intent gets a new key.
  const attempt = useRef<{ intent: string; key: string } | undefined>(undefined);
  const [placing, setPlacing] = useState(false);

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

  const onSubmit = form.onSubmit(
    async (): Promise<Outcome<Order>> => {
      const missing = requiredProblem({
        full_name: values.full_name,
        line1: values.line1,
        city: values.city,
        postal_code: values.postal_code,
        country: values.country,
      });
      if (missing) return { ok: false, problem: missing };
      const shipping_address = address();
      if (!attempt.current) {
        const intent = await settle(
          api.POST('/api/orders/create-payment-intent/', { body: { shipping_address } }),
        );
        if (!intent.ok) {
          if (intent.problem.status === 409) void cartStore.reload();
          return intent;
        }
        attempt.current = { intent: intent.data.payment_intent_id, key: crypto.randomUUID() };
      }
      const { intent, key } = attempt.current;
      setPlacing(true);
      const order = await settle(
        api.POST('/api/orders/checkout/', {
          params: { header: { 'idempotency-key': key } },
          body: { payment_intent_id: intent, shipping_address, payment_method: values.payment_method },
        }),
      );
      // A declined payment or a changed cart needs a fresh intent next time.
      if (!order.ok && order.problem.status !== 0) attempt.current = undefined;
      // Stock ran out meanwhile: the cart shows which lines.
      if (!order.ok && order.problem.status === 409) void cartStore.reload();
      if (!order.ok) setPlacing(false);
      return order;
    },
    (order) => {
      void cartStore.reload();
      navigate(`/orders/${order.id}?placed=1`, { replace: true });
    },
  );

  const bind = (field: AddressField) => ({ ...form.bind(field), errors: addressErrors(form.errors, field) });
  const check = checkCart(cart.items, cart.subtotal);
  const stripe = config?.provider === 'stripe';
  return (
    <section className="page" aria-labelledby="checkout-title">
      <header className="page__head">
        <h1 id="checkout-title">Checkout</h1>
        <p className="muted">
          <Link to="/cart">Back to the cart</Link>
        </p>
      </header>
      <div className="split split--cart">
        <Form
          form={form}
          onSubmit={onSubmit}
          submit={`Pay ${money(cart.total)}`}
          busyLabel="Placing your order…"
        >
          <fieldset className="fieldset">
            <legend>Shipping address</legend>
            <Field label="Full name" autoComplete="name" required {...bind('full_name')} />
            <Field label="Address" autoComplete="address-line1" required {...bind('line1')} />
            <Field label="Address line 2 (optional)" autoComplete="address-line2" {...bind('line2')} />
            <div className="form__pair">
              <Field label="Postal code" autoComplete="postal-code" required {...bind('postal_code')} />
              <Field label="City" autoComplete="address-level2" required {...bind('city')} />
            </div>
            <div className="form__pair">
              <Field label="State or region (optional)" autoComplete="address-level1" {...bind('state')} />
              <Field label="Country" autoComplete="country-name" required {...bind('country')} />
            </div>
            <Field label="Phone (optional)" type="tel" autoComplete="tel" {...bind('phone')} />
          </fieldset>
          <fieldset className="fieldset">
            <legend>Payment</legend>
            {stripe ? (
              <p className="alert alert--warn">
                This shop takes cards through Stripe, which this web app cannot show yet: pay by one of the
                methods below that your shop accepts, or ask the shop.
              </p>
            ) : null}
            <SelectField
              label="Payment method"
              hint="The shop's manual provider: test cards decide success or decline; offline methods leave the order awaiting payment."
              {...form.bind('payment_method')}
            >
              {MANUAL_METHODS.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </SelectField>
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
