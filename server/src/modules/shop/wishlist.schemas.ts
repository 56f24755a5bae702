/** TypeBox schemas of the wishlist API. */
import { Type } from 'typebox';
import { Money } from '../../platform/money.js';

export const WishlistItem = Type.Object(
  {
    id: Type.String({ description: 'The entry id (used by remove and move-to-cart).' }),
    product: Type.Object({
      id: Type.String(),
      name: Type.String(),
      slug: Type.String(),
      price: Money,
      image: Type.Union([Type.String(), Type.Null()]),
      is_active: Type.Boolean(),
      in_stock: Type.Boolean(),
    }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'WishlistItem', title: 'WishlistItem' },
);

export interface WishlistItemDto {
  id: string;
  product: {
    id: string;
    name: string;
    slug: string;
    price: string;
    image: string | null;
    is_active: boolean;
    in_stock: boolean;
  };
  created_at: string;
}

const productId = Type.String({ format: 'uuid' });

export const AddWishlistBody = Type.Object({ product_id: productId });
export const BulkWishlistBody = Type.Object({
  product_ids: Type.Array(productId, { minItems: 1, maxItems: 100, uniqueItems: true }),
});
export const WishlistParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const MoveToCartBody = Type.Object({
  size_id: Type.Optional(
    Type.String({
      format: 'uuid',
      description:
        'The size to put in the cart. May be left out when the product has exactly one size in stock, which is then taken; with several, 400 `SIZE_REQUIRED`.',
    }),
  ),
  quantity: Type.Integer({ minimum: 1, maximum: 1000, default: 1 }),
});

export const BulkAddResponse = Type.Object({
  added: Type.Integer({ description: 'Products that were not in the wishlist before.' }),
  items: Type.Array(Type.Ref('WishlistItem'), { description: 'The entries of the products sent.' }),
});
export const BulkRemoveResponse = Type.Object({ removed: Type.Integer() });
