/**
 * CSV exports of the back office lists (RFC 4180), streamed batch by batch.
 * Formula-injection safe: a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'`, so a spreadsheet shows it as text
 * instead of running it.
 */
import { Readable } from 'node:stream';

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: quoted when it holds a comma, quote or line break; defused when it could be a formula. */
export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A stream of the header line, then each batch's rows as `row` lays them out. */
export function csvStream<T>(
  header: readonly string[],
  batches: AsyncIterable<T[]>,
  row: (item: T) => readonly CsvValue[],
): Readable {
  return Readable.from(
    (async function* () {
      yield csvLine(header);
      for await (const batch of batches) {
        if (batch.length) yield batch.map((item) => csvLine(row(item))).join('');
      }
    })(),
  );
}
