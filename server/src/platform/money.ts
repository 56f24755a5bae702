/**
 * Money is an integer number of minor units in storage and arithmetic, and a
 * decimal string with two places on the wire (`"50.00"`). Never a float.
 */
import { Type } from 'typebox';
import { AppError } from './errors.js';

/** A wire amount: `"50.00"`, `"0.5"`, `"12"`; at most two decimals, no sign (refunds and credits say so in their field names). */
export const Money = Type.String({
  pattern: '^\\d{1,13}(\\.\\d{1,2})?$',
  description: 'An amount as a decimal string with up to two places, e.g. "50.00".',
  examples: ['50.00'],
});

/**
 * A price as a client sets it: like `Money`, with at most ten digits before the
 * point. Prices are multiplied by quantities; this keeps one unit's price far
 * below what a total can reach (`MAX_AMOUNT_MINOR`).
 */
export const PriceInput = Type.String({
  pattern: '^\\d{1,10}(\\.\\d{1,2})?$',
  description: 'A price as a decimal string with up to two places, at most "9999999999.99".',
  examples: ['50.00'],
});

/**
 * The largest amount (minor units) a cart, an intent or an order may total:
 * beyond it integer arithmetic on numbers is no longer exact.
 */
export const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER;

/** `5000` → `"50.00"`, `-250` → `"-2.50"`; a bigint for sums that may pass `MAX_AMOUNT_MINOR`. */
export function formatMinor(minor: number | bigint): string {
  if (typeof minor === 'bigint') {
    const abs = minor < 0n ? -minor : minor;
    return `${minor < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  }
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not a whole number of minor units: ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * `"50.00"` → `5000`, `"0.5"` → `50`. Parses the digits as text, so no binary
 * float ever rounds a price. Throws a 400 naming `field` for anything else.
 */
export function parseMoney(value: string, field = 'amount'): number {
  const match = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) {
    throw AppError.badRequest(`Invalid input: check ${field}.`, {
      [field]: ['Enter an amount with at most two decimal places, like 50.00.'],
    });
  }
  const [, minus, whole = '0', fraction = ''] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return minus ? -minor : minor;
}
