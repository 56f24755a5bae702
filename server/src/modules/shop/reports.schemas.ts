/** Wire shapes of the shop's admin reports. */
import { Type } from 'typebox';
import { Money } from '../../platform/money.js';
import { ReportPeriod } from '../../platform/reports.js';
import { OrderStatusSchema } from './orders.schemas.js';

export const TopProduct = Type.Object({
  product_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
    description: 'Null for the lines of products deleted since (counted together).',
  }),
  name: Type.String({ description: "The product's name now." }),
  slug: Type.Union([Type.String(), Type.Null()]),
  units: Type.Integer(),
  revenue: Money,
});

export const SalesReport = Type.Object(
  {
    period: ReportPeriod,
    currency: Type.String(),
    totals: Type.Object({
      orders: Type.Integer({ description: 'Orders placed in the period, whatever their status.' }),
      sold_orders: Type.Integer({
        description: 'Of those, the ones paid and kept (paid, processing, shipped, delivered).',
      }),
      revenue: Type.String({
        description: 'Total of the sold orders (cancelled, refunded and unpaid left out).',
      }),
      average_order_value: Type.String({ description: 'Revenue per sold order.' }),
      cancelled_orders: Type.Integer(),
      refunded_orders: Type.Integer(),
      refunded_amount: Type.String({ description: 'Total of the refunded orders.' }),
    }),
    by_day: Type.Array(
      Type.Object({
        date: Type.String({ format: 'date' }),
        orders: Type.Integer(),
        sold_orders: Type.Integer(),
        revenue: Money,
      }),
      { description: 'Every day of the period, in order.' },
    ),
    by_status: Type.Array(Type.Object({ status: OrderStatusSchema, orders: Type.Integer(), total: Money }), {
      description: 'Orders placed in the period by their status now (every status, zero included).',
    }),
    top_products: Type.Object({
      by_units: Type.Array(TopProduct),
      by_revenue: Type.Array(TopProduct),
    }),
  },
  { $id: 'SalesReport', title: 'SalesReport' },
);
