import type { Migration } from 'kysely';
import * as m0001 from './0001_platform.js';
import * as m0002 from './0002_users.js';

/** The one ordered, portable set of migrations. Add new ones at the end; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_users': m0002,
};
