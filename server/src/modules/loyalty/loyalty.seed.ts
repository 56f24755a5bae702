/**
 * Demo loyalty data: three promotions and points for the demo customer.
 * Does nothing once any promotion exists.
 */

import { newId, nowIso } from '../../platform/ids.js';
import type { SeedContext } from '../../platform/module.js';
import { transaction } from '../../platform/transaction.js';
import { changePoints } from './loyalty.ledger.js';
import type { LoyaltyPromotionsTable } from './loyalty.tables.js';

const PROMOTIONS: Array<
  Pick<LoyaltyPromotionsTable, 'code' | 'name' | 'description' | 'kind' | 'value' | 'points_cost'>
> = [
  {
    code: 'WELCOME10',
    name: '10% off your next purchase',
    description: 'For members, once each.',
    kind: 'percent_off',
    value: 1000,
    points_cost: 0,
  },
  {
    code: 'COFFEE',
    name: 'A free coffee',
    description: 'Any size, at the counter.',
    kind: 'free_item',
    value: 0,
    points_cost: 100,
  },
  {
    code: 'FIVEOFF',
    name: '5.00 off',
    description: 'On any purchase over 20.00.',
    kind: 'amount_off',
    value: 500,
    points_cost: 250,
  },
];

export async function seedLoyalty(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom('loyalty_promotions').select('id').limit(1).executeTakeFirst()) return;
  await transaction(db, async (trx) => {
    const now = nowIso();
    for (const p of PROMOTIONS) {
      await trx
        .insertInto('loyalty_promotions')
        .values({
          ...p,
          id: newId(),
          starts_at: null,
          ends_at: null,
          max_redemptions: null,
          per_customer_limit: p.code === 'WELCOME10' ? 1 : null,
          redemptions_count: 0,
          is_active: true,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    const customer = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'customer@example.com')
      .where('customer_code', 'is not', null)
      .executeTakeFirst();
    if (customer)
      await changePoints(trx, {
        userId: customer.id,
        delta: 420,
        kind: 'earn',
        sourceType: 'admin',
        reason: 'Welcome points (demo data)',
      });
  });
  ctx.print('Loyalty: 3 demo promotions; customer@example.com has 420 points.');
}
