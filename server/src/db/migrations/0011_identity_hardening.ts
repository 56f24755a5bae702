import { sql } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { newId } from '../../platform/ids.js';
import { type AnyDB, columnTypes, dialectOf } from '../dialect.js';

/**
 * Identity hardening (issue 13):
 * - phones are stored in E.164 form and are unique (people sign in with them):
 *   numbers written internationally are normalised; where several accounts
 *   hold one number, the oldest account keeps it and the others' are cleared,
 *   each clearing printed and written to the audit log (`user.phone_cleared`);
 *   then a unique index on non-empty phones;
 * - `users.pending_email`: a new address waits for the link sent to it;
 * - one-time tokens get the purpose `change_email`.
 */
export async function up(db: AnyDB): Promise<void> {
  await normalisePhones(db);
  await db.schema
    .createIndex('users_phone_unique')
    .on('users')
    .column('phone')
    .unique()
    .where(sql.ref('phone'), '<>', '')
    .execute();
  await db.schema.alterTable('users').addColumn('pending_email', 'text').execute();
  await setTokenPurposes(db, ['verify_email', 'password_reset', 'change_email']);
}

export async function down(db: AnyDB): Promise<void> {
  await db.deleteFrom('one_time_tokens').where('purpose', '=', 'change_email').execute();
  await setTokenPurposes(db, ['verify_email', 'password_reset']);
  await db.schema.alterTable('users').dropColumn('pending_email').execute();
  await db.schema.dropIndex('users_phone_unique').execute();
}

type Row = { id: string; email: string; phone: string };

async function normalisePhones(db: AnyDB): Promise<void> {
  const rows: Row[] = await db
    .selectFrom('users')
    .select(['id', 'email', 'phone'])
    .where('phone', '<>', '')
    .orderBy('date_joined')
    .orderBy('id')
    .execute();
  const holder = new Map<string, Row>();
  const now = new Date().toISOString();
  for (const row of rows) {
    // Without a default country only international numbers can be read; others are kept as they are.
    const parsed = parsePhoneNumberFromString(row.phone.trim());
    const phone = parsed?.isValid() ? parsed.number : row.phone.trim();
    const oldest = holder.get(phone);
    if (!oldest) {
      holder.set(phone, row);
      if (phone !== row.phone)
        await db.updateTable('users').set({ phone }).where('id', '=', row.id).execute();
      continue;
    }
    await db.updateTable('users').set({ phone: '', updated_at: now }).where('id', '=', row.id).execute();
    const details = { phone: row.phone, kept_by: oldest.id, reason: 'phone numbers are unique (0011)' };
    await db
      .insertInto('audit_log')
      .values({
        id: newId(),
        action: 'user.phone_cleared',
        actor_id: null,
        actor_email: null,
        target_type: 'user',
        target_id: row.id,
        ip: null,
        user_agent: null,
        details: JSON.stringify(details),
        created_at: now,
      })
      .execute();
    console.warn(
      `0011_identity_hardening: phone ${row.phone} of ${row.email} (${row.id}) cleared: ` +
        `the older account ${oldest.email} (${oldest.id}) keeps it.`,
    );
  }
}

/**
 * Replaces the check on `one_time_tokens.purpose`. PostgreSQL alters the
 * constraint; SQLite cannot, so the table is rebuilt (rows and index kept).
 */
async function setTokenPurposes(db: AnyDB, purposes: string[]): Promise<void> {
  const allowed = sql.join(purposes.map((p) => sql.lit(p)));
  if (dialectOf(db) === 'postgres') {
    await sql`alter table one_time_tokens drop constraint if exists one_time_tokens_purpose_check`.execute(
      db,
    );
    await sql`alter table one_time_tokens add constraint one_time_tokens_purpose_check check (purpose in (${allowed}))`.execute(
      db,
    );
    return;
  }
  const t = columnTypes(db);
  await db.schema
    .createTable('one_time_tokens_new')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in (${allowed})`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await sql`insert into one_time_tokens_new select id, purpose, token_hash, user_id, email, expires_at, used_at, created_at from one_time_tokens`.execute(
    db,
  );
  await db.schema.dropTable('one_time_tokens').execute();
  await db.schema.alterTable('one_time_tokens_new').renameTo('one_time_tokens').execute();
  await db.schema
    .createIndex('one_time_tokens_user')
    .on('one_time_tokens')
    .columns(['user_id', 'purpose'])
    .execute();
}
