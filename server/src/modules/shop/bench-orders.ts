/**
 * `mercato seed --bench --orders N`: N orders over the last year on the bench
 * catalogue, for the dashboard's reports to be measured on a shop with a
 * history (100,000 by default with `--bench`). Made from a fixed seed, so every
 * run makes the same shop: 1 to 3 lines of 1 to 3 units of sizes of the
 * catalogue, statuses in the mix a shop has (most delivered, some pending,
 * cancelled or refunded), by 40 customers. Stock is left alone (these are
 * history, not sales to take from the shelves). Batched inserts in one
 * transaction; the order-number sequence continues after them.
 */
import { type Insertable, sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import type { OrderItemsTable, OrderStatus, OrdersTable } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { transaction } from '../../platform/transaction.js';
import { sizeList } from '../catalog/index.js';
import { createUser } from '../identity/index.js';
import { formatOrderNumber } from './checkout.service.js';

const CUSTOMERS = 40;
const SIZES = 3000;
const DAYS = 365;
const STATUS_MIX: ReadonlyArray<[OrderStatus, number]> = [
  ['delivered', 55],
  ['shipped', 10],
  ['processing', 8],
  ['paid', 12],
  ['pending', 5],
  ['cancelled', 6],
  ['refunded', 4],
];

/** mulberry32: a small seeded generator, so the bench shop is the same every time. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchOrdersResult {
  orders: number;
  items: number;
  customers: number;
}

export async function seedBenchOrders(db: DB, count: number, now = new Date()): Promise<BenchOrdersResult> {
  const sizes = await sizeList(db, {})
    .select([
      's.id',
      's.sku',
      's.size',
      'v.color',
      'v.price as variant_price',
      'p.id as product_id',
      'p.name',
      'p.slug',
      'p.price',
    ])
    .orderBy('s.id')
    .limit(SIZES)
    .execute();
  if (sizes.length === 0) throw new Error('no catalogue to order from: load the bench catalogue first');
  const customers: Array<{ id: string; email: string }> = [];
  for (let i = 1; i <= CUSTOMERS; i++) {
    const email = `bench-customer-${i}@example.com`;
    const existing = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', '=', email)
      .executeTakeFirst();
    customers.push(
      existing ??
        (await createUser(db, {
          email,
          password: `Bench-Customer-${i}-Passw0rd!`,
          user_type: 'customer',
          email_verified: true,
        })),
    );
  }
  const next = random(20261202);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const statusOf = () => {
    let roll = next() * 100;
    for (const [status, weight] of STATUS_MIX) {
      roll -= weight;
      if (roll < 0) return status;
    }
    return 'delivered';
  };
  const first = await db
    .selectFrom('sequences')
    .select('value')
    .where('name', '=', 'order_number')
    .executeTakeFirst();
  const start = Number(first?.value ?? 0);
  const orders: OrdersTable[] = [];
  const items: Insertable<OrderItemsTable>[] = [];
  for (let i = 1; i <= count; i++) {
    const created = new Date(now.getTime() - next() * DAYS * 86_400_000).toISOString();
    const customer = pick(customers);
    const id = newId();
    const status = statusOf();
    let total = 0;
    const lines = 1 + Math.floor(next() * 3);
    for (let position = 0; position < lines; position++) {
      const size = pick(sizes);
      const unitPrice = Number(size.variant_price ?? size.price);
      const quantity = 1 + Math.floor(next() * 3);
      total += unitPrice * quantity;
      items.push({
        id: newId(),
        order_id: id,
        product_id: size.product_id,
        size_id: size.id,
        product_name: size.name,
        product_slug: size.slug,
        variant_color: size.color,
        size: size.size,
        sku: size.sku,
        unit_price: unitPrice,
        quantity,
        position,
      });
    }
    orders.push({
      id,
      order_number: formatOrderNumber(start + i),
      user_id: customer.id,
      email: customer.email,
      status,
      currency: 'USD',
      subtotal: total,
      total,
      shipping_address:
        '{"full_name":"Bench Customer","line1":"1 Bench Row","city":"Dhaka","postal_code":"1000","country":"BD"}',
      payment_intent_id: null,
      created_at: created,
      updated_at: created,
      paid_at: status === 'pending' || status === 'cancelled' ? null : created,
      cancelled_at: status === 'cancelled' ? created : null,
    });
  }
  await transaction(db, async (trx) => {
    for (let i = 0; i < orders.length; i += 500) {
      await trx
        .insertInto('orders')
        .values(orders.slice(i, i + 500))
        .execute();
    }
    for (let i = 0; i < items.length; i += 500) {
      await trx
        .insertInto('order_items')
        .values(items.slice(i, i + 500))
        .execute();
    }
    await trx
      .insertInto('sequences')
      .values({ name: 'order_number', value: start + count })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: start + count }))
      .execute();
  });
  await sql`analyze`.execute(db);
  return { orders: orders.length, items: items.length, customers: customers.length };
}
