/**
 * Subscription billing: the ISP back office
 * under `/api/v1/` (packages, subscribers, bills and payments, bill runs).
 */
import { defineModule } from '../../platform/module.js';
import type { ScheduleDefinition } from '../../platform/schedules.js';
import { transaction } from '../../platform/transaction.js';
import type { IdentityServices } from '../identity/index.js';
import { billingCommands } from './billing.commands.js';
import { billingRoutes } from './billing.routes.js';
import { seedBilling } from './billing.seed.js';
import { BillingService, monthOf } from './billing.service.js';
import { billingUserRoutes } from './billing-users.routes.js';
import { CredentialsCipher, loadCredentialsKeys } from './credentials.js';

export { seedBenchSubscribers } from './billing.bench-seed.js';
export { BillingService, type SubscriberSummary } from './billing.service.js';

export interface BillingServices {
  billing: BillingService;
  /** Identity's services, for `/api/v1/users/*`. */
  identity: IdentityServices;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    billing: BillingServices;
  }
}

export const billingModule = defineModule({
  name: 'billing',
  requires: ['identity'],
  services(ctx, use) {
    const keys = loadCredentialsKeys(ctx.config);
    const cipher = new CredentialsCipher(keys.current, keys.old);
    return {
      billing: new BillingService({
        db: ctx.db,
        cipher,
        config: ctx.config,
        mailer: ctx.mailer,
        events: ctx.events,
      }),
      identity: use('identity'),
    };
  },
  // The subscriber list kept in memory: forgotten after every subscriber, package or user change, everywhere.
  listeners: ({ billing }) => ({
    'subscriber.changed': () => billing.forgetKept(),
    'user.changed': () => billing.forgetKept(),
  }),
  start: async ({ billing }, ctx) => ctx.events.onMissed(() => billing.forgetKept()),
  schedules: ({ billing }, ctx): ScheduleDefinition[] => [
    // Every morning, one reminder per bill overdue (BILLING_OVERDUE_DAYS after its month).
    {
      name: 'billing.overdue_reminders',
      cron: '0 9 * * *',
      run: async ({ period, log }) => {
        const queued = await billing.remindOverdue(new Date(period));
        if (queued) log.info({ queued }, 'overdue bill reminders queued');
      },
    },
    // The month's bills at 00:05 on the 1st (`SCHEDULES` moves it), when BILLING_MONTHLY_RUN is on.
    ...(ctx.config.BILLING_MONTHLY_RUN
      ? ([
          {
            name: 'billing.monthly_run',
            cron: '5 0 1 * *',
            run: async ({ period, log }) => {
              const month = monthOf(new Date(period), ctx.config.TIME_ZONE);
              const result = await transaction(ctx.db, (trx) =>
                billing.generateBills(trx, null, { billing_month: month.month, year: month.year }),
              );
              log.info(result, 'monthly bill run');
            },
          },
        ] satisfies ScheduleDefinition[])
      : []),
  ],
  commands: billingCommands,
  seed: (ctx, { billing }) => seedBilling(ctx, billing),
  async routes(app, { billing, identity }) {
    await billingRoutes(app, billing);
    await billingUserRoutes(app, identity);
  },
});
