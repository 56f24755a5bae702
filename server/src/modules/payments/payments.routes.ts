/**
 * `/api/payments/`: the public payment settings clients need, and Stripe's
 * webhook. The webhook reads the raw body (the signature covers its bytes), so
 * it lives in its own scope with a buffer content-type parser.
 */
import { Type } from 'typebox';
import type { App } from '../../platform/http.js';
import { PaymentErrors } from './payments.errors.js';
import { PaymentMethodSchema, PaymentsConfigResponse, WebhookAck } from './payments.schemas.js';
import type { PaymentsService } from './payments.service.js';
import type { StripePaymentProvider } from './stripe-provider.js';
import type { StripeWebhooks } from './webhooks.service.js';

export async function paymentsRoutes(
  app: App,
  deps: {
    payments: PaymentsService;
    stripe: { provider: StripePaymentProvider; webhooks: StripeWebhooks } | undefined;
  },
): Promise<void> {
  const { payments, stripe } = deps;
  const tags = ['payments'];
  app.addSchema(PaymentMethodSchema);
  app.addSchema(PaymentsConfigResponse);

  app.get(
    '/api/payments/config/',
    {
      config: { errors: [] },
      schema: {
        operationId: 'payments.config',
        summary: 'How payments are taken: the provider, test mode, and the methods offered with their names',
        tags,
        response: { 200: Type.Ref('PaymentsConfig') },
      },
    },
    async () => payments.publicConfig(),
  );

  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/payments/webhooks/stripe/',
      {
        // Stripe's servers send no user credentials and no API-client pair: the signature is the authentication.
        config: {
          skipAuth: true,
          apiClient: false,
          errors: [
            PaymentErrors.stripeNotConfigured,
            PaymentErrors.webhookSignatureInvalid,
            PaymentErrors.webhookEventInvalid,
            PaymentErrors.paymentMismatch,
          ],
        },
        schema: {
          operationId: 'payments.stripeWebhook',
          summary: "Stripe's events (signed with `Stripe-Signature`)",
          description:
            'Each event is applied once. `payment_intent.succeeded` places the order if the checkout call has not, or marks a pending order paid; `charge.refunded` records the refunded amount and, once the whole charge is back, moves the order to `refunded`. 400 `WEBHOOK_SIGNATURE_INVALID` for a bad signature; 404 when Stripe is not the provider.',
          tags,
          response: { 200: WebhookAck },
        },
      },
      async (request) => {
        if (!stripe) throw PaymentErrors.stripeNotConfigured();
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.from('');
        const signature = request.headers['stripe-signature'];
        const event = stripe.provider.verifyWebhook(raw, Array.isArray(signature) ? signature[0] : signature);
        const outcome = await stripe.webhooks.handle(event);
        request.log.info({ event: event.id, type: event.type, outcome }, 'stripe webhook');
        return { received: true, outcome };
      },
    );
  });
}
