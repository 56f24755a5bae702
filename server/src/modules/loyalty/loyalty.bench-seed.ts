/**
 * `mercato seed --bench`: loyalty's part. 10,000 customers
 * `bench-loyalty-<n>@example.com` (through identity, one shared password hash),
 * and every customer without an account (the shop's bench customers too) gets
 * one with points: an `earn` ledger row each, and a `redeem` row for every
 * third, the balance matching the last row. Deterministic figures, batched
 * set-based inserts; does nothing when the bench customers are already there.
 */
import { newId, nowIso } from '../../platform/ids.js';
import type { SeedContext } from '../../platform/module.js';
import { transaction } from '../../platform/transaction.js';
import { createBenchUsers } from '../identity/index.js';
import type { LoyaltyAccountsTable, LoyaltyLedgerTable } from './loyalty.tables.js';

export const BENCH_LOYALTY = {
  prefix: 'bench-loyalty',
  customers: 10_000,
  password: 'Bench-Loyalty-Passw0rd!',
} as const;

const BATCH = 1000;

/** The points of the n-th customer without an account: earned, and (every third) spent. */
export function benchPoints(n: number): { earned: number; spent: number } {
  const earned = 50 + ((n * 37) % 950);
  return { earned, spent: n % 3 === 0 ? Math.floor(earned / 5) : 0 };
}

export async function seedBenchLoyalty(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  const first = `${BENCH_LOYALTY.prefix}-0@example.com`;
  if (await db.selectFrom('users').select('id').where('email', '=', first).executeTakeFirst()) return;
  const started = Date.now();
  await createBenchUsers(db, BENCH_LOYALTY.customers, BENCH_LOYALTY.password, {
    prefix: BENCH_LOYALTY.prefix,
    type: 'customer',
  });
  const customers = await db
    .selectFrom('users')
    .leftJoin('loyalty_accounts as a', 'a.user_id', 'users.id')
    .select(['users.id', 'users.customer_code'])
    .where('users.customer_code', 'is not', null)
    .where('a.user_id', 'is', null)
    .orderBy('users.customer_code')
    .execute();
  const now = nowIso();
  // Earned a day before they were spent, so histories read in order.
  const earnedAt = new Date(Date.now() - 86_400_000).toISOString();
  let rows = 0;
  for (let start = 0; start < customers.length; start += BATCH) {
    const accounts: LoyaltyAccountsTable[] = [];
    const ledger: LoyaltyLedgerTable[] = [];
    customers.slice(start, start + BATCH).forEach((c, i) => {
      const { earned, spent } = benchPoints(start + i);
      accounts.push({
        user_id: c.id,
        customer_code: c.customer_code ?? '',
        balance: earned - spent,
        card_version: 1,
        created_at: now,
        updated_at: now,
      });
      const row = {
        user_id: c.id,
        shortfall: 0,
        actor_id: null,
        source_id: null,
        source_key: null,
        terminal: null,
        promotion_id: null,
        created_at: now,
      };
      ledger.push({
        ...row,
        id: newId(),
        kind: 'earn',
        points: earned,
        balance_after: earned,
        created_at: earnedAt,
        reason: 'Bench points',
        source_type: 'admin',
      });
      if (spent)
        ledger.push({
          ...row,
          id: newId(),
          kind: 'redeem',
          points: -spent,
          balance_after: earned - spent,
          reason: 'Bench redemption',
          source_type: 'pos',
        });
    });
    rows += ledger.length;
    await transaction(db, async (trx) => {
      await trx.insertInto('loyalty_accounts').values(accounts).execute();
      // 14 columns a row: a thousand rows a statement stay under SQLite's bound-parameter limit.
      for (let i = 0; i < ledger.length; i += BATCH)
        await trx
          .insertInto('loyalty_ledger')
          .values(ledger.slice(i, i + BATCH))
          .execute();
    });
  }
  ctx.print(
    `Bench loyalty loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${customers.length} accounts (${BENCH_LOYALTY.customers} customers ${BENCH_LOYALTY.prefix}-<n>@example.com / ${BENCH_LOYALTY.password}), ${rows} ledger rows.`,
  );
}
