import type { AnyDB } from '../dialect.js';

/**
 * A customer's uses of promotions, read by user on every scan once any
 * promotion has a per-customer limit: the primary key leads with the
 * promotion, so that read went through the whole table, which grows with
 * every redemption. This index answers it alone.
 */
export async function up(db: AnyDB): Promise<void> {
  await db.schema
    .createIndex('loyalty_promotion_uses_user')
    .on('loyalty_promotion_uses')
    .columns(['user_id', 'promotion_id', 'uses'])
    .execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('loyalty_promotion_uses_user').execute();
}
