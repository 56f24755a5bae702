/**
 * Billing's `mercato` commands: `mercato bills generate --month JANUARY --year
 * 2026` and `mercato billing rotate-key`.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { batchSize } from '../../platform/command-options.js';
import type { CommandRunner } from '../../platform/module.js';
import { progress } from '../../platform/progress.js';
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
        // One statement: a spinner with the time taken (on a terminal only).
        const shown = progress(`Billing ${opts.month} ${opts.year}`, undefined);
        try {
          const result = await transaction(ctx.db, (trx) =>
            billing.generateBills(trx, null, { billing_month: opts.month, year: opts.year }),
          );
          shown.update(result.created + result.skipped);
          shown.stop();
          console.log(
            `${result.billing_month} ${result.year}: ${result.created} bills created, ${result.skipped_reasons.already_billed} subscribers already billed${
              result.skipped_reasons.bill_deleted
                ? `, ${result.skipped_reasons.bill_deleted} whose bill for the month was deleted (not re-created)`
                : ''
            }.`,
          );
        } catch (err) {
          shown.stop();
          throw err;
        }
      });
    });

  const billingCmd = program.command('billing').description('Subscription billing.');
  billingCmd
    .command('rotate-key')
    .description(
      "Re-encrypt every subscriber's credentials under BILLING_CREDENTIALS_KEY, reading the old values with BILLING_CREDENTIALS_OLD_KEYS (batched; resumable; a repeat changes nothing).",
    )
    .option('--batch <n>', 'subscribers per transaction', batchSize, 500)
    .action(async (opts: { batch: number }) => {
      await run(async (ctx) => {
        const { billing } = ctx.module('billing');
        const shown = progress('Re-encrypting credentials', await billing.countWithCredentials());
        try {
          const result = await billing.rotateCredentials(opts.batch, (done) => shown.update(done));
          shown.stop();
          console.log(
            `${result.rotated} subscribers' credentials re-encrypted under the current key; ${result.current} were already.`,
          );
        } catch (err) {
          shown.stop();
          throw err;
        }
      });
    });
}
