/** Billing's `mercato` commands: `mercato bills generate --month JANUARY --year 2026`. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CommandRunner } from '../../platform/module.js';
import { transaction } from '../../platform/transaction.js';
import { type BillingMonth, MONTHS } from './billing.schemas.js';

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100)
    throw new InvalidArgumentError('must be a year, 2000 to 2100');
  return n;
}

export function billingCommands(program: Command, run: CommandRunner): void {
  const bills = program.command('bills').description('Subscription bills.');
  bills
    .command('generate')
    .description(
      "Bill every active subscriber for a month at their package's price (one statement; a repeat creates nothing).",
    )
    .addOption(new Option('--month <month>', 'billing month').choices(MONTHS).makeOptionMandatory())
    .requiredOption('--year <year>', 'year, e.g. 2026', year)
    .action(async (opts: { month: BillingMonth; year: number }) => {
      await run(async (ctx) => {
        const { billing } = ctx.module('billing');
        const result = await transaction(ctx.db, (trx) =>
          billing.generateBills(trx, null, { billing_month: opts.month, year: opts.year }),
        );
        console.log(
          `${result.billing_month} ${result.year}: ${result.created} bills created, ${result.skipped} subscribers already billed.`,
        );
      });
    });
}
