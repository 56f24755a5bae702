/** `/api/addresses/`: the signed-in customer's saved shipping addresses. Thin: validate → service → DTO. */
import { Type } from 'typebox';
import { currentUser, requireAuth } from '../../platform/auth.js';
import { type App, NoBody, routeParam } from '../../platform/http.js';
import { Paginated, pageRequest } from '../../platform/pagination.js';
import {
  AddressBody,
  AddressParams,
  AddressPatchBody,
  AddressResponse,
  ListAddressesQuery,
  MAX_ADDRESSES,
} from './addresses.schemas.js';
import type { AddressesService } from './addresses.service.js';
import { ShopErrors } from './shop.errors.js';

export async function addressRoutes(app: App, deps: { addresses: AddressesService }): Promise<void> {
  const { addresses } = deps;
  app.addSchema(AddressResponse);
  const Address = Type.Ref('Address');
  const tags = ['addresses'];
  /** After the guard, before the body: someone else's address is 404 whatever was sent. */
  const owned = async (request: Parameters<typeof currentUser>[0]) =>
    addresses.assertOwns(currentUser(request).id, routeParam(request, 'id'));

  app.get(
    '/api/addresses/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'addresses.list',
        summary: 'Your saved shipping addresses, the default first',
        tags,
        querystring: ListAddressesQuery,
        response: { 200: Paginated(Address, 'AddressPage') },
      },
    },
    async (request) =>
      addresses.list(
        currentUser(request).id,
        pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL, MAX_ADDRESSES),
      ),
  );

  app.post(
    '/api/addresses/',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.addressLimitReached] },
      schema: {
        operationId: 'addresses.create',
        summary: 'Save a shipping address',
        description: `At most ${MAX_ADDRESSES} per customer (409 \`ADDRESS_LIMIT_REACHED\`). The first one, or one sent with \`is_default: true\`, becomes the default.`,
        tags,
        body: AddressBody,
        response: { 201: Address },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addresses.create(currentUser(request).id, request.body)),
  );

  app.get(
    '/api/addresses/:id/',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.addressNotFound] },
      schema: {
        operationId: 'addresses.get',
        summary: 'One of your addresses (anyone else’s is 404)',
        tags,
        params: AddressParams,
        response: { 200: Address },
      },
    },
    async (request) => addresses.get(currentUser(request).id, request.params.id),
  );

  app.patch(
    '/api/addresses/:id/',
    {
      onRequest: [requireAuth, owned],
      config: { errors: [ShopErrors.addressNotFound] },
      schema: {
        operationId: 'addresses.update',
        summary: 'Change an address, or make it the default',
        description:
          '`is_default: true` makes it the default and the previous default an ordinary address; `false` leaves you without a default. Orders already placed keep the address they were sent to.',
        tags,
        params: AddressParams,
        body: AddressPatchBody,
        response: { 200: Address },
      },
    },
    async (request) => addresses.update(currentUser(request).id, request.params.id, request.body),
  );

  app.delete(
    '/api/addresses/:id/',
    {
      onRequest: [requireAuth, owned],
      config: { errors: [ShopErrors.addressNotFound] },
      schema: {
        operationId: 'addresses.delete',
        summary: 'Delete an address (the newest other one becomes the default if it was)',
        tags,
        params: AddressParams,
        response: { 204: NoBody('Deleted.') },
      },
    },
    async (request, reply) => {
      await addresses.remove(currentUser(request).id, request.params.id);
      return reply.code(204).send();
    },
  );
}
