/**
 * Subscription billing (SPEC §7, issue 15): the ISP back office of seed 002
 * under `/api/v1/` (packages, subscribers, bills and payments, bill runs).
 */
import { defineModule } from '../../platform/module.js';
import { billingRoutes } from './billing.routes.js';
import { BillingService } from './billing.service.js';
import { CredentialsCipher, loadCredentialsKey } from './credentials.js';

export { BillingService } from './billing.service.js';

export interface BillingServices {
  billing: BillingService;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    billing: BillingServices;
  }
}

export const billingModule = defineModule({
  name: 'billing',
  requires: ['identity'],
  services(ctx) {
    const cipher = new CredentialsCipher(loadCredentialsKey(ctx.config));
    return { billing: new BillingService({ db: ctx.db, cipher }) };
  },
  routes: (app, { billing }) => billingRoutes(app, billing),
});
