/**
 * The catalogue: categories, products, colour variants, sizes with their
 * stock (and the stock ledger, the one way stock changes), images. Other
 * modules import only this file.
 */
import path from 'node:path';
import { Kept } from '../../platform/kept.js';
import { defineModule } from '../../platform/module.js';
import { catalogCommands } from './catalog.commands.js';
import { catalogRoutes } from './catalog.routes.js';
import { seedCatalog } from './catalog.seed.js';
import { CatalogService } from './catalog.service.js';
import { ProductsCsv } from './products-csv.js';
import { productsCsvRoutes } from './products-csv.routes.js';
import { StockLedger } from './stock.js';

export { BENCH_USER, BenchSeedError, seedBench } from './bench-seed.js';
export type { CatalogEvents } from './catalog.events.js';
export { detectImageType, mediaUrl } from './catalog.media.js';
export { CatalogService, slugify } from './catalog.service.js';
export {
  findProducts,
  findSize,
  findSizeBySku,
  findSizes,
  findSizesOfProduct,
  type ProductView,
  productIdsOfVendor,
  productsOnSale,
  type SizeListFilters,
  type SizeView,
  sizeList,
  sizeListColumns,
} from './catalog-reads.repository.js';
export { type StockChange, type StockChangeResult, StockLedger } from './stock.js';

export interface CatalogServices {
  service: CatalogService;
  /** Public answers kept in memory; forgotten after any catalogue, stock or seller change, on every instance. */
  cache: Kept<Buffer>;
  stock: StockLedger;
  /** Products as CSV: export and import. */
  csv: ProductsCsv;
}

declare module '../../platform/module.js' {
  interface ModuleServices {
    catalog: CatalogServices;
  }
}

export const catalogModule = defineModule({
  name: 'catalog',
  services(ctx) {
    const stock = new StockLedger(ctx.events);
    const service = new CatalogService({
      db: ctx.db,
      mediaRoot: path.resolve(ctx.config.MEDIA_ROOT),
      imageLimits: { maxSide: ctx.config.MEDIA_MAX_IMAGE_SIDE, maxPixels: ctx.config.MEDIA_MAX_IMAGE_PIXELS },
      events: ctx.events,
      stock,
    });
    const cache = new Kept<Buffer>({ ttlMs: ctx.config.CATALOG_CACHE_TTL_MS, maxEntries: 1000 });
    const csv = new ProductsCsv({ db: ctx.db, products: service.products, categories: service.categories });
    return { service, cache, stock, csv };
  },
  // Whatever changes a public answer, here or in another instance: sales, cancels and
  // adjustments (stock), edits, and vendors who may or may not sell any more.
  listeners: ({ cache }) => {
    const forget = () => cache.forget();
    return {
      'product.changed': forget,
      'category.changed': forget,
      'stock.changed': forget,
      'seller.changed': forget,
    };
  },
  // Events of other instances may have been missed (Redis was away): forget everything once.
  start: async ({ cache }, ctx) => ctx.events.onMissed(() => cache.forget()),
  commands: catalogCommands,
  seed: (ctx, { service }) => seedCatalog(ctx, service),
  routes: async (app, { service, cache, csv }, ctx) => {
    await catalogRoutes(app, { catalog: service, cache, maxUploadBytes: ctx.config.MEDIA_MAX_UPLOAD_BYTES });
    await productsCsvRoutes(app, { csv });
  },
});
