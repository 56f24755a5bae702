/**
 * Inventory: the staff view of the shop's stock (every SKU, the movements
 * ledger) and manual adjustments. Stock itself is the catalogue's, changed
 * only through its `StockLedger`.
 */
import { defineModule } from '../../platform/module.js';
import { inventoryRoutes } from './inventory.routes.js';
import { InventoryService } from './inventory.service.js';
import { inventoryReportRoutes } from './reports.routes.js';
import { InventoryReportsService } from './reports.service.js';

export { InventoryService } from './inventory.service.js';

declare module '../../platform/module.js' {
  interface ModuleServices {
    inventory: { inventory: InventoryService; reports: InventoryReportsService };
  }
}

export const inventoryModule = defineModule({
  name: 'inventory',
  requires: ['catalog'],
  services(ctx, use) {
    const catalog = use('catalog');
    const inventory = new InventoryService({
      db: ctx.db,
      lowStockThreshold: ctx.config.LOW_STOCK_THRESHOLD,
      stock: catalog.stock,
      categoryIds: (idOrSlug) => catalog.service.categoryWithDescendants(idOrSlug),
    });
    const reports = new InventoryReportsService({
      db: ctx.db,
      lowStockThreshold: ctx.config.LOW_STOCK_THRESHOLD,
    });
    return { inventory, reports };
  },
  async routes(app, { inventory, reports }) {
    await inventoryRoutes(app, { inventory });
    await inventoryReportRoutes(app, { reports });
  },
});
