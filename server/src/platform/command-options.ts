/** Parsers of `mercato` command options shared by the modules' commands. */
import { InvalidArgumentError } from 'commander';

/** `--batch <n>`: rows per query or transaction, 1 to 10,000. */
export function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('must be 1 to 10000');
  return n;
}
