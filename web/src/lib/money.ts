/**
 * Money on the wire is a decimal string with two places (`"50.00"`).
 * Arithmetic here is done in integer minor units, never in floating point, so
 * a cart's lines add up to exactly what the server says. Pure, unit-tested.
 */

/** `"12.5"`, `"12.50"`, `"-3.10"` → minor units; undefined when the text is not an amount. */
export function toMinor(amount: string): number | undefined {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -minor : minor;
}

/** Minor units → the wire's decimal string. */
export function fromMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minor));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `unit × quantity`, as a decimal string. */
export function multiplyMoney(unit: string, quantity: number): string {
  return fromMinor((toMinor(unit) ?? 0) * quantity);
}

/** The sum of decimal strings, exactly. */
export function sumMoney(amounts: readonly string[]): string {
  return fromMinor(amounts.reduce((total, amount) => total + (toMinor(amount) ?? 0), 0));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `"1234.50"` in `USD` → `$1,234.50` in the browser's locale (or the given one). */
export function formatMoney(amount: string | null | undefined, currency: string, locale?: string): string {
  if (amount === null || amount === undefined) return '—';
  const minor = toMinor(amount);
  if (minor === undefined) return amount;
  const key = `${locale ?? ''}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // An unknown currency code: the number and the code.
      return `${fromMinor(minor)} ${currency}`;
    }
    formatters.set(key, format);
  }
  return format.format(minor / 100);
}

/** "from $10.00" when variants differ in price, else the one price. */
export function priceRange(prices: readonly string[]): { min: string; max: string } | undefined {
  const minors = prices.map(toMinor).filter((n): n is number => n !== undefined);
  if (!minors.length) return undefined;
  return { min: fromMinor(Math.min(...minors)), max: fromMinor(Math.max(...minors)) };
}

export interface CartLineLike {
  quantity: number;
  unit_price: string;
  line_total: string;
  available: boolean;
}

export interface CartCheck {
  /** Units across lines. */
  units: number;
  /** Sum of the lines' `line_total`, computed here. */
  subtotal: string;
  /** Lines that cannot be bought as they are (inactive, out of stock, more than the stock). */
  unavailable: number;
  /** Each line's total is its unit price × quantity, and the lines add up to the server's subtotal. */
  consistent: boolean;
}

/** What the cart page shows under the lines, checked against what the server said. */
export function checkCart(items: readonly CartLineLike[], serverSubtotal: string): CartCheck {
  const subtotal = sumMoney(items.map((item) => item.line_total));
  const linesAddUp = items.every(
    (item) =>
      multiplyMoney(item.unit_price, item.quantity) === fromMinor(toMinor(item.line_total) ?? Number.NaN),
  );
  return {
    units: items.reduce((n, item) => n + item.quantity, 0),
    subtotal,
    unavailable: items.filter((item) => !item.available).length,
    consistent: linesAddUp && toMinor(subtotal) === toMinor(serverSubtotal),
  };
}
