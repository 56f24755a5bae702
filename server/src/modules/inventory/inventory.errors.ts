/** The inventory's business errors: a stable code, a status and a sentence. */
import { defineErrors } from '../../platform/error-codes.js';

export const InventoryErrors = defineErrors({
  unknownSku: {
    code: 'UNKNOWN_SKU',
    status: 400,
    detail: (sku: string) => `No size has SKU ${sku}.`,
    errors: { sku: ['No size has this SKU.'] },
  },
  insufficientStock: {
    code: 'INSUFFICIENT_STOCK',
    status: 409,
    detail: (sku: string, available: number, delta: number) =>
      `Only ${available} of ${sku} in stock: removing ${-delta} would go below zero.`,
    errors: (_sku: string, available: number) => ({
      delta: [`At most ${available} can be removed (available: ${available}).`],
    }),
  },
  invalidDatetime: {
    code: 'VALIDATION_ERROR',
    status: 400,
    detail: (field: string) => `Invalid input: check ${field}.`,
    errors: (field: string) => ({ [field]: ['Datetime has wrong format. Use ISO 8601.'] }),
  },
  movementNotFound: { code: 'NOT_FOUND', status: 404, detail: 'Not found.' },
});
