/** `/api/cart/`: validate → call the cart service → the cart. Signed-in users only. */
import { Type } from 'typebox';
import { currentUser, requireAuth } from '../../platform/auth.js';
import { type App, routeParam } from '../../platform/http.js';
import {
  AddCartItemBody,
  CartItem,
  CartItemParams,
  CartResponse,
  UpdateCartItemBody,
} from './cart.schemas.js';
import type { CartService } from './cart.service.js';
import { ShopErrors } from './shop.errors.js';

const tags = ['cart'];

export async function cartRoutes(app: App, deps: { cart: CartService }): Promise<void> {
  const { cart } = deps;
  app.addSchema(CartItem);
  app.addSchema(CartResponse);
  const Cart = Type.Ref('Cart');

  app.get(
    '/api/cart/',
    {
      preHandler: requireAuth,
      config: { errors: [] },
      schema: {
        operationId: 'cart.get',
        summary: 'Your cart, with totals and availability of each line',
        tags,
        response: { 200: Cart },
      },
    },
    async (request) => cart.getCart(currentUser(request).id),
  );

  app.post(
    '/api/cart/add/',
    {
      preHandler: requireAuth,
      config: {
        errors: [ShopErrors.sizeNotFound, ShopErrors.insufficientStock, ShopErrors.productUnavailable],
      },
      schema: {
        operationId: 'cart.addItem',
        summary: 'Add units of a size (a line of the same size grows)',
        description:
          'Refuses more units than are in stock (409 `INSUFFICIENT_STOCK`) and products no longer sold (409 `PRODUCT_UNAVAILABLE`). Answers the whole cart.',
        tags,
        body: AddCartItemBody,
        response: { 200: Cart },
      },
    },
    async (request) => cart.addItem(currentUser(request).id, request.body.size_id, request.body.quantity),
  );

  app.put(
    '/api/cart/update/:item_id/',
    {
      onRequest: [
        requireAuth,
        async (request) => cart.assertOwnsItem(currentUser(request).id, routeParam(request, 'item_id')),
      ],
      config: {
        errors: [ShopErrors.cartItemNotFound, ShopErrors.insufficientStock, ShopErrors.productUnavailable],
      },
      schema: {
        operationId: 'cart.updateItem',
        summary: "Set a line's quantity",
        description: 'Raising a line needs the stock (409 `INSUFFICIENT_STOCK`); lowering it always works.',
        tags,
        params: CartItemParams,
        body: UpdateCartItemBody,
        response: { 200: Cart },
      },
    },
    async (request) =>
      cart.updateItem(currentUser(request).id, request.params.item_id, request.body.quantity),
  );

  app.delete(
    '/api/cart/remove/:item_id/',
    {
      preHandler: requireAuth,
      config: { errors: [ShopErrors.cartItemNotFound] },
      schema: {
        operationId: 'cart.removeItem',
        summary: 'Remove a line; answers the cart',
        tags,
        params: CartItemParams,
        response: { 200: Cart },
      },
    },
    async (request) => cart.removeItem(currentUser(request).id, request.params.item_id),
  );
}
