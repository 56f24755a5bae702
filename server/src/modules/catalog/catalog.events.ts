/** The events the catalogue emits (after the change commits). */
import type { StockMovementKind } from '../../db/schema.js';

export interface CatalogEvents {
  /** A product, its variants, sizes or pictures were created, edited or deleted. */
  'product.changed': { productId: string };
  /** The category tree changed. */
  'category.changed': Record<string, never>;
  /** A size's stock changed (a sale, a cancel or return, an adjustment, an edit). */
  'stock.changed': { sizeId: string; sku: string; delta: number; stock: number; kind: StockMovementKind };
}

declare module '../../platform/events.js' {
  interface EventTypes extends CatalogEvents {}
}
