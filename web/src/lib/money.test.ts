import { describe, expect, it } from 'vitest';
import { checkCart, formatMoney, fromMinor, multiplyMoney, priceRange, sumMoney, toMinor } from './money.js';

describe('minor units', () => {
  it('parses the wire format exactly', () => {
    expect(toMinor('50.00')).toBe(5000);
    expect(toMinor('0.1')).toBe(10);
    expect(toMinor('19.99')).toBe(1999);
    expect(toMinor('-3.05')).toBe(-305);
    expect(toMinor('1e3')).toBeUndefined();
    expect(toMinor('12.345')).toBeUndefined();
    expect(toMinor('')).toBeUndefined();
  });
  it('writes two places', () => {
    expect(fromMinor(5)).toBe('0.05');
    expect(fromMinor(123456)).toBe('1234.56');
    expect(fromMinor(-305)).toBe('-3.05');
  });
  it('adds and multiplies without floating-point drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004.
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(multiplyMoney('19.99', 3)).toBe('59.97');
    expect(sumMoney(Array(10).fill('0.10'))).toBe('1.00');
    expect(sumMoney([])).toBe('0.00');
  });
});

describe('formatMoney', () => {
  it('formats with the currency in a given locale', () => {
    expect(formatMoney('1234.50', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('5.00', 'EUR', 'de-DE')).toBe('5,00\u00a0€');
  });
  it('survives missing values and unknown currencies', () => {
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(formatMoney('3.00', 'NOT-A-CODE', 'en-US')).toBe('3.00 NOT-A-CODE');
  });
});

describe('priceRange', () => {
  it('finds the lowest and highest price', () => {
    expect(priceRange(['10.00', '8.50', '12.00'])).toEqual({ min: '8.50', max: '12.00' });
    expect(priceRange([])).toBeUndefined();
  });
});

describe('checkCart', () => {
  const line = (unit: string, quantity: number, available = true) => ({
    unit_price: unit,
    quantity,
    line_total: multiplyMoney(unit, quantity),
    available,
  });
  it('counts units and unavailable lines, and agrees with the server', () => {
    const items = [line('19.99', 2), line('0.10', 3, false)];
    expect(checkCart(items, '40.28')).toEqual({
      units: 5,
      subtotal: '40.28',
      unavailable: 1,
      consistent: true,
    });
  });
  it('notices when the server subtotal does not add up', () => {
    expect(checkCart([line('1.00', 1)], '2.00').consistent).toBe(false);
    expect(
      checkCart([{ unit_price: '1.00', quantity: 2, line_total: '3.00', available: true }], '3.00')
        .consistent,
    ).toBe(false);
  });
});
