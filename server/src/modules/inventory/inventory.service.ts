/**
 * Inventory for staff: every SKU with its stock, what is reserved and
 * whether it runs low; guarded adjustments; the append-only ledger of movements.
 * Stock is the catalogue's one figure and changes only through the catalogue's `StockLedger`.
 */

import { type Origin, recordAudit } from '../../platform/audit.js';
import type { AuthUser } from '../../platform/auth.js';
import { isUuid } from '../../platform/ids.js';
import { type Page, type PageRequest, paginate, toPage } from '../../platform/pagination.js';
import { type Executor, transaction } from '../../platform/transaction.js';
import {
  findSizeBySku,
  type SizeListFilters,
  type StockLedger,
  sizeList,
  sizeListColumns,
} from '../catalog/index.js';
import { InventoryErrors } from './inventory.errors.js';
import * as repo from './inventory.repository.js';
import type {
  AdjustmentBody,
  InventoryItemDto,
  ListItemsQuery,
  ListMovementsQuery,
  StockMovementDto,
} from './inventory.schemas.js';

export interface InventoryServiceDeps {
  db: Executor;
  lowStockThreshold: number;
  stock: StockLedger;
  /** A category (id or slug) and its subcategories' ids; the catalogue knows the tree. */
  categoryIds(idOrSlug: string): Promise<string[] | undefined>;
}

type MovementRow = Awaited<ReturnType<ReturnType<typeof repo.movementColumns>['execute']>>[number];

function movementDto(r: MovementRow): StockMovementDto {
  return {
    id: r.id,
    sku: r.sku,
    size_id: r.size_id,
    product: r.product_id
      ? { id: r.product_id, name: r.product_name ?? '', slug: r.product_slug ?? '' }
      : null,
    delta: r.delta,
    stock_after: r.stock_after,
    kind: r.kind,
    reason: r.reason,
    order_id: r.order_id,
    actor: r.actor_id
      ? { id: r.actor_id, email: r.actor_email ?? '', username: r.actor_username ?? '' }
      : null,
    created_at: r.created_at,
  };
}

function isoOrThrow(value: string, field: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw InventoryErrors.invalidDatetime(field);
  return d.toISOString();
}

export class InventoryService {
  constructor(private readonly deps: InventoryServiceDeps) {}

  async listItems(q: ListItemsQuery, page: PageRequest): Promise<Page<InventoryItemDto>> {
    const { db, lowStockThreshold } = this.deps;
    const filters: SizeListFilters = {};
    if (q.search?.trim()) filters.search = q.search.trim();
    if (q.product !== undefined) {
      if (!isUuid(q.product)) return toPage(page, 0, []);
      filters.productId = q.product;
    }
    if (q.category !== undefined) {
      const ids = await this.deps.categoryIds(q.category);
      if (!ids) return toPage(page, 0, []);
      filters.categoryIds = ids;
    }
    if (q.low_stock === true) filters.stockAtMost = lowStockThreshold;
    if (q.low_stock === false) filters.stockAbove = lowStockThreshold;
    const result = await paginate(page, sizeList(db, filters), sizeListColumns);
    const reserved = await repo.reservedBySize(
      db,
      result.results.map((r) => r.size_id),
    );
    return {
      ...result,
      results: result.results.map((r) => ({
        size_id: r.size_id,
        sku: r.sku,
        size: r.size,
        stock: r.stock,
        reserved: reserved.get(r.size_id) ?? 0,
        low_stock: r.stock <= lowStockThreshold,
        product: { id: r.product_id, name: r.product_name, slug: r.product_slug, is_active: r.is_active },
        variant: { id: r.variant_id, color: r.color },
        category: { id: r.category_id, name: r.category_name, slug: r.category_slug },
      })),
    };
  }

  async listMovements(q: ListMovementsQuery, page: PageRequest): Promise<Page<StockMovementDto>> {
    const filters: repo.MovementFilters = {};
    if (q.sku) filters.sku = q.sku;
    if (q.kind) filters.kind = q.kind;
    if (q.product !== undefined) {
      if (!isUuid(q.product)) return toPage(page, 0, []);
      filters.productId = q.product;
    }
    if (q.since) filters.since = isoOrThrow(q.since, 'since');
    if (q.until) filters.until = isoOrThrow(q.until, 'until');
    const result = await paginate(page, repo.movements(this.deps.db, filters), repo.movementColumns);
    return { ...result, results: result.results.map(movementDto) };
  }

  /** A staff member's correction: guarded (never below zero), in the ledger and the audit log. */
  async adjust(user: AuthUser, body: AdjustmentBody, origin: Origin): Promise<StockMovementDto> {
    const reason = body.reason.trim();
    const movementId = await transaction(this.deps.db, async (trx) => {
      const size = await findSizeBySku(trx, body.sku);
      if (!size) throw InventoryErrors.unknownSku(body.sku);
      const result = await this.deps.stock.change(trx, {
        sizeId: size.id,
        delta: body.delta,
        kind: 'adjustment',
        reason,
        actorId: user.id,
      });
      if (!result.ok) throw InventoryErrors.insufficientStock(body.sku, result.available, body.delta);
      const movement = await repo.lastMovementOf(trx, size.id);
      await recordAudit(trx, {
        action: 'inventory.adjusted',
        actor: user,
        target: { type: 'product_size', id: size.id },
        origin,
        details: { sku: body.sku, delta: body.delta, stock_after: result.stock, reason },
      });
      return movement.id;
    });
    const row = await repo.findMovement(this.deps.db, movementId);
    if (!row) throw InventoryErrors.movementNotFound();
    return movementDto(row);
  }
}
