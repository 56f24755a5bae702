import { ORDER_STATUS_LABELS, type OrderStatus, statusTone } from '../../lib/orders.js';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`badge badge--${statusTone(status)}`} data-testid="order-status">
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}
