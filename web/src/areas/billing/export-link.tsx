/**
 * A CSV export of a list with its filters, downloaded through the app's API
 * client: a plain link would carry no `X-Client-ID`, which the server requires
 * with `REQUIRE_API_CLIENT=true`, and would skip the silent token refresh. The
 * file is fetched as a blob and saved under its name.
 */
import type { Outcome } from '../../lib/problem.js';
import { useAction } from '../../lib/query.js';
import { downloadBlob } from '../../lib/use-blob-url.js';
import { FormAlert } from '../../ui/forms.js';

/** A list's query without its page number and size: what its export is asked with. */
export function exportQuery<Q extends { page?: number; page_size?: number }>(
  query: Q,
): Omit<Q, 'page' | 'page_size'> {
  const { page: _page, page_size: _pageSize, ...filters } = query;
  return filters;
}

export function ExportButton({
  label,
  filename,
  load,
}: {
  label: string;
  filename: string;
  /** The export through the SDK (`parseAs: 'blob'`), folded into an outcome. */
  load: () => Promise<Outcome<Blob>>;
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
        className="button button--quiet"
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
