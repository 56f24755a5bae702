import type { Schemas } from '@mercato/sdk';
import type { ReactNode } from 'react';
import { ORDER_STATUS_LABELS, type OrderStatus, statusTone } from '../../lib/orders.js';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`badge badge--${statusTone(status)}`} data-testid="order-status">
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}

/** The head of an order's lines table: item, quantity, price, total, then `children` (more columns). */
export function OrderLinesHead({ children }: { children?: ReactNode }) {
  return (
    <thead>
      <tr>
        <th scope="col">Item</th>
        <th scope="col">Quantity</th>
        <th scope="col" className="num">
          Price
        </th>
        <th scope="col" className="num">
          Total
        </th>
        {children}
      </tr>
    </thead>
  );
}

/** An order line's item, quantity (`quantity` replaces the plain number), price and total cells. */
export function OrderLineCells({
  item,
  money,
  quantity,
}: {
  item: Schemas['OrderItem'];
  money: (amount: string) => string;
  quantity?: ReactNode;
}) {
  return (
    <>
      <td>
        <span className="table__primary">{item.product_name}</span>
        <span className="table__secondary">
          {item.variant_color} · Size {item.size} · SKU {item.sku}
        </span>
      </td>
      <td data-label="Quantity">{quantity ?? item.quantity}</td>
      <td data-label="Price" className="num">
        {money(item.unit_price)}
      </td>
      <td data-label="Total" className="num">
        {money(item.line_total)}
      </td>
    </>
  );
}

/** A shipping address, one line each. */
export function AddressLines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </>
  );
}
