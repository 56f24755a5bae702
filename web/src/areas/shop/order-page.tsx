import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { addressLines, PAYMENT_LABELS } from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys, ORDER_KEYS } from '../../lib/query-keys.js';
import { type Order, useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { SuccessAlert } from '../../ui/forms.js';
import { ConfirmDialog } from '../../ui/modal.js';
import { InvoiceButton } from './invoice-button.js';
import { AddressLines, OrderLineCells, OrderLinesHead, OrderStatusBadge } from './order-status.js';

/** `/orders/:id` (`?placed=1` right after checkout): the order, and cancel while it is not shipped. */
export function OrderPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const placed = params.get('placed') === '1';
  const [current, setCurrent] = useState<Order | undefined>();
  const load = useApiQuery(
    [...keys.orders, id],
    (signal) => settle(api.GET('/api/orders/{id}/', { params: { path: { id } }, signal }), signal),
    { detail: true },
  );
  const order = current?.id === id ? current : load.data;
  useDocumentTitle(order ? `Order ${order.order_number}` : 'Order');

  if (!order)
    return (
      <LoadStatus
        state={load}
        loadingLabel="Loading the order…"
        back={{ to: '/orders', label: 'Your orders' }}
      />
    );
  return <OrderView order={order} placed={placed} onChange={setCurrent} />;
}

function OrderView({
  order,
  placed,
  onChange,
}: {
  order: Order;
  placed: boolean;
  onChange: (order: Order) => void;
}) {
  const money = useMoney();
  const [confirming, setConfirming] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const cancel = useAction({ invalidates: ORDER_KEYS });
  const onCancel = async () => {
    const outcome = await cancel.run(() =>
      settle(api.POST('/api/orders/{id}/cancel/', { params: { path: { id: order.id } }, body: {} })),
    );
    if (outcome?.ok) {
      setConfirming(false);
      setCancelled(true);
      onChange(outcome.data);
    }
  };
  const address = addressLines(order.shipping_address as Record<string, unknown>);
  return (
    <section className="page" aria-labelledby="order-title">
      <header className="page__head page__head--row">
        <div>
          <h1 id="order-title">Order {order.order_number}</h1>
          <p className="muted">Placed {formatDateTime(order.created_at)}</p>
        </div>
        <OrderStatusBadge status={order.status} />
      </header>
      {placed && !cancelled ? (
        <SuccessAlert>
          Thank you! Your order {order.order_number} is placed
          {order.status === 'paid' ? ' and paid' : ''}
          {order.status === 'pending' && order.payment?.method === 'cash_on_delivery'
            ? '; you pay when it arrives'
            : order.status === 'pending'
              ? ' and awaits your payment'
              : ''}
          . A confirmation is on its way to {order.email}.
        </SuccessAlert>
      ) : null}
      {cancelled ? (
        <SuccessAlert>
          Your order is cancelled. Any payment is given back to you through the same method.
        </SuccessAlert>
      ) : null}
      <div className="split split--cart">
        <div className="stack">
          <table className="table">
            <caption className="visually-hidden">Items of order {order.order_number}</caption>
            <OrderLinesHead />
            <tbody>
              {order.items.map((item) => (
                <tr key={item.id} data-testid="order-item">
                  <OrderLineCells item={item} money={money} />
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link to="/orders">All your orders</Link>
          </p>
        </div>
        <aside className="panel stack">
          <dl className="facts">
            <div className="facts__total">
              <dt>Total</dt>
              <dd data-testid="order-total">{money(order.total)}</dd>
            </div>
            {order.payment ? (
              <div>
                <dt>Payment</dt>
                <dd>
                  <span data-testid="order-payment">
                    {PAYMENT_LABELS[order.payment.status] ?? order.payment.status} ·{' '}
                    {order.payment.method_label}
                  </span>
                  {order.payment.refunded_amount !== '0.00'
                    ? ` · ${money(order.payment.refunded_amount)} refunded`
                    : ''}
                </dd>
              </div>
            ) : null}
            {order.tracking ? (
              <div>
                <dt>Tracking</dt>
                <dd data-testid="order-tracking">
                  {order.tracking.carrier} · {order.tracking.tracking_number}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>Ship to</dt>
              <dd>
                <AddressLines lines={address} />
              </dd>
            </div>
          </dl>
          <InvoiceButton order={order} />
          {order.can_cancel ? (
            <button
              type="button"
              className="button button--quiet button--danger-text"
              onClick={() => setConfirming(true)}
            >
              Cancel the order
            </button>
          ) : null}
        </aside>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Cancel order ${order.order_number}?`}
        confirmLabel="Cancel the order"
        busy={cancel.busy}
        error={cancel.problem?.detail}
        onConfirm={() => void onCancel()}
        onCancel={() => setConfirming(false)}
      >
        <p>The items go back to the shop and any payment is refunded. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
