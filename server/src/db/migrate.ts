import { type Migration, type MigrationResult, Migrator } from 'kysely';
import type { AnyDB } from './dialect.js';
import { migrations as allMigrations } from './migrations/index.js';

export interface MigrationStatus {
  applied: number;
  pending: number;
  names: { applied: string[]; pending: string[] };
}

function migrator(db: AnyDB, migrations: Record<string, Migration>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    override readonly cause: unknown,
  ) {
    super(
      `Migration ${migration ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'No pending migration was applied; the database is as it was.',
    );
    this.name = 'MigrationError';
  }
}

/**
 * Applies every pending migration in one transaction (both dialects run DDL
 * transactionally), so a failure leaves the database exactly as it was.
 */
export async function migrateToLatest(
  db: AnyDB,
  migrations: Record<string, Migration> = allMigrations,
): Promise<MigrationResult[]> {
  const { error, results = [] } = await migrator(db, migrations).migrateToLatest();
  if (error) throw new MigrationError(results.find((r) => r.status === 'Error')?.migrationName, error);
  return results;
}

export async function migrationStatus(
  db: AnyDB,
  migrations: Record<string, Migration> = allMigrations,
): Promise<MigrationStatus> {
  const infos = await migrator(db, migrations).getMigrations();
  const applied = infos.filter((m) => m.executedAt).map((m) => m.name);
  const pending = infos.filter((m) => !m.executedAt).map((m) => m.name);
  return { applied: applied.length, pending: pending.length, names: { applied, pending } };
}
