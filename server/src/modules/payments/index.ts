/**
 * Payments: the providers (`manual`, Stripe), payment intents bound to what
 * they pay for, the payment records, Stripe's webhook, refunds and voids. The
 * shop pays for orders through it (purpose `order`); billing will pay bills.
 * Other modules use `PaymentsService` and register a `PaymentPurpose` for
 * what the provider reports on their intents.
 */
import type { Config } from '../../config.js';
import { defineModule } from '../../platform/module.js';
import { ManualPaymentProvider } from './manual-provider.js';
import type { PaymentProvider } from './payment-provider.js';
import { paymentsJobs } from './payments.jobs.js';
import { paymentsRoutes } from './payments.routes.js';
import { type PaymentProviders, PaymentsService } from './payments.service.js';
import { paymentsReportRoutes } from './reports.routes.js';
import { PaymentsReportsService } from './reports.service.js';
import './payments.tables.js';
import { StripePaymentProvider } from './stripe-provider.js';
import { StripeWebhooks } from './webhooks.service.js';

export { MANUAL_METHODS_DESCRIPTION, methodLabel } from './payment-methods.js';
export type { ConfirmResult, PaymentProvider } from './payment-provider.js';
export { PaymentErrors } from './payments.errors.js';
export { PaymentSchema } from './payments.schemas.js';
export type {
  CreatedPaymentIntent,
  IntentRecord,
  PaymentDto,
  PaymentFailureRecord,
  PaymentProviders,
  PaymentPurpose,
  PaymentRecord,
  PaymentRefundRecord,
  PaymentsService,
} from './payments.service.js';

export interface PaymentsServices {
  payments: PaymentsService;
  /** Figures for the admin dashboard (failed payments). */
  reports: PaymentsReportsService;
  /** Set when Stripe is the provider: its webhook handling. */
  stripe: { provider: StripePaymentProvider; webhooks: StripeWebhooks } | undefined;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    payments: PaymentsServices;
  }
}

/** The configured providers: manual always (refunds of older manual payments), Stripe when its keys are set. */
export function createPaymentProviders(config: Config): {
  providers: PaymentProviders;
  stripe: StripePaymentProvider | undefined;
} {
  const manual = new ManualPaymentProvider({ testMode: config.PAYMENT_TEST_MODE });
  const stripe = config.STRIPE_SECRET_KEY ? new StripePaymentProvider(config) : undefined;
  const all = new Map<string, PaymentProvider>([['manual', manual]]);
  if (stripe) all.set('stripe', stripe);
  const active = config.PAYMENT_PROVIDER === 'stripe' && stripe ? stripe : manual;
  return { providers: { active, byName: (name) => all.get(name) }, stripe };
}

export const paymentsModule = defineModule({
  name: 'payments',
  services(ctx) {
    const { db, config, jobs } = ctx;
    const { providers, stripe } = createPaymentProviders(config);
    const payments = new PaymentsService({ db, config, jobs, providers });
    const webhooks =
      stripe && config.PAYMENT_PROVIDER === 'stripe'
        ? { provider: stripe, webhooks: new StripeWebhooks({ db, jobs, payments }) }
        : undefined;
    return {
      payments,
      reports: new PaymentsReportsService({ db, currency: config.CURRENCY }),
      stripe: webhooks,
    };
  },
  jobs: ({ payments }, ctx) => paymentsJobs({ db: ctx.db, providers: payments.providers }),
  async routes(app, { payments, stripe, reports }) {
    await paymentsRoutes(app, { payments, stripe });
    await paymentsReportRoutes(app, { reports });
  },
});
