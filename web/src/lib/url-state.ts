/**
 * List filters kept in the URL (`?search=…&page=2`), so a filtered page can be
 * shared, reloaded and navigated with the back button. Pure, unit-tested.
 */

/** The params after `changes`: empty values removed; any change but a page change goes back to page 1. */
export function nextParams(
  params: URLSearchParams,
  changes: Record<string, string | number | undefined | null>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (text) next.set(key, text);
    else next.delete(key);
  }
  if (!('page' in changes)) next.delete('page');
  if (next.get('page') === '1') next.delete('page');
  return next;
}

/** `?page=`: a whole number from 1; anything else is page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('page') ?? '';
  const page = /^\d+$/.test(raw) ? Number(raw) : 1;
  return Math.max(page, 1);
}

/** A value from `allowed`, or '' (every other value is ignored, not sent to the server). */
export function readChoice<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | '' {
  const value = params.get(key) ?? '';
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** `YYYY-MM-DD` from a date input, or '' when the URL holds something else. */
export function readDay(params: URLSearchParams, key: string): string {
  const value = params.get(key) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

/** The first instant of a local calendar day, as ISO 8601 (for `since=`). */
export function dayStartIso(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, 0, 0, 0).toISOString();
}

/** The last millisecond of a local calendar day, as ISO 8601 (for `until=`: the day is included). */
export function dayEndIso(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 23, 59, 59, 999).toISOString();
}

/** A non-negative decimal typed by a person (`12`, `12.5`, `12,50`) as the API's string, or '' when it is not one. */
export function readAmount(params: URLSearchParams, key: string): string {
  const value = (params.get(key) ?? '').trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(value) ? value : '';
}
