/** `/api/inventory/`: staff only. */
import { Type } from 'typebox';
import { originOf } from '../../platform/audit.js';
import { currentUser, requireStaff } from '../../platform/auth.js';
import type { App } from '../../platform/http.js';
import { type PageQuery, Paginated, pageRequest } from '../../platform/pagination.js';
import { InventoryErrors } from './inventory.errors.js';
import {
  AdjustmentBody,
  InventoryItem,
  ListItemsQuery,
  ListMovementsQuery,
  StockMovement,
} from './inventory.schemas.js';
import type { InventoryService } from './inventory.service.js';

export async function inventoryRoutes(app: App, deps: { inventory: InventoryService }): Promise<void> {
  const { inventory } = deps;
  app.addSchema(InventoryItem);
  app.addSchema(StockMovement);
  const tags = ['inventory'];
  const page = (request: { query: PageQuery; url: string }) =>
    pageRequest(request.query, request.url, app.ctx.config.PUBLIC_URL);

  app.get(
    '/api/inventory/items/',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'inventory.listItems',
        summary: 'Every SKU with its stock, reserved units and low-stock flag',
        tags,
        querystring: ListItemsQuery,
        response: { 200: Paginated(Type.Ref('InventoryItem'), 'InventoryItemPage') },
      },
    },
    async (request) => inventory.listItems(request.query, page(request)),
  );

  app.post(
    '/api/inventory/adjustments/',
    {
      preHandler: requireStaff,
      config: { errors: [InventoryErrors.unknownSku, InventoryErrors.insufficientStock] },
      schema: {
        operationId: 'inventory.adjust',
        summary: 'Add or remove units of a SKU (never below zero); recorded in the ledger and the audit log',
        tags,
        body: AdjustmentBody,
        response: { 201: Type.Ref('StockMovement') },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await inventory.adjust(currentUser(request), request.body, originOf(request))),
  );

  app.get(
    '/api/inventory/movements/',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'inventory.listMovements',
        summary: 'The stock ledger, newest first',
        tags,
        querystring: ListMovementsQuery,
        response: { 200: Paginated(Type.Ref('StockMovement'), 'StockMovementPage') },
      },
    },
    async (request) => inventory.listMovements(request.query, page(request)),
  );
}
