/** Staff's "Invoice (PDF)" and "Packing slip (PDF)" for any order. */
import { api } from '../../lib/api.js';
import { DownloadButton } from '../../lib/download.js';
import { settle } from '../../lib/problem.js';

export function OrderDocuments({ order }: { order: { id: string; order_number: string } }) {
  const path = { id: order.id };
  return (
    <div className="staff-order__documents" data-testid="order-documents">
      <DownloadButton
        label="Invoice (PDF)"
        filename={`invoice-${order.order_number}.pdf`}
        load={() =>
          settle(api.GET('/api/admin/orders/{id}/invoice.pdf', { params: { path }, parseAs: 'blob' }))
        }
      />
      <DownloadButton
        label="Packing slip (PDF)"
        filename={`packing-slip-${order.order_number}.pdf`}
        load={() =>
          settle(api.GET('/api/admin/orders/{id}/packing-slip.pdf', { params: { path }, parseAs: 'blob' }))
        }
      />
    </div>
  );
}
