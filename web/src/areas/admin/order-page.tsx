import type { Schemas } from '@mercato/sdk';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { multiplyMoney, sumMoney } from '../../lib/money.js';
import { addressLines, ORDER_STATUS_LABELS, type OrderStatus, PAYMENT_LABELS } from '../../lib/orders.js';
import { settle } from '../../lib/problem.js';
import { useAction, useApiQuery } from '../../lib/query.js';
import { keys, ORDER_KEYS } from '../../lib/query-keys.js';
import { useMoney } from '../../lib/shop.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { LoadStatus } from '../../ui/feedback.js';
import { Checkbox, Field, FormAlert, SelectField, SuccessAlert, TextAreaField } from '../../ui/forms.js';
import { ConfirmDialog } from '../../ui/modal.js';
import { useIdempotencyKey } from '../billing/billing-parts.js';
import { AddressLines, OrderLineCells, OrderLinesHead, OrderStatusBadge } from '../shop/order-status.js';
import { OrderDocuments } from './order-documents.js';

type Detail = Schemas['AdminOrderDetail'];
type TimelineEntry = Schemas['OrderTimelineEntry'];

const REFUND_STATUS: Record<string, string> = {
  pending: 'being given back',
  succeeded: 'given back',
  failed: 'failed',
  with_payment: 'with the payment',
};

/** `/admin/orders/:id`: one order for staff: lines and refunds, payment, tracking, notes and the timeline. */
export function AdminOrderPage() {
  const { id = '' } = useParams();
  const load = useApiQuery(
    [...keys.adminOrders, 'detail', id],
    (signal) => settle(api.GET('/api/admin/orders/{id}/', { params: { path: { id } }, signal }), signal),
    { detail: true },
  );
  const order = load.data;
  useDocumentTitle(order ? `Order ${order.order_number}` : 'Order');
  if (!order)
    return (
      <LoadStatus
        state={load}
        loadingLabel="Loading the order…"
        back={{ to: '/admin/orders', label: 'All orders' }}
      />
    );
  return <StaffOrderView order={order} />;
}

function StaffOrderView({ order }: { order: Detail }) {
  const money = useMoney();
  const address = addressLines(order.shipping_address as Record<string, unknown>);
  return (
    <section className="page staff-order" aria-labelledby="staff-order-title">
      <header className="page__head page__head--row staff-order__head">
        <div>
          <p className="muted">
            <Link to="/admin/orders">All orders</Link>
          </p>
          <h1 id="staff-order-title">Order {order.order_number}</h1>
          <p className="muted">Placed {formatDateTime(order.created_at)}</p>
        </div>
        <OrderStatusBadge status={order.status} />
        <OrderDocuments order={order} />
      </header>
      <div className="split split--cart">
        <div className="stack">
          <RefundLines order={order} />
          <Timeline entries={order.timeline} />
        </div>
        <aside className="stack">
          <section className="panel stack" aria-labelledby="customer-title">
            <h2 id="customer-title">Customer</h2>
            <dl className="facts">
              <div>
                <dt>Email</dt>
                <dd className="break" data-testid="order-customer">
                  {order.email}
                </dd>
              </div>
              <div>
                <dt>Ship to</dt>
                <dd>
                  <AddressLines lines={address} />
                </dd>
              </div>
            </dl>
          </section>
          <section className="panel stack" aria-labelledby="money-title">
            <h2 id="money-title">Totals and payment</h2>
            <dl className="facts">
              <div>
                <dt>Subtotal</dt>
                <dd>{money(order.subtotal)}</dd>
              </div>
              <div className="facts__total">
                <dt>Total</dt>
                <dd data-testid="order-total">{money(order.total)}</dd>
              </div>
              {order.payment ? (
                <div>
                  <dt>Payment</dt>
                  <dd data-testid="order-payment">
                    {PAYMENT_LABELS[order.payment.status] ?? order.payment.status} ·{' '}
                    {order.payment.method_label} · {money(order.payment.amount)}
                    {order.payment.refunded_amount !== '0.00'
                      ? ` · ${money(order.payment.refunded_amount)} refunded`
                      : ''}
                  </dd>
                </div>
              ) : (
                <div>
                  <dt>Payment</dt>
                  <dd>None recorded</dd>
                </div>
              )}
            </dl>
            {order.refunds.length ? (
              <>
                <h3>Refunds</h3>
                <ul className="plain-list" data-testid="order-refunds">
                  {order.refunds.map((r) => (
                    <li key={r.id}>
                      {money(r.amount)} ·{' '}
                      {r.lines.map((l) => `${l.quantity} × ${l.product_name} (${l.size})`).join(', ')}
                      {r.restocked ? ' · restocked' : ''} · {REFUND_STATUS[r.status] ?? r.status}
                      {r.reason ? ` · “${r.reason}”` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <StatusForm order={order} />
          <TrackingForm order={order} />
          <NoteForm order={order} />
        </aside>
      </div>
    </section>
  );
}

/** The lines, each with the units that can still be refunded; a refund of the chosen units after a confirmation. */
function RefundLines({ order }: { order: Detail }) {
  const money = useMoney();
  const refundable = ['paid', 'processing', 'shipped', 'delivered'].includes(order.status);
  const [units, setUnits] = useState<Record<string, string>>({});
  const [restock, setRestock] = useState(true);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const action = useAction({ invalidates: ORDER_KEYS });
  const idempotency = useIdempotencyKey();
  const chosen = order.items.flatMap((item) => {
    const n = Number(units[item.id] ?? '0');
    return Number.isInteger(n) && n > 0 ? [{ item, quantity: n }] : [];
  });
  const amount = sumMoney(chosen.map((c) => multiplyMoney(c.item.unit_price, c.quantity)));
  const unitCount = chosen.reduce((n, c) => n + c.quantity, 0);
  const onConfirm = async () => {
    const outcome = await action.run(() =>
      idempotency.send((headers) =>
        settle(
          api.POST('/api/admin/orders/{id}/refunds/', {
            params: { path: { id: order.id } },
            body: {
              lines: chosen.map((c) => ({ item_id: c.item.id, quantity: c.quantity })),
              restock,
              ...(reason.trim() ? { reason: reason.trim() } : {}),
            },
            headers,
          }),
        ),
      ),
    );
    if (outcome?.ok) {
      setConfirming(false);
      setUnits({});
      setReason('');
      setDone(
        `Refunded ${money(outcome.data.refund.amount)}${outcome.data.refund.restocked ? ' and restocked' : ''}.`,
      );
    }
  };
  return (
    <section className="stack" aria-labelledby="lines-title">
      <h2 id="lines-title">Lines</h2>
      {done ? <SuccessAlert>{done}</SuccessAlert> : null}
      <table className="table">
        <caption className="visually-hidden">Lines of order {order.order_number}</caption>
        <OrderLinesHead>{refundable ? <th scope="col">Refund</th> : null}</OrderLinesHead>
        <tbody>
          {order.items.map((item) => {
            const left = item.quantity - item.refunded_quantity;
            return (
              <tr key={item.id} data-testid="staff-order-line" data-sku={item.sku}>
                <OrderLineCells
                  item={item}
                  money={money}
                  quantity={
                    <>
                      {item.quantity}
                      {item.refunded_quantity ? ` (${item.refunded_quantity} refunded)` : ''}
                    </>
                  }
                />
                {refundable ? (
                  <td data-label="Refund">
                    {left > 0 ? (
                      <Field
                        label={`Units of ${item.product_name} (${item.size}) to refund`}
                        className="staff-order__units"
                        type="number"
                        min={0}
                        max={left}
                        step={1}
                        inputMode="numeric"
                        value={units[item.id] ?? '0'}
                        onChange={(e) => setUnits({ ...units, [item.id]: e.target.value })}
                        hint={`${left} left`}
                      />
                    ) : (
                      'All refunded'
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {refundable ? (
        <form
          className="stack panel"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            action.clear();
            setDone(undefined);
            if (chosen.length) setConfirming(true);
          }}
        >
          <Checkbox
            label="Put the refunded units back in stock"
            checked={restock}
            onChange={(e) => setRestock(e.target.checked)}
          />
          <Field
            label="Reason (optional)"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="button" disabled={!chosen.length}>
            {chosen.length
              ? `Refund ${money(amount)} for ${unitCount} ${unitCount === 1 ? 'unit' : 'units'}…`
              : 'Choose units to refund'}
          </button>
          {!confirming ? <FormAlert message={action.problem?.detail} /> : null}
        </form>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Refund ${money(amount)}?`}
        confirmLabel="Refund"
        busy={action.busy}
        error={action.problem?.detail}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {chosen.map((c) => `${c.quantity} × ${c.item.product_name} (${c.item.size})`).join(', ')} will be
          refunded to the customer through the way they paid{restock ? ', and put back in stock' : ''}. This
          cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function StatusForm({ order }: { order: Detail }) {
  const [next, setNext] = useState<OrderStatus | ''>('');
  const action = useAction({ invalidates: ORDER_KEYS });
  if (!order.next_statuses.length) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) return;
    const outcome = await action.run(() =>
      settle(
        api.PATCH('/api/admin/orders/{id}/', { params: { path: { id: order.id } }, body: { status: next } }),
      ),
    );
    if (outcome?.ok) setNext('');
  };
  return (
    <section className="panel stack" aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      <form className="stack" onSubmit={onSubmit}>
        <SelectField
          label="New status"
          value={next}
          onChange={(e) => setNext(e.target.value as OrderStatus | '')}
        >
          <option value="">Choose…</option>
          {order.next_statuses.map((s) => (
            <option key={s} value={s}>
              {ORDER_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--small" disabled={!next || action.busy}>
          {action.busy ? 'Saving…' : 'Change status'}
        </button>
        <FormAlert message={action.problem?.detail} />
      </form>
    </section>
  );
}

function TrackingForm({ order }: { order: Detail }) {
  const [carrier, setCarrier] = useState(order.tracking?.carrier ?? '');
  const [number, setNumber] = useState(order.tracking?.tracking_number ?? '');
  const [saved, setSaved] = useState<string | undefined>();
  const action = useAction({ invalidates: ORDER_KEYS });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const outcome = await action.run(() =>
      settle(
        api.PUT('/api/admin/orders/{id}/tracking/', {
          params: { path: { id: order.id } },
          body: { carrier: carrier.trim(), tracking_number: number.trim() },
        }),
      ),
    );
    if (outcome?.ok) setSaved('Tracking saved; the customer sees it on their order.');
  };
  const onRemove = async () => {
    setSaved(undefined);
    const outcome = await action.run(() =>
      settle(api.DELETE('/api/admin/orders/{id}/tracking/', { params: { path: { id: order.id } } })),
    );
    if (outcome?.ok) {
      setCarrier('');
      setNumber('');
      setSaved('Tracking removed.');
    }
  };
  return (
    <section className="panel stack" aria-labelledby="tracking-title">
      <h2 id="tracking-title">Tracking</h2>
      <form className="stack" onSubmit={onSubmit}>
        <Field
          label="Carrier"
          required
          maxLength={100}
          value={carrier}
          onChange={(e) => setCarrier(e.target.value)}
        />
        <Field
          label="Tracking number"
          required
          maxLength={100}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          errors={action.problem?.errors?.tracking_number}
        />
        <div className="inline-form">
          <button type="submit" className="button button--small" disabled={action.busy}>
            Save tracking
          </button>
          {order.tracking ? (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => void onRemove()}
            >
              Remove
            </button>
          ) : null}
        </div>
        {saved ? <SuccessAlert>{saved}</SuccessAlert> : null}
        <FormAlert message={action.problem?.detail} />
      </form>
    </section>
  );
}

function NoteForm({ order }: { order: Detail }) {
  const [text, setText] = useState('');
  const action = useAction({ invalidates: ORDER_KEYS });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await action.run(() =>
      settle(
        api.POST('/api/admin/orders/{id}/notes/', { params: { path: { id: order.id } }, body: { text } }),
      ),
    );
    if (outcome?.ok) setText('');
  };
  return (
    <section className="panel stack" aria-labelledby="note-title">
      <h2 id="note-title">Internal note</h2>
      <form className="stack" onSubmit={onSubmit}>
        <TextAreaField
          label="Note (staff only; the customer never sees it)"
          required
          maxLength={2000}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          errors={action.problem?.errors?.text}
        />
        <button type="submit" className="button button--small" disabled={action.busy || !text.trim()}>
          Add note
        </button>
        <FormAlert message={action.problem?.detail} />
      </form>
    </section>
  );
}

/** Newest first: what happened to the order, who did it, and the notes. */
function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const money = useMoney();
  const newestFirst = [...entries].reverse();
  return (
    <section className="stack" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <ol className="timeline" data-testid="order-timeline">
        {newestFirst.map((e) => (
          <li key={e.id} className={`timeline__entry timeline__entry--${e.kind}`} data-kind={e.kind}>
            <p className="timeline__summary">
              {e.kind === 'refund' && e.amount ? `${e.summary.split(':')[0]}: ${money(e.amount)}` : e.summary}
              {e.internal ? <span className="badge">Internal</span> : null}
            </p>
            {e.note ? <p className="timeline__note">{e.note}</p> : null}
            {e.lines.length ? (
              <p className="muted">
                {e.lines
                  .map((l) => `${l.quantity} × ${l.product_name} (${l.variant_color}, ${l.size})`)
                  .join(', ')}
                {e.restocked ? ' · restocked' : ''}
                {e.reason ? ` · “${e.reason}”` : ''}
              </p>
            ) : null}
            <p className="muted timeline__meta">
              {formatDateTime(e.at)}
              {e.actor ? ` · ${e.actor.email}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
