/**
 * Gap-free counters (customer codes, order numbers): the increment is one
 * atomic upsert in the caller's transaction, so concurrent callers get distinct
 * values and a rolled-back transaction gives its number back.
 */
import { sql } from 'kysely';
import type { Executor } from './transaction.js';

export async function nextValue(executor: Executor, name: string): Promise<number> {
  return reserveValues(executor, name, 1);
}

/** Takes `count` values at once (bench data); returns the last, so they are `last - count + 1` … `last`. */
export async function reserveValues(executor: Executor, name: string, count: number): Promise<number> {
  const row = await executor
    .insertInto('sequences')
    .values({ name, value: count })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`sequences.value + ${count}` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
