/** TypeBox schemas of the cart API: validation, serialization, OpenAPI and the SDK from one source. */
import { type Static, Type } from 'typebox';
import { Money } from '../../platform/money.js';

/** Ids are UUIDs: anything else is a 400 before it reaches a uuid column. */
export const Id = Type.String({ format: 'uuid' });

export const CartItemParams = Type.Object({ item_id: Id });

export const AddCartItemBody = Type.Object({
  size_id: Type.String({ format: 'uuid', description: 'The product size (SKU) to add.' }),
  quantity: Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: 1,
    description: 'Units to add; an existing line of the same size grows by this many.',
  }),
});
export type AddCartItemBody = Static<typeof AddCartItemBody>;

export const UpdateCartItemBody = Type.Object({
  quantity: Type.Integer({ minimum: 1, maximum: 1000, description: 'The new number of units.' }),
});

export const CartProduct = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  image: Type.Union([Type.String(), Type.Null()], { description: 'URL of the first image, or null.' }),
});

export const CartItem = Type.Object(
  {
    id: Type.String(),
    product: CartProduct,
    variant: Type.Object({ id: Type.String(), color: Type.String() }),
    size: Type.Object({
      id: Type.String(),
      size: Type.String(),
      sku: Type.String(),
      stock: Type.Integer({ description: 'Units in stock now.' }),
    }),
    quantity: Type.Integer(),
    unit_price: Money,
    line_total: Money,
    available: Type.Boolean({
      description:
        'False when the product is no longer sold or has fewer units in stock than the line asks for.',
    }),
    unavailable_reason: Type.Union(
      [
        Type.Literal('inactive'),
        Type.Literal('out_of_stock'),
        Type.Literal('insufficient_stock'),
        Type.Null(),
      ],
      { description: 'Why the line cannot be bought now; null when it can.' },
    ),
  },
  { $id: 'CartItem', title: 'CartItem' },
);

export const CartResponse = Type.Object(
  {
    id: Type.String(),
    items: Type.Array(Type.Ref('CartItem')),
    subtotal: Money,
    total: Money,
    item_count: Type.Integer({ description: 'Units in the cart (not lines).' }),
  },
  { $id: 'Cart', title: 'Cart' },
);

export interface CartItemDto {
  id: string;
  product: { id: string; name: string; slug: string; image: string | null };
  variant: { id: string; color: string };
  size: { id: string; size: string; sku: string; stock: number };
  quantity: number;
  unit_price: string;
  line_total: string;
  available: boolean;
  unavailable_reason: 'inactive' | 'out_of_stock' | 'insufficient_stock' | null;
}

export interface CartDto {
  id: string;
  items: CartItemDto[];
  subtotal: string;
  total: string;
  item_count: number;
}
