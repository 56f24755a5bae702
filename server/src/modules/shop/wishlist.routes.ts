/** `/api/wishlist/`: validate → call the wishlist service → DTO. Signed-in users only. */
import { Type } from 'typebox';
import { currentUser, requireAuth } from '../../platform/auth.js';
import { type App, routeParam } from '../../platform/http.js';
import { PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { ShopErrors } from './shop.errors.js';
import {
  AddWishlistBody,
  BulkAddResponse,
  BulkRemoveResponse,
  BulkWishlistBody,
  MoveToCartBody,
  WishlistItem,
  WishlistParams,
} from './wishlist.schemas.js';
import type { WishlistService } from './wishlist.service.js';

const tags = ['wishlist'];

export async function wishlistRoutes(app: App, deps: { wishlist: WishlistService }): Promise<void> {
  const { wishlist } = deps;
  app.addSchema(WishlistItem);
  const Item = Type.Ref('WishlistItem');

  app.get(
    '/api/wishlist/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'wishlist.list',
        summary: 'Your wishlist, newest first',
        tags,
        querystring: PageQuery,
        response: { 200: Paginated(Item, 'WishlistPage') },
      },
    },
    async (request) =>
      wishlist.list(
        currentUser(request).id,
        pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL),
      ),
  );

  app.post(
    '/api/wishlist/add/',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.productNotFound] },
      schema: {
        operationId: 'wishlist.add',
        summary: 'Add a product (adding it again is harmless: 200 with the entry)',
        tags,
        body: AddWishlistBody,
        response: { 200: Item, 201: Item },
      },
    },
    async (request, reply) => {
      const { item, created } = await wishlist.add(currentUser(request).id, request.body.product_id);
      return reply.code(created ? 201 : 200).send(item);
    },
  );

  app.delete(
    '/api/wishlist/remove/:id/',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.wishlistItemNotFound] },
      schema: {
        operationId: 'wishlist.remove',
        summary: 'Remove an entry (by the entry id)',
        tags,
        params: WishlistParams,
        response: { 204: { description: 'Removed.', type: 'null' } },
      },
    },
    async (request, reply) => {
      await wishlist.remove(currentUser(request).id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/wishlist/bulk-add/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'wishlist.bulkAdd',
        summary: 'Add several products at once (all or nothing)',
        tags,
        body: BulkWishlistBody,
        response: { 200: BulkAddResponse },
      },
    },
    async (request) => wishlist.bulkAdd(currentUser(request).id, request.body.product_ids),
  );

  app.post(
    '/api/wishlist/bulk-remove/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'wishlist.bulkRemove',
        summary: 'Remove several products at once',
        tags,
        body: BulkWishlistBody,
        response: { 200: BulkRemoveResponse },
      },
    },
    async (request) => wishlist.bulkRemove(currentUser(request).id, request.body.product_ids),
  );

  app.post(
    '/api/wishlist/:id/move-to-cart/',
    {
      onRequest: [
        requireAuth,
        async (request) => wishlist.assertOwnsEntry(currentUser(request).id, routeParam(request, 'id')),
      ],
      preValidation: async (request) => {
        request.body ??= { quantity: 1 };
      },
      config: {
        errors: [
          ShopErrors.wishlistItemNotFound,
          ShopErrors.sizeRequired,
          ShopErrors.sizeNotOfProduct,
          ShopErrors.sizeNotFound,
          ShopErrors.insufficientStock,
          ShopErrors.productUnavailable,
        ],
      },
      schema: {
        operationId: 'wishlist.moveToCart',
        summary: "Put an entry's product in the cart and take it off the wishlist",
        description:
          'Give `size_id`, or leave it out when the product has exactly one size in stock. Several sizes in stock → 400 `SIZE_REQUIRED`; none → 409 `INSUFFICIENT_STOCK`. Answers the cart.',
        tags,
        params: WishlistParams,
        body: MoveToCartBody,
        response: { 200: Type.Ref('Cart') },
      },
    },
    async (request) =>
      wishlist.moveToCart(currentUser(request).id, request.params.id, {
        size_id: request.body.size_id,
        quantity: request.body.quantity,
      }),
  );
}
