/** `/account/loyalty`: the customer's loyalty card (QR to show at the counter, printable) and points history. */
import { useState } from 'react';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { LEDGER_KIND_LABELS as KIND_LABELS } from '../../lib/loyalty.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useBlobUrl } from '../../lib/use-blob-url.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { FormAlert } from '../../ui/forms.js';
import { AccountNav } from './account-nav.js';

export function LoyaltyCardPage() {
  useDocumentTitle('Loyalty card');
  const [page, setPage] = useState(1);
  const card = useApiQuery([...keys.loyaltyCard, page], (signal) =>
    settle(api.GET('/api/loyalty/me/', { params: { query: { page, page_size: 20 } }, signal }), signal),
  );
  // A new card: its QR payload changes (the page loads it again).
  const reissue = useAction({ invalidates: [keys.loyaltyCard] });
  const data = card.data;
  // Through the API client (its headers), so it loads with REQUIRE_API_CLIENT=true too; again for a new card.
  const qr = useBlobUrl(data ? String(data.card_version) : undefined, (signal) =>
    api
      .GET('/api/loyalty/me/qr/', {
        params: { query: { format: 'svg', size: 480 } },
        parseAs: 'blob',
        signal,
      })
      .then((r) => r.data),
  );
  return (
    <section className="page" aria-labelledby="loyalty-title">
      <header className="page__head">
        <h1 id="loyalty-title">Loyalty card</h1>
        <AccountNav />
      </header>
      {card.status === 'error' && !data ? <ErrorPanel problem={card.problem} onRetry={card.reload} /> : null}
      {!data ? (
        card.status === 'loading' ? (
          <Loading label="Loading your card…" />
        ) : null
      ) : (
        <>
          <div className="loyalty-card">
            {qr ? (
              <img src={qr} alt={`QR code of loyalty card ${data.customer_id}`} width={320} height={320} />
            ) : (
              <Loading label="Loading the QR code…" />
            )}
            <p>
              <code data-testid="loyalty-code">{data.customer_id}</code>
            </p>
            <p>
              Balance: <strong data-testid="loyalty-balance">{data.balance}</strong> points
            </p>
            <p className="table__secondary">
              Card payload: <code data-testid="loyalty-qr-data">{data.qr_data}</code>
            </p>
            <button type="button" className="button" onClick={() => window.print()}>
              Print card
            </button>{' '}
            <button
              type="button"
              className="button button--quiet"
              disabled={reissue.busy}
              onClick={async () => {
                if (!window.confirm('Replace your card? The old QR code will stop working.')) return;
                await reissue.run(() => settle(api.POST('/api/loyalty/me/reissue/', {})));
              }}
            >
              Replace card
            </button>
            <FormAlert message={reissue.problem?.detail} />
          </div>
          <h2>History</h2>
          {data.history.count === 0 ? <p>No points yet.</p> : null}
          <table className="table">
            <caption className="visually-hidden">Points history</caption>
            <thead>
              <tr>
                <th>When</th>
                <th>What</th>
                <th>Points</th>
                <th>Balance</th>
              </tr>
            </thead>
            <tbody>
              {data.history.results.map((row) => (
                <tr key={row.id} data-testid="loyalty-history-row">
                  <td>{formatDateTime(row.created_at)}</td>
                  <td>
                    {KIND_LABELS[row.kind] ?? row.kind}
                    {row.reason ? <span className="table__secondary"> {row.reason}</span> : null}
                  </td>
                  <td>{row.points > 0 ? `+${row.points}` : row.points}</td>
                  <td>{row.balance_after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav aria-label="History pages" className="pagination">
            <button
              type="button"
              className="button button--quiet"
              disabled={!data.history.previous}
              onClick={() => setPage((p) => p - 1)}
            >
              Newer
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={!data.history.next}
              onClick={() => setPage((p) => p + 1)}
            >
              Older
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
