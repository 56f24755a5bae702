/**
 * Money is an integer number of minor units in storage and arithmetic, and a
 * decimal string with two places on the wire (`"50.00"`, SPEC §2). Never a float.
 */
import { Type } from 'typebox';
import { AppError } from './errors.js';

/** A wire amount: `"50.00"`, `"0.5"`, `"12"`; at most two decimals, no sign (refunds and credits say so in their field names). */
export const Money = Type.String({
  pattern: '^\\d{1,13}(\\.\\d{1,2})?$',
  description: 'An amount as a decimal string with up to two places, e.g. "50.00".',
  examples: ['50.00'],
});

/** `5000` → `"50.00"`, `-250` → `"-2.50"`. */
export function formatMinor(minor: number): string {
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
