/**
 * The catalogue (SPEC §5): categories, products, colour variants, sizes with
 * their stock, images. Other modules import only this file.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ModuleContext, ModuleDefinition } from '../../platform/module.js';
import { onSellersChanged } from '../../platform/sellers.js';
import { onStockChanged } from '../inventory/stock.js';
import { ResponseCache } from './catalog.cache.js';
import { catalogRoutes } from './catalog.routes.js';
import { seedCatalog } from './catalog.seed.js';
import { CatalogService } from './catalog.service.js';

export { ResponseCache } from './catalog.cache.js';
export { detectImageType, mediaUrl } from './catalog.media.js';
export { CatalogService, slugify } from './catalog.service.js';

/** The broadcast topic on which instances tell each other the catalogue changed. */
export const CATALOG_TOPIC = 'catalog';

declare module 'fastify' {
  interface FastifyInstance {
    catalog: { service: CatalogService; cache: ResponseCache };
  }
}

async function register(app: FastifyInstance, ctx: ModuleContext): Promise<void> {
  const cache = new ResponseCache({ ttlMs: ctx.config.CATALOG_CACHE_TTL_MS, maxEntries: 1000 });
  const changed = () => {
    cache.bump();
    ctx.broadcast.publish(CATALOG_TOPIC, {});
  };
  // Another instance changed the catalogue (or may have, while Redis was away): what this one holds may be stale.
  await ctx.broadcast.on(
    CATALOG_TOPIC,
    () => cache.bump(),
    () => cache.bump(),
  );
  // Sales, cancels and adjustments change stock through `changeStock`, whichever module calls it.
  const unsubscribe = onStockChanged(changed);
  // A vendor approved, rejected or (de)activated: their products appear in or leave the public answers.
  const unsubscribeSellers = onSellersChanged(changed);
  app.addHook('onClose', async () => {
    unsubscribe();
    unsubscribeSellers();
  });
  const service = new CatalogService({
    db: ctx.db,
    mediaRoot: path.resolve(ctx.config.MEDIA_ROOT),
    onChange: changed,
  });
  app.decorate('catalog', { service, cache });
  await catalogRoutes(app, { catalog: service, cache, maxUploadBytes: ctx.config.MEDIA_MAX_UPLOAD_BYTES });
}

export const catalogModule: ModuleDefinition = {
  name: 'catalog',
  register,
  seed: seedCatalog,
};
