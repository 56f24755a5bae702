/** Wire shapes of vendors' own orders and sales (`/api/vendor/orders/`, `/api/vendor/reports/sales/`). */
import { type Static, Type } from 'typebox';
import type { OrderStatus } from '../../db/schema.js';
import { Money } from '../../platform/money.js';
import { PageQuery } from '../../platform/pagination.js';
import { type PeriodDto, ReportPeriod, ReportPeriodQuery } from '../../platform/reports.js';
import { type OrderItemDto, OrderStatusSchema } from './orders.schemas.js';
import { TopProduct } from './reports.schemas.js';
import type { TopProductDto } from './reports.service.js';

const VendorParam = Type.Object({
  vendor: Type.Optional(
    Type.String({
      format: 'uuid',
      description:
        'Managers and admins: the vendor (a user id) whose figures to show; without it, every product’s. Ignored for a vendor, who always sees their own.',
    }),
  ),
});

export const VendorOrdersQuery = Type.Intersect([
  PageQuery,
  VendorParam,
  Type.Object({
    status: Type.Optional(OrderStatusSchema),
    from: Type.Optional(
      Type.String({ format: 'date', description: 'Placed on or after this day (shop time zone).' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date', description: 'Placed on or before this day (included).' }),
    ),
  }),
]);
export type VendorOrdersQuery = Static<typeof VendorOrdersQuery>;

export const VendorSalesQuery = Type.Intersect([ReportPeriodQuery, VendorParam]);
export type VendorSalesQuery = Static<typeof VendorSalesQuery>;

export const VendorOrder = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    order_number: Type.String(),
    status: OrderStatusSchema,
    created_at: Type.String({ format: 'date-time' }),
    paid_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    customer_name: Type.String({ description: 'Who receives it, from the shipping address.' }),
    shipping_address: Type.Record(Type.String(), Type.String()),
    items: Type.Array(Type.Ref('OrderItem'), { description: 'Only the lines of your products.' }),
    item_count: Type.Integer({ description: 'Units of your products in the order.' }),
    subtotal: Type.String({ description: 'Total of your lines (not the whole order’s).' }),
  },
  {
    $id: 'VendorOrder',
    title: 'VendorOrder',
    description:
      'An order as the vendor of some of its products sees it: their own lines and what shipping needs, never other vendors’ lines, the customer’s email or the payment.',
  },
);

export interface VendorOrderDto {
  id: string;
  order_number: string;
  status: OrderStatus;
  created_at: string;
  paid_at: string | null;
  customer_name: string;
  shipping_address: Record<string, string>;
  items: OrderItemDto[];
  item_count: number;
  subtotal: string;
}

export const VendorSalesReport = Type.Object(
  {
    period: ReportPeriod,
    currency: Type.String(),
    totals: Type.Object({
      orders: Type.Integer({ description: 'Sold orders (paid and kept) holding your products.' }),
      units: Type.Integer(),
      revenue: Money,
    }),
    by_day: Type.Array(
      Type.Object({
        date: Type.String({ format: 'date' }),
        orders: Type.Integer(),
        units: Type.Integer(),
        revenue: Money,
      }),
      { description: 'Every day of the period, in order.' },
    ),
    top_products: Type.Object({ by_units: Type.Array(TopProduct), by_revenue: Type.Array(TopProduct) }),
  },
  {
    $id: 'VendorSalesReport',
    title: 'VendorSalesReport',
    description:
      'Units and revenue of your lines in the orders paid and kept (paid, processing, shipped, delivered), per day placed.',
  },
);

export interface VendorSalesReportDto {
  period: PeriodDto;
  currency: string;
  totals: { orders: number; units: number; revenue: string };
  by_day: Array<{ date: string; orders: number; units: number; revenue: string }>;
  top_products: { by_units: TopProductDto[]; by_revenue: TopProductDto[] };
}
