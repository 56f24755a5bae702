/** "Download invoice (PDF)" for one of the customer's orders. */
import { api } from '../../lib/api.js';
import { DownloadButton } from '../../lib/download.js';
import { settle } from '../../lib/problem.js';

export function InvoiceButton({ order }: { order: { id: string; order_number: string } }) {
  return (
    <DownloadButton
      label="Download invoice (PDF)"
      filename={`invoice-${order.order_number}.pdf`}
      className="button button--quiet"
      load={() =>
        settle(
          api.GET('/api/orders/{id}/invoice.pdf', { params: { path: { id: order.id } }, parseAs: 'blob' }),
        )
      }
    />
  );
}
