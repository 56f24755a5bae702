/** Inventory's business errors: a stable code, a status and a sentence. */
import { AppError } from '../../platform/errors.js';

export const InventoryErrors = {
  unknownSku: (sku: string) =>
    AppError.badRequest(`No size has SKU ${sku}.`, { sku: ['No size has this SKU.'] }, 'UNKNOWN_SKU'),
  insufficientStock: (sku: string, available: number, removing: number) =>
    new AppError({
      code: 'INSUFFICIENT_STOCK',
      status: 409,
      detail: `Only ${available} of ${sku} in stock: removing ${removing} would go below zero.`,
      errors: { delta: [`At most ${available} can be removed (available: ${available}).`] },
    }),
  invalidDatetime: (field: string) =>
    AppError.badRequest(`Invalid input: check ${field}.`, {
      [field]: ['Datetime has wrong format. Use ISO 8601.'],
    }),
  movementNotFound: () => AppError.notFound(),
};
