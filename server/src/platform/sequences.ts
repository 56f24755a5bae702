/**
 * Gap-free counters (customer codes, order numbers): the increment is one
 * atomic upsert in the caller's transaction, so concurrent callers get distinct
 * values and a rolled-back transaction gives its number back.
 */
import { sql } from 'kysely';
import type { Executor } from './transaction.js';

export async function nextValue(executor: Executor, name: string): Promise<number> {
  const row = await executor
    .insertInto('sequences')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`sequences.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
