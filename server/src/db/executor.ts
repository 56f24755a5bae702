/**
 * What every repository call takes first: the database or an open
 * transaction, so a use case decides which (STYLE: explicit `trx`).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** The database or an open transaction: the first argument of every repository call. */
export type Executor = Kysely<Database>;
export type Trx = Transaction<Database>;
