/**
 * Inventory (SPEC §8): the staff view of the shop's stock. `changeStock` is the
 * one way any module changes stock.
 */
import type { FastifyInstance } from 'fastify';
import type { ModuleContext, ModuleDefinition } from '../../platform/module.js';
import { inventoryRoutes } from './inventory.routes.js';
import { InventoryService } from './inventory.service.js';

export { InventoryService } from './inventory.service.js';
export { changeStock, onStockChanged, type StockChange, type StockChangeResult } from './stock.js';

async function register(app: FastifyInstance, ctx: ModuleContext): Promise<void> {
  const inventory = new InventoryService({
    db: ctx.db,
    lowStockThreshold: ctx.config.LOW_STOCK_THRESHOLD,
    categoryIds: (idOrSlug) => app.catalog.service.categoryWithDescendants(idOrSlug),
  });
  await inventoryRoutes(app, { inventory });
}

export const inventoryModule: ModuleDefinition = { name: 'inventory', register };
