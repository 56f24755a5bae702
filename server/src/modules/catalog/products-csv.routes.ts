/**
 * Products as CSV over HTTP: vendors export their own (managers and admins
 * every product), staff export the whole catalogue, and vendors import a file
 * of the same columns, with a dry run that reports every row's problem.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { currentUser, requireStaff, requireVendor } from '../../platform/auth.js';
import { CsvFile, CsvReadError, csvStream, readCsv, sendCsv } from '../../platform/csv.js';
import type { App } from '../../platform/http.js';
import { CatalogErrors } from './catalog.errors.js';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, PRODUCT_CSV_HEADER, type ProductsCsv } from './products-csv.js';

const ImportQuery = Type.Object({
  dry_run: Type.Optional(
    Type.Boolean({
      default: true,
      description:
        'true (the default): check and report, write nothing. false: write, if no row has a problem.',
    }),
  ),
});

const ImportReport = Type.Object(
  {
    dry_run: Type.Boolean(),
    applied: Type.Boolean({ description: 'Whether the rows were written.' }),
    rows: Type.Integer({ description: 'Rows read, the header not counted.' }),
    created: Type.Integer({ description: 'Products created (or that would be).' }),
    updated: Type.Integer({ description: 'Products updated (or that would be).' }),
    problems: Type.Array(
      Type.Object({
        row: Type.Integer({ description: 'The row as a spreadsheet numbers it (the header is row 1).' }),
        column: Type.String(),
        message: Type.String(),
      }),
    ),
    changes: Type.Array(
      Type.Object({
        row: Type.Integer({ description: "The product's first row." }),
        action: Type.Union([Type.Literal('create'), Type.Literal('update')]),
        name: Type.String(),
        slug: Type.Union([Type.String(), Type.Null()], {
          description: 'The product updated; null for a new one.',
        }),
        colors: Type.Integer(),
        sizes: Type.Integer(),
      }),
    ),
  },
  { $id: 'ProductImportReport', title: 'ProductImportReport' },
);

const ImportUploadBody = Type.Object({
  file: Type.String({ format: 'binary', description: 'The CSV file (UTF-8).' }),
});

export async function productsCsvRoutes(app: App, deps: { csv: ProductsCsv }): Promise<void> {
  const { csv } = deps;
  app.addSchema(ImportReport);
  const columns = PRODUCT_CSV_HEADER.join(', ');

  app.get(
    '/api/vendor/products/export.csv',
    {
      preHandler: requireVendor,
      config: { errors: [] },
      schema: {
        operationId: 'catalog.vendor.exportProducts',
        summary: 'My products as CSV (every product for managers and admins), one row per size',
        description: `Columns: ${columns}. The import reads the same columns back.`,
        tags: ['vendor products'],
        produces: ['text/csv'],
        response: { 200: CsvFile },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'products.csv',
        csvStream(PRODUCT_CSV_HEADER, csv.exportRows(currentUser(request)), (r) => r),
      ),
  );

  app.get(
    '/api/admin/products/export.csv',
    {
      preHandler: requireStaff,
      config: { errors: [] },
      schema: {
        operationId: 'catalog.admin.exportProducts',
        summary: 'Every product as CSV, one row per size',
        description: `Columns: ${columns}.`,
        tags: ['catalog admin'],
        produces: ['text/csv'],
        response: { 200: CsvFile },
      },
    },
    async (_request, reply) =>
      sendCsv(
        reply,
        'products.csv',
        csvStream(PRODUCT_CSV_HEADER, csv.exportRows('all'), (r) => r),
      ),
  );

  await app.register(async (uploads: App) => {
    await uploads.register(multipart, {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, fieldSize: 1000, parts: 3 },
    });
    uploads.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );

    uploads.post(
      '/api/vendor/products/import/',
      {
        preHandler: requireVendor,
        bodyLimit: IMPORT_MAX_BYTES,
        config: {
          errors: [
            CatalogErrors.importInvalid,
            CatalogErrors.importConflict,
            CatalogErrors.importUnreadable,
            CatalogErrors.importTooLarge,
            CatalogErrors.importMediaType,
            CatalogErrors.malformedMultipart,
            CatalogErrors.unknownCategory,
            CatalogErrors.skuTaken,
            CatalogErrors.stockChanged,
          ],
          swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: ImportUploadBody }, url }),
        },
        schema: {
          operationId: 'catalog.vendor.importProducts',
          summary: 'Create and update products from a CSV file (dry run by default)',
          description:
            `The file as multipart/form-data (\`file\`) or as a \`text/csv\` body, UTF-8, at most ${IMPORT_MAX_BYTES} bytes and ${IMPORT_MAX_ROWS} rows, with a header of these columns: ${columns} ` +
            '(`name`, `category`, `price`, `color`, `size`, `sku` and `stock` required; `vendor` is ignored). One row per size. ' +
            'A row with `product_slug` updates that product of yours (colours matched by name, sizes by SKU; those not in the file are kept); without, rows with the same `name` make one new product. ' +
            'Every row is checked first; the report lists each problem (row, column, message) and each product created or updated. ' +
            '`dry_run=false` writes every row in one transaction, only if no row has a problem: otherwise 400 `IMPORT_INVALID` with each problem as a field error `rows.<row>.<column>`, and nothing is written.',
          tags: ['vendor products'],
          consumes: ['multipart/form-data', 'text/csv'],
          querystring: ImportQuery,
          response: { 200: Type.Ref('ProductImportReport') },
        },
      },
      async (request) => {
        const bytes = await readImportFile(request);
        let document: ReturnType<typeof readCsv>;
        try {
          document = readCsv(bytes, IMPORT_MAX_ROWS);
        } catch (err) {
          if (err instanceof CsvReadError) throw CatalogErrors.importUnreadable(err.message);
          throw err;
        }
        return csv.importRows(
          currentUser(request),
          document.header,
          document.records,
          request.query.dry_run ?? true,
        );
      },
    );
  });
}

/** The file's bytes: the multipart `file` part, or the whole `text/csv` body. */
async function readImportFile(request: FastifyRequest): Promise<Buffer> {
  if (Buffer.isBuffer(request.body)) return request.body;
  if (!request.isMultipart()) throw CatalogErrors.importMediaType();
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') bytes = content;
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw CatalogErrors.importTooLarge(IMPORT_MAX_BYTES);
    request.log.debug({ err }, 'unreadable multipart body');
    throw CatalogErrors.malformedMultipart();
  }
  if (!bytes) throw CatalogErrors.importUnreadable('Send the CSV file in the multipart field "file".');
  return bytes;
}
