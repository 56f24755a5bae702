/** TypeBox schemas of the payments API and of the payment shown on what it paid for. */
import { Type } from 'typebox';
import { Money } from '../../platform/money.js';

export const ProviderName = Type.Union([Type.Literal('manual'), Type.Literal('stripe')]);

export const PaymentMethodSchema = Type.Object(
  {
    code: Type.String({ description: 'What to send as `payment_method`.' }),
    label: Type.String({ description: 'Its name for people.' }),
    kind: Type.Union([Type.Literal('test_card'), Type.Literal('offline')], {
      description:
        '`test_card`: only in test mode; `offline`: paid outside (cash, transfer), recorded by staff.',
    }),
    outcome: Type.Union([Type.Literal('succeeds'), Type.Literal('declined'), Type.Literal('pending')], {
      description:
        'What checking out with it does: the order is `paid`, refused (402), or `pending` until paid.',
    }),
    decline_reason: Type.Optional(Type.String()),
  },
  { $id: 'PaymentMethod', title: 'PaymentMethod' },
);

export const PaymentsConfigResponse = Type.Object(
  {
    provider: ProviderName,
    publishable_key: Type.Union([Type.String(), Type.Null()], {
      description: 'Stripe publishable key for Stripe Elements; null with `manual`.',
    }),
    currency: Type.String(),
    test_mode: Type.Boolean({
      description: 'Payment test mode: test cards work and no real money moves. Show it to shoppers.',
    }),
    methods: Type.Array(Type.Ref('PaymentMethod'), {
      description:
        "The `manual` provider's methods: offline ones always, test cards only in test mode. Empty with `stripe` (Stripe Elements shows its own).",
    }),
  },
  { $id: 'PaymentsConfig', title: 'PaymentsConfig' },
);

export const PaymentSchema = Type.Object(
  {
    provider: ProviderName,
    method: Type.String({
      description: 'As recorded: `cash_on_delivery`, `pm_card_visa`, a Stripe id; empty when not chosen.',
    }),
    method_label: Type.String({
      description: 'The method in words: "Cash on delivery", "Card", "To be paid".',
    }),
    status: Type.Union(
      ['pending', 'succeeded', 'refund_pending', 'refunded', 'failed', 'canceled'].map((s) =>
        Type.Literal(s),
      ),
    ),
    amount: Money,
    refunded_amount: Money,
  },
  { title: 'Payment' },
);

export const WebhookAck = Type.Object({
  received: Type.Boolean(),
  outcome: Type.String({ description: 'What the event did: `applied`, `duplicate` or `ignored`.' }),
});
