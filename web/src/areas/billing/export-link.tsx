/** A CSV download of a list with its filters, shown only when the server offers the export. */
import { useApiQuery } from '../../lib/query.js';
import { exportAvailable, exportHref } from './billing-extras.js';

export function ExportLink({
  path,
  filters,
  label,
}: {
  path: string;
  filters: URLSearchParams;
  label: string;
}) {
  const available = useApiQuery(['billing-export', path], (signal) => exportAvailable(path, signal), {
    detail: true,
  });
  if (available.data !== true) return null;
  return (
    <a className="button button--quiet" href={exportHref(path, filters)} download>
      {label}
    </a>
  );
}
