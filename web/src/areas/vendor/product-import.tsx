/**
 * Products in and out as CSV on the vendor's product list: "Export CSV" (the
 * same columns the import reads), and the import: pick a file, the server
 * checks it (a dry run: every row's problem, what would be created or
 * updated), then "Import N products" writes it all at once.
 */

import type { Schemas } from '@mercato/sdk';
import { type ChangeEvent, useState } from 'react';
import { api } from '../../lib/api.js';
import { DownloadButton } from '../../lib/download.js';
import { plural } from '../../lib/format.js';
import { settle } from '../../lib/problem.js';
import { useAction } from '../../lib/query.js';
import { CATALOG_KEYS } from '../../lib/query-keys.js';
import { Field, FormAlert, SuccessAlert } from '../../ui/forms.js';

type Report = Schemas['ProductImportReport'];

function sendFile(file: File, dryRun: boolean) {
  return settle(
    api.POST('/api/vendor/products/import/', {
      params: { query: { dry_run: dryRun } },
      // The document types the binary part as a string; the serializer sends the File itself.
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file);
        return form;
      },
    }),
  );
}

export function ProductsCsv() {
  const [file, setFile] = useState<File | undefined>();
  const [report, setReport] = useState<Report | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const check = useAction();
  const apply = useAction({ invalidates: CATALOG_KEYS });

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setFile(picked);
    setReport(undefined);
    setDone(undefined);
    apply.clear();
    if (!picked) return;
    const outcome = await check.run(() => sendFile(picked, true));
    if (outcome?.ok) setReport(outcome.data);
  };
  const count = report ? report.created + report.updated : 0;
  const onImport = async () => {
    if (!file) return;
    const outcome = await apply.run(() => sendFile(file, false));
    if (outcome?.ok) {
      setReport(undefined);
      setFile(undefined);
      setDone(
        `Imported: ${plural(outcome.data.created, 'product')} created, ${plural(outcome.data.updated, 'product')} updated.`,
      );
    }
  };

  return (
    <details className="panel stack" data-testid="products-csv">
      <summary>Import or export products (CSV)</summary>
      <p className="muted">
        One row per size, with the columns of the export: product_slug (empty for a new product), name,
        description, category (its slug), price, active, color, variant_price, size, sku, stock. A row with
        the slug of one of your products updates it; sizes are matched by SKU.
      </p>
      <div className="card__links">
        <DownloadButton
          label="Export CSV"
          filename="products.csv"
          load={() => settle(api.GET('/api/vendor/products/export.csv', { parseAs: 'blob' }))}
        />
      </div>
      <Field
        label="CSV file to import"
        type="file"
        accept=".csv,text/csv"
        hint="Checked first: nothing is written until you confirm."
        onChange={(event) => void onPick(event)}
        disabled={check.busy || apply.busy}
      />
      {check.busy ? <p role="status">Checking the file…</p> : null}
      <FormAlert message={check.problem?.detail ?? apply.problem?.detail} />
      {done ? <SuccessAlert>{done}</SuccessAlert> : null}
      {report ? <ImportReport report={report} /> : null}
      {report && report.problems.length === 0 && count > 0 ? (
        <button
          type="button"
          className="button"
          onClick={() => void onImport()}
          disabled={apply.busy}
          aria-busy={apply.busy}
        >
          Import {plural(count, 'product')}
        </button>
      ) : null}
    </details>
  );
}

function ImportReport({ report }: { report: Report }) {
  const { problems, changes } = report;
  return (
    <div className="stack" data-testid="import-report">
      <p role="status">
        {plural(report.rows, 'row')} read: {report.created} new, {report.updated} to update
        {problems.length > 0
          ? `; ${plural(problems.length, 'problem')} to fix first (nothing was imported).`
          : '. No problems found.'}
      </p>
      {problems.length > 0 ? (
        <div className="table-scroll">
          <table className="table" data-testid="import-problems">
            <caption className="visually-hidden">Problems in the file</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={`${p.row}-${p.column}-${p.message}`}>
                  <td data-label="Row">{p.row}</td>
                  <td data-label="Column">{p.column}</td>
                  <td data-label="Problem">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {changes.length > 0 ? (
        <div className="table-scroll">
          <table className="table" data-testid="import-changes">
            <caption className="visually-hidden">Products in the file</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Product</th>
                <th scope="col">Action</th>
                <th scope="col">Sizes</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={`${c.row}-${c.name}`}>
                  <td data-label="Row">{c.row}</td>
                  <td data-label="Product">{c.name}</td>
                  <td data-label="Action">{c.action === 'create' ? 'New' : 'Update'}</td>
                  <td data-label="Sizes">{c.sizes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
