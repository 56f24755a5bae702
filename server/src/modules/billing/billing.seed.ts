/**
 * Billing's demo data, once: packages of 10, 25, 50 and 100 Mbps, a subscriber
 * on each connection type (the demo customer on PPPoE, two more users), this
 * month's bills and some bKash, Nagad and cash payments against them.
 */
import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../../platform/auth.js';
import type { SeedContext } from '../../platform/module.js';
import { transaction } from '../../platform/transaction.js';
import { createUser, generatePassword } from '../identity/index.js';
import type { CustomerBody } from './billing.schemas.js';
import { type BillingService, monthOf } from './billing.service.js';

const PACKAGES = [
  { name: 'Home 10', speed_mbps: 10, price: '10.00', description: 'Browsing and mail.' },
  { name: 'Home 25', speed_mbps: 25, price: '20.00', description: 'Streaming for a family.' },
  { name: 'Fibre 50', speed_mbps: 50, price: '35.00', description: 'Work from home.' },
  { name: 'Fibre 100', speed_mbps: 100, price: '60.00', description: 'Everything at once.' },
];

export async function seedBilling(ctx: SeedContext, billing: BillingService): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom('billing_packages').select('id').limit(1).executeTakeFirst()) return;
  const admin = await db
    .selectFrom('users')
    .selectAll()
    .where('user_type', '=', 'admin')
    .orderBy('date_joined')
    .executeTakeFirst();
  if (!admin) return; // Identity's seed makes the admin; without one there is nobody to record payments.
  const actor: AuthUser = {
    id: admin.id,
    email: admin.email,
    username: admin.username,
    user_type: admin.user_type,
    is_superuser: Boolean(admin.is_superuser),
    is_staff: true,
    vendor_status: null,
    token_id: null,
    session_id: null,
  };
  const packages = [];
  for (const p of PACKAGES) packages.push(await billing.createPackage(p));
  const password = generatePassword('Demo-', [
    { email: 'customer@example.com', first_name: 'Cass', last_name: 'Customer' },
    { email: 'dina@example.com', first_name: 'Dina', last_name: 'Dhcp' },
    { email: 'stan@example.com', first_name: 'Stan', last_name: 'Static' },
  ]);
  const person = async (email: string, first: string, last: string) =>
    (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) ??
    (await createUser(db, {
      email,
      password,
      user_type: 'customer',
      first_name: first,
      last_name: last,
      email_verified: true,
    }));
  const subscribers: CustomerBody[] = [
    {
      user: (await person('customer@example.com', 'Cass', 'Customer')).id,
      package: packages[1]!.uid,
      connection_type: 'PPPoE',
      credentials: { username: 'cass-ppp', password: randomBytes(8).toString('base64url') },
      address: '14 Lake Road',
    },
    {
      user: (await person('dina@example.com', 'Dina', 'Dhcp')).id,
      package: packages[0]!.uid,
      connection_type: 'DHCP',
      address: '3 Mill Lane',
    },
    {
      user: (await person('stan@example.com', 'Stan', 'Static')).id,
      package: packages[3]!.uid,
      connection_type: 'STATIC',
      credentials: { ip_address: '203.0.113.20', gateway: '203.0.113.1', dns: '203.0.113.53' },
      address: '1 Harbour Street',
    },
  ];
  const customers = [];
  for (const s of subscribers) customers.push(await billing.createCustomer(actor, s));
  const { month, year } = monthOf(new Date(), ctx.config.TIME_ZONE);
  const run = await transaction(db, (trx) =>
    billing.generateBills(trx, actor, { billing_month: month, year }),
  );
  const payments = [
    {
      customer: customers[0]!,
      amount: '20.00',
      payment_method: 'BKASH' as const,
      transaction_id: 'BK8H2K9X1',
    },
    { customer: customers[1]!, amount: '5.00', payment_method: 'NAGAD' as const, transaction_id: 'NG71QW3' },
    { customer: customers[2]!, amount: '60.00', payment_method: 'CASH' as const, transaction_id: '' },
  ];
  for (const p of payments) {
    await transaction(db, (trx) =>
      billing.recordPayment(trx, actor, p.customer.uid, {
        amount: p.amount,
        billing_month: month,
        year,
        payment_method: p.payment_method,
        transaction_id: p.transaction_id,
      }),
    );
  }
  ctx.print(
    `Billing: 4 packages, 3 subscribers (customer@example.com on PPPoE, dina@example.com on DHCP, stan@example.com on STATIC; the two new ones share the password ${password}), ${run.created} bills for ${month} ${year}, 3 payments`,
  );
}
