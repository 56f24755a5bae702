/** Single-use tokens of the links identity mails (verification, password reset, email change). */
import type { OneTimeTokensTable } from '../../db/schema.js';
import { nowIso } from '../../platform/ids.js';
import type { Executor } from '../../platform/transaction.js';

export type OneTimeTokenRow = OneTimeTokensTable;
export type OneTimePurpose = OneTimeTokensTable['purpose'];

export async function insert(executor: Executor, row: OneTimeTokenRow): Promise<void> {
  await executor.insertInto('one_time_tokens').values(row).execute();
}

/** The token with this hash, if it is for one of `purposes` (used or expired ones too). */
export function findByHash(
  executor: Executor,
  tokenHash: string,
  purposes: readonly OneTimePurpose[],
): Promise<OneTimeTokenRow | undefined> {
  return executor
    .selectFrom('one_time_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('purpose', 'in', [...purposes])
    .executeTakeFirst();
}

/** Marks the token used if it was not yet (a guarded update); false when it already was. */
export async function markUsed(executor: Executor, id: string): Promise<boolean> {
  const used = await executor
    .updateTable('one_time_tokens')
    .set({ used_at: nowIso() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

/** Marks every unused token of the user for these purposes used, as of `at`. */
export async function voidUnused(
  executor: Executor,
  userId: string,
  purposes: readonly OneTimePurpose[],
  at: string = nowIso(),
): Promise<void> {
  await executor
    .updateTable('one_time_tokens')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('purpose', 'in', [...purposes])
    .where('used_at', 'is', null)
    .execute();
}
