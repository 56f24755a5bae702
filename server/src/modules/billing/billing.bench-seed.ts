/**
 * `mercato seed --bench --subscribers 100000`: the bill-run and subscriber-list
 * bench data. Four packages, `count` users (through identity) and a subscriber
 * each: every third on PPPoE with encrypted credentials, every tenth INACTIVE,
 * inserted in batches. Into a database with no subscribers yet.
 */
import { newId, nowIso } from '../../platform/ids.js';
import type { ModuleContext } from '../../platform/module.js';
import { transaction } from '../../platform/transaction.js';
import { createBenchUsers } from '../identity/index.js';
import type { BillingSubscribersTable } from './billing.repository.js';
import type { PackageDto } from './billing.schemas.js';
import type { BillingService } from './billing.service.js';

export const BENCH_SUBSCRIBER_PASSWORD = 'Bench-Subscriber-Passw0rd!';

export async function seedBenchSubscribers(
  ctx: Pick<ModuleContext, 'db'>,
  billing: BillingService,
  count: number,
): Promise<{ packages: number; subscribers: number }> {
  const { db } = ctx;
  if (await db.selectFrom('billing_subscribers').select('id').limit(1).executeTakeFirst()) {
    throw new Error('this database has subscribers already: the bench subscribers go into one without.');
  }
  const packages: PackageDto[] = [];
  for (const [speed, price] of [
    [10, '10.00'],
    [25, '20.00'],
    [50, '35.00'],
    [100, '50.00'],
  ] as const) {
    packages.push(await billing.createPackage({ name: `Bench ${speed} Mbps`, speed_mbps: speed, price }));
  }
  const users = await createBenchUsers(db, count, BENCH_SUBSCRIBER_PASSWORD);
  const now = nowIso();
  for (let start = 0; start < users.length; start += 1000) {
    const rows: BillingSubscribersTable[] = users.slice(start, start + 1000).map((userId, i) => {
      const n = start + i;
      return {
        id: newId(),
        user_id: userId,
        package_id: packages[n % packages.length]?.uid ?? '',
        connection_type: n % 3 === 0 ? 'PPPoE' : 'DHCP',
        credentials:
          n % 3 === 0 ? billing.encryptCredentials({ username: `ppp-${n}`, password: `secret-${n}` }) : null,
        address: `${n} Bench Road`,
        status: n % 10 === 9 ? 'INACTIVE' : 'ACTIVE',
        created_at: now,
        updated_at: now,
      };
    });
    await transaction(db, (trx) => trx.insertInto('billing_subscribers').values(rows).execute());
  }
  return { packages: packages.length, subscribers: users.length };
}
