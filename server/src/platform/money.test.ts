import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { formatMinor, parseMoney } from './money.js';

describe('money', () => {
  it('formats minor units with two places', () => {
    expect([0, 5, 50, 5000, 123456, -250].map(formatMinor)).toEqual([
      '0.00',
      '0.05',
      '0.50',
      '50.00',
      '1234.56',
      '-2.50',
    ]);
    expect(() => formatMinor(1.5)).toThrow(RangeError);
    expect(() => formatMinor(2 ** 53)).toThrow(RangeError);
    // Sums that may pass 2^53 are bigints, formatted exactly.
    expect([9_999_999_999_990_000n, -250n, 0n].map(formatMinor)).toEqual([
      '99999999999900.00',
      '-2.50',
      '0.00',
    ]);
  });

  it('parses decimal strings exactly, without floats', () => {
    expect(parseMoney('50.00')).toBe(5000);
    expect(parseMoney('0.5')).toBe(50);
    expect(parseMoney('12')).toBe(1200);
    expect(parseMoney('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(parseMoney('1.1') + parseMoney('2.2')).toBe(parseMoney('3.3'));
    expect(parseMoney('-2.50')).toBe(-250);
    for (const minor of [0, 1, 99, 100, 2999, 123456789]) expect(parseMoney(formatMinor(minor))).toBe(minor);
  });

  it('refuses anything else with a field error', () => {
    for (const bad of ['1.234', 'abc', '1e3', '', '1,50', '.5']) {
      let error: unknown;
      try {
        parseMoney(bad, 'price');
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(AppError);
      expect((error as AppError).errors).toEqual({
        price: ['Enter an amount with at most two decimal places, like 50.00.'],
      });
    }
  });
});
