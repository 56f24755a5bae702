/** Inventory's wire shapes. */
import { type Static, Type } from 'typebox';
import { PageQuery } from '../../platform/pagination.js';

const Id = Type.String({ format: 'uuid' });

export const InventoryItem = Type.Object(
  {
    size_id: Id,
    sku: Type.String(),
    size: Type.String(),
    stock: Type.Integer(),
    reserved: Type.Integer({
      description:
        'Units in orders awaiting payment. They are already taken from `stock` (a cancelled order gives them back), so `stock` is what can still be sold.',
    }),
    low_stock: Type.Boolean({ description: 'Stock at or below LOW_STOCK_THRESHOLD.' }),
    product: Type.Object({ id: Id, name: Type.String(), slug: Type.String(), is_active: Type.Boolean() }),
    variant: Type.Object({ id: Id, color: Type.String() }),
    category: Type.Object({ id: Id, name: Type.String(), slug: Type.String() }),
  },
  { $id: 'InventoryItem', title: 'InventoryItem' },
);
export type InventoryItemDto = Static<typeof InventoryItem>;

export const ListItemsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    search: Type.Optional(Type.String({ maxLength: 100, description: 'Part of a SKU or product name.' })),
    low_stock: Type.Optional(Type.Boolean()),
    product: Type.Optional(Type.String({ maxLength: 64, description: 'A product id.' })),
    category: Type.Optional(
      Type.String({ maxLength: 100, description: 'A category id or slug; subcategories included.' }),
    ),
  }),
]);
export type ListItemsQuery = Static<typeof ListItemsQuery>;

const MovementKind = Type.Union([
  Type.Literal('initial'),
  Type.Literal('sale'),
  Type.Literal('cancel'),
  Type.Literal('adjustment'),
  Type.Literal('return'),
]);

export const StockMovement = Type.Object(
  {
    id: Id,
    sku: Type.String(),
    size_id: Type.Union([Id, Type.Null()], { description: 'Null once the size was deleted.' }),
    product: Type.Union([Type.Object({ id: Id, name: Type.String(), slug: Type.String() }), Type.Null()]),
    delta: Type.Integer(),
    stock_after: Type.Integer(),
    kind: MovementKind,
    reason: Type.String(),
    order_id: Type.Union([Type.String(), Type.Null()]),
    actor: Type.Union([Type.Object({ id: Id, email: Type.String(), username: Type.String() }), Type.Null()]),
    created_at: Type.String({ format: 'date-time' }),
  },
  { $id: 'StockMovement', title: 'StockMovement' },
);
export type StockMovementDto = Static<typeof StockMovement>;

export const ListMovementsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    sku: Type.Optional(Type.String({ maxLength: 64 })),
    kind: Type.Optional(MovementKind),
    product: Type.Optional(Type.String({ maxLength: 64, description: 'A product id.' })),
    since: Type.Optional(Type.String({ format: 'date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time' })),
  }),
]);
export type ListMovementsQuery = Static<typeof ListMovementsQuery>;

export const AdjustmentBody = Type.Object({
  sku: Type.String({ minLength: 1, maxLength: 64 }),
  delta: Type.Integer({
    minimum: -1_000_000,
    maximum: 1_000_000,
    not: { const: 0 },
    description: 'Units to add (positive) or remove (negative); never zero.',
  }),
  reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
});
export type AdjustmentBody = Static<typeof AdjustmentBody>;
