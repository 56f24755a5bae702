/**
 * Customers: staff's page of one customer, composed from the modules that know
 * them (identity, shop, loyalty, billing), each through its exported reads.
 * It owns no table.
 */
import { defineModule } from '../../platform/module.js';
import { customerRoutes } from './customers.routes.js';
import { CustomersService } from './customers.service.js';

export type { AdminCustomerDto } from './customers.service.js';

export interface CustomersServices {
  customers: CustomersService;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    customers: CustomersServices;
  }
}

export const customersModule = defineModule({
  name: 'customers',
  requires: ['identity', 'shop', 'loyalty', 'billing'],
  services: (_ctx, use) => ({
    customers: new CustomersService({
      identity: use('identity'),
      shop: use('shop').customers,
      loyalty: use('loyalty').loyalty,
      billing: use('billing').billing,
    }),
  }),
  routes: (app, { customers }) => customerRoutes(app, { customers }),
});
