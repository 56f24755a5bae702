/** Wire shapes of staff's customer page (`/api/admin/customers/<id>/`). */
import { Type } from 'typebox';
import { Money } from '../../platform/money.js';

export const CustomerParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const AdminCustomer = Type.Object(
  {
    profile: Type.Ref('AdminUser'),
    orders: Type.Object(
      {
        orders_placed: Type.Integer({ description: 'Every order placed, whatever its status.' }),
        order_count: Type.Integer({
          description: 'Orders paid and kept (paid, processing, shipped, delivered).',
        }),
        total_spent: Type.String({
          description:
            'Those orders’ totals less what was given back on them (refunded orders count nothing).',
        }),
        total_refunded: Money,
        average_order_value: Type.String({ description: 'Total spent per order counted.' }),
        first_order_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        last_order_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      },
      { description: 'The list itself: `GET /api/admin/customers/<id>/orders/`.' },
    ),
    addresses: Type.Array(Type.Ref('Address')),
    loyalty: Type.Union(
      [
        Type.Object({
          customer_id: Type.String({ examples: ['CUST-00001'] }),
          balance: Type.Integer(),
          recent: Type.Array(Type.Ref('LoyaltyLedgerEntry')),
        }),
        Type.Null(),
      ],
      { description: 'Their loyalty card, balance and latest points; null without a loyalty account.' },
    ),
    subscription: Type.Union(
      [
        Type.Object({
          uid: Type.String({ format: 'uuid' }),
          status: Type.String(),
          connection_type: Type.String(),
          package_name: Type.String(),
          since: Type.String({ format: 'date-time' }),
          balance: Type.String({ description: 'Bills minus payments.' }),
        }),
        Type.Null(),
      ],
      { description: 'Their internet subscription (billing); null when they are not a subscriber.' },
    ),
  },
  { $id: 'AdminCustomer', title: 'AdminCustomer' },
);
