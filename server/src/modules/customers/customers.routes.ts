/** `/api/admin/customers/<id>/`: staff's customer page (staff, managers, admins). */
import { Type } from 'typebox';
import { currentUser, requireStaff } from '../../platform/auth.js';
import type { App } from '../../platform/http.js';
import { PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { IdentityErrors } from '../identity/index.js';
import { AdminCustomer, CustomerParams } from './customers.schemas.js';
import type { CustomersService } from './customers.service.js';

export async function customerRoutes(app: App, deps: { customers: CustomersService }): Promise<void> {
  const { customers } = deps;
  app.addSchema(AdminCustomer);
  const tags = ['admin', 'customers'];

  app.get(
    '/api/admin/customers/:id/',
    {
      preHandler: requireStaff,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: {
        operationId: 'admin.customers.get',
        summary: 'A customer: profile, spend, addresses, loyalty and subscription',
        description:
          'Spend counts the orders paid and kept, less what was given back on them; refunded orders count nothing. The orders themselves: `GET /api/admin/customers/<id>/orders/`. An admin is 404 to anyone but an admin.',
        tags,
        params: CustomerParams,
        response: { 200: Type.Ref('AdminCustomer') },
      },
    },
    async (request) => customers.get(currentUser(request), request.params.id),
  );

  app.get(
    '/api/admin/customers/:id/orders/',
    {
      preHandler: requireStaff,
      config: { errors: [IdentityErrors.userNotFound] },
      schema: {
        operationId: 'admin.customers.orders',
        summary: 'A customer’s orders, newest first',
        tags,
        params: CustomerParams,
        querystring: PageQuery,
        response: { 200: Paginated(Type.Ref('Order'), 'CustomerOrderPage') },
      },
    },
    async (request) =>
      customers.orders(
        currentUser(request),
        request.params.id,
        pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL),
      ),
  );
}
