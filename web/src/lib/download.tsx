/**
 * Files from the API (CSV exports, PDF invoices) downloaded through the app's
 * API client: a plain link would carry no `X-Client-ID`, which the server
 * requires with `REQUIRE_API_CLIENT=true`, and would skip the session's silent
 * token refresh. The file is fetched as a blob and saved under its name.
 *
 *   <DownloadButton label="Download invoice (PDF)" filename={`invoice-${n}.pdf`}
 *     load={() => settle(api.GET('/api/orders/{id}/invoice.pdf', { params, parseAs: 'blob' }))} />
 */
import { FormAlert } from '../ui/forms.js';
import type { Outcome } from './problem.js';
import { useAction } from './query.js';
import { downloadBlob } from './use-blob-url.js';

/** A list's query without its page number and size: what its export is asked with. */
export function exportQuery<Q extends { page?: number; page_size?: number }>(
  query: Q,
): Omit<Q, 'page' | 'page_size'> {
  const { page: _page, page_size: _pageSize, ...filters } = query;
  return filters;
}

export function DownloadButton({
  label,
  filename,
  load,
  className = 'button button--quiet',
}: {
  label: string;
  filename: string;
  /** The file through the SDK (`parseAs: 'blob'`), folded into an outcome. */
  load: () => Promise<Outcome<Blob>>;
  className?: string;
}) {
  const action = useAction();
  const onClick = () =>
    void action.run(async () => {
      const outcome = await load();
      if (outcome.ok) await downloadBlob(async () => outcome.data, filename);
      return outcome;
    });
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={onClick}
        disabled={action.busy}
        aria-busy={action.busy}
      >
        {label}
      </button>
      <FormAlert message={action.problem?.detail} />
    </>
  );
}
