/**
 * The `stripe` provider: PaymentIntents through the official SDK. The browser
 * confirms with Stripe Elements using the intent's client secret; the shop then
 * retrieves the intent to learn the outcome (or confirms server-side when given
 * a PaymentMethod id). `STRIPE_API_BASE` points the SDK elsewhere (tests run a
 * local fake of the Stripe API).
 */
import Stripe from 'stripe';
import { type TSchema, Type } from 'typebox';
import { Value } from 'typebox/value';
import type { Config } from '../../config.js';
import type {
  ConfirmInput,
  ConfirmResult,
  CreatedIntent,
  PaymentProvider,
  RefundResult,
} from './payment-provider.js';
import { PaymentErrors } from './payments.errors.js';

type StripeConfigKeys = 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_API_BASE' | 'PUBLIC_URL';

export function createStripeClient(config: Pick<Config, StripeConfigKeys>): Stripe {
  const options: ConstructorParameters<typeof Stripe>[1] = { maxNetworkRetries: 2, timeout: 20_000 };
  if (config.STRIPE_API_BASE) {
    const base = new URL(config.STRIPE_API_BASE);
    options.host = base.hostname;
    options.protocol = base.protocol === 'http:' ? 'http' : 'https';
    options.port = base.port || (base.protocol === 'http:' ? 80 : 443);
  }
  return new Stripe(config.STRIPE_SECRET_KEY, options);
}

function isCardError(err: unknown): err is { message?: string; decline_code?: string; code?: string } {
  return err instanceof Stripe.errors.StripeCardError;
}

/** Anything but a card decline from Stripe becomes a 502 for the client (the details go to the log). */
async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isCardError(err))
      throw PaymentErrors.paymentDeclined(err.decline_code ?? err.code ?? 'card declined');
    if (err instanceof Stripe.errors.StripeError) {
      const wrapped = PaymentErrors.paymentProviderError();
      wrapped.cause = err;
      throw wrapped;
    }
    throw err;
  }
}

/** What every event the webhook records must have (Stripe's ids are short). */
const EventShape = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 255 }),
  type: Type.String({ minLength: 1, maxLength: 255 }),
});

/** The fields of `data.object` that the handled event types read. */
const EVENT_OBJECTS: Record<string, TSchema> = {
  'payment_intent.succeeded': Type.Object({
    id: Type.String({ minLength: 1, maxLength: 255 }),
    amount: Type.Integer({ minimum: 0 }),
    currency: Type.String({ minLength: 1, maxLength: 10 }),
  }),
  'charge.refunded': Type.Object({
    amount_refunded: Type.Integer({ minimum: 0 }),
    payment_intent: Type.Union([
      Type.String({ maxLength: 255 }),
      Type.Null(),
      Type.Object({ id: Type.String({ maxLength: 255 }) }),
    ]),
  }),
};

export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  readonly client: Stripe;

  constructor(private readonly config: Pick<Config, StripeConfigKeys>) {
    this.client = createStripeClient(config);
  }

  async createIntent(input: {
    amount: number;
    currency: string;
    metadata: Record<string, string>;
  }): Promise<CreatedIntent> {
    const intent = await call(() =>
      this.client.paymentIntents.create({
        amount: input.amount,
        currency: input.currency.toLowerCase(),
        automatic_payment_methods: { enabled: true },
        metadata: input.metadata,
      }),
    );
    if (!intent.client_secret) throw PaymentErrors.paymentProviderError();
    return { id: intent.id, clientSecret: intent.client_secret };
  }

  async confirm(input: ConfirmInput): Promise<ConfirmResult> {
    let intent = await call(() => this.client.paymentIntents.retrieve(input.id));
    if (
      input.paymentMethod &&
      (intent.status === 'requires_payment_method' || intent.status === 'requires_confirmation')
    ) {
      const paymentMethod = input.paymentMethod;
      intent = await call(() =>
        this.client.paymentIntents.confirm(input.id, {
          payment_method: paymentMethod,
          return_url: `${this.config.PUBLIC_URL}/checkout/complete`,
        }),
      );
    }
    if (intent.amount !== input.amount || intent.currency.toLowerCase() !== input.currency.toLowerCase()) {
      throw PaymentErrors.paymentMismatch();
    }
    const method = typeof intent.payment_method === 'string' ? intent.payment_method : 'card';
    if (intent.status === 'succeeded') return { outcome: 'succeeded', method };
    if (intent.status === 'processing') return { outcome: 'pending', method };
    if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
      const e = intent.last_payment_error;
      throw PaymentErrors.paymentDeclined(e.decline_code ?? e.code ?? 'card declined');
    }
    throw PaymentErrors.paymentNotCompleted(intent.status);
  }

  async refund(input: { id: string; amount: number; idempotencyKey: string }): Promise<RefundResult> {
    const intent = await call(() => this.client.paymentIntents.retrieve(input.id));
    if (intent.status === 'succeeded') {
      const refund = await call(() =>
        this.client.refunds.create(
          { payment_intent: input.id, amount: input.amount },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return { ref: refund.id };
    }
    if (intent.status !== 'canceled') {
      await call(() =>
        this.client.paymentIntents.cancel(input.id, {}, { idempotencyKey: input.idempotencyKey }),
      );
    }
    return { ref: intent.id };
  }

  /**
   * Checks the signature over the raw body (else `WEBHOOK_SIGNATURE_INVALID`),
   * then that the event has the shape the handlers read (else
   * `WEBHOOK_EVENT_INVALID`): a signed body is Stripe's, but nothing checked
   * its shape, and a 500 would make Stripe retry it for days.
   */
  verifyWebhook(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    if (!signature) throw PaymentErrors.webhookSignatureInvalid();
    let event: unknown;
    try {
      event = this.client.webhooks.constructEvent(rawBody, signature, this.config.STRIPE_WEBHOOK_SECRET);
    } catch {
      throw PaymentErrors.webhookSignatureInvalid();
    }
    if (!Value.Check(EventShape, event)) throw PaymentErrors.webhookEventInvalid();
    const handled = EVENT_OBJECTS[(event as { type: string }).type];
    const object = (event as { data?: { object?: unknown } }).data?.object;
    if (handled && !Value.Check(handled, object)) throw PaymentErrors.webhookEventInvalid();
    return event as Stripe.Event;
  }
}
