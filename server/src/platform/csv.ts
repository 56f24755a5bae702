/**
 * CSV files in and out (RFC 4180, UTF-8), for every module's exports and
 * imports.
 *
 * Out: streamed batch by batch, so an export of 100,000 rows never holds them
 * all. Formula-injection safe: a cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (after any apostrophes) is prefixed with `'`, so a spreadsheet shows it as
 * text instead of running it. No byte-order mark: spreadsheets that guess the
 * encoding are told it by the `charset=utf-8` of the download, and a BOM
 * would become part of the first header for every other reader.
 *
 * In: `readCsv` decodes strictly (bytes that are not UTF-8 are refused, a
 * leading BOM is dropped), caps the rows, and undoes the export's formula
 * prefix, so a file exported here imports back to the same values.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A formula, or a cell that already reads like a defused one (apostrophes,
 * then a formula's first character): both get one more apostrophe, so the
 * import, which takes exactly one off, gives back what was exported.
 */
const DEFUSE = /^'*[=+\-@\t\r]/;

/** One cell: quoted when it holds a comma, quote or line break; defused when it could be a formula. */
export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (DEFUSE.test(text)) text = `'${text}`;
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

/** The OpenAPI answer of a CSV download. */
export const CsvFile = {
  description:
    'A CSV file (RFC 4180, UTF-8, no byte-order mark), streamed; formula-like cells are prefixed with an apostrophe.',
  content: { 'text/csv': { schema: Type.String() } },
};

/** Sends `body` as the download `name`. */
export function sendCsv(reply: FastifyReply, name: string, body: Readable) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body);
}

/** Why a file could not be read as CSV at all (before any row is looked at). */
export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'encoding' | 'syntax' | 'too_many_rows' | 'empty',
  ) {
    super(message);
  }
}

export interface CsvRecord {
  /** The record's row, as a spreadsheet numbers it (the header is row 1). */
  row: number;
  /** Its cells by (trimmed, lower-cased) header name. */
  cells: Record<string, string>;
}

export interface CsvDocument {
  /** The header's names, trimmed and lower-cased, in file order. */
  header: string[];
  records: CsvRecord[];
}

/** A cell as it was before `csvCell` defused it: `'=1+1` reads back as `=1+1`. */
export function undoFormulaPrefix(text: string): string {
  return text.startsWith("'") && DEFUSE.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Reads a whole CSV file with a header line. Throws `CsvReadError` when the
 * bytes are not UTF-8, the quoting is broken, there is no header, or there
 * are more than `maxRows` records. Blank lines are skipped.
 */
export function readCsv(bytes: Buffer, maxRows: number): CsvDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CsvReadError('The file is not UTF-8 text; save it as CSV (UTF-8).', 'encoding');
  }
  if (text.includes('\u0000')) throw new CsvReadError('The file contains NUL characters.', 'encoding');
  let rows: string[][];
  try {
    // The header, the rows allowed, and one more to tell that there were too many.
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, to: maxRows + 2 }) as string[][];
  } catch (err) {
    throw new CsvReadError(`The file is not valid CSV: ${(err as Error).message}`, 'syntax');
  }
  const [head, ...body] = rows;
  if (!head) throw new CsvReadError('The file is empty: it needs a header line.', 'empty');
  if (body.length > maxRows)
    throw new CsvReadError(`The file has more than ${maxRows} rows.`, 'too_many_rows');
  const header = head.map((name) => name.trim().toLowerCase());
  const records = body.map((record, index) => {
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name) cells[name] = undoFormulaPrefix(record[i] ?? '');
    });
    return { row: index + 2, cells };
  });
  return { header, records };
}
