/**
 * Imports the users of the Django app from a CSV export of its `auth_user` table
 * (`mercato import-users <file.csv> [--dry-run]`). Password hashes are kept as they
 * are: Django's PBKDF2 hashes verify here and are upgraded to argon2id on the
 * user's next login; unusable ones (`!...`) stay unusable.
 *
 * Rows that cannot be imported (no valid email, bad flags or dates, an email or
 * username already taken) are skipped and reported; the valid rows are inserted in
 * one transaction, all or nothing, with a `user.registered` event for each (delivered
 * once it commits, like any new account's).
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/dialect.js';
import type { Database, UserType } from '../../db/schema.js';
import type { EventBus } from '../../platform/events.js';
import { newId, nowIso } from '../../platform/ids.js';
import { transaction } from '../../platform/transaction.js';
import type { UserRow } from './users.repository.js';

export interface ImportUsersOptions {
  /** Check everything and report what would happen, but write nothing. */
  dryRun?: boolean;
}

export interface SkippedUser {
  /** The line of the CSV file the row ends on (the header is line 1). */
  line: number;
  email: string;
  reason: string;
}

export interface ImportUsersResult {
  /** Users created (with `dryRun`, the number that would be). */
  created: number;
  skipped: SkippedUser[];
}

const REQUIRED_COLUMNS = [
  'password',
  'last_login',
  'is_superuser',
  'username',
  'first_name',
  'last_name',
  'email',
  'is_staff',
  'is_active',
  'date_joined',
] as const;
type DjangoUser = Record<(typeof REQUIRED_COLUMNS)[number], string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Django's username rule (Unicode word characters and @.+-_, at most 150). */
const USERNAME = /^[\p{L}\p{N}_.@+-]{1,150}$/u;
/** Rows per INSERT and per lookup: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

export async function importDjangoUsers(
  { db, events }: { db: DB; events: EventBus },
  csvText: string | Readable,
  options: ImportUsersOptions = {},
): Promise<ImportUsersResult> {
  const skipped: SkippedUser[] = [];
  const candidates: Array<{ line: number; row: UserRow }> = [];
  const lineOfEmail = new Map<string, number>();
  const lineOfUsername = new Map<string, number>();
  const now = nowIso();

  for await (const { line, record } of readCsv(csvText)) {
    const email = (record.email ?? '').trim().toLowerCase();
    const result = toUserRow(record, now);
    if (typeof result === 'string') {
      skipped.push({ line, email, reason: result });
      continue;
    }
    const earlier = lineOfEmail.get(result.email) ?? lineOfUsername.get(result.username.toLowerCase());
    if (earlier !== undefined) {
      skipped.push({ line, email, reason: `duplicate of line ${earlier}` });
      continue;
    }
    lineOfEmail.set(result.email, line);
    lineOfUsername.set(result.username.toLowerCase(), line);
    candidates.push({ line, row: result });
  }

  const created = await transaction(db, async (trx) => {
    const taken = await existingEmailsAndUsernames(
      trx,
      candidates.map((c) => c.row),
    );
    const fresh: UserRow[] = [];
    for (const { line, row } of candidates) {
      if (taken.has(`e:${row.email}`) || taken.has(`u:${row.username.toLowerCase()}`)) {
        skipped.push({ line, email: row.email, reason: 'already exists' });
      } else {
        fresh.push(row);
      }
    }
    if (!options.dryRun) {
      for (let i = 0; i < fresh.length; i += CHUNK) {
        await trx
          .insertInto('users')
          .values(fresh.slice(i, i + CHUNK))
          .execute();
      }
      for (const row of fresh) {
        await events.emit(trx, 'user.registered', {
          userId: row.id,
          email: row.email,
          userType: row.user_type,
        });
      }
    }
    return fresh.length;
  });

  skipped.sort((a, b) => a.line - b.line);
  return { created, skipped };
}

/** The CSV's records with the line each ends on; fails on a missing column or malformed CSV. */
async function* readCsv(input: string | Readable): AsyncGenerator<{ line: number; record: DjangoUser }> {
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    info: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
      if (missing.length)
        throw new Error(`The CSV has no column ${missing.join(', ')} (auth_user columns expected).`);
      return names;
    },
  });
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  source.on('error', (err) => parser.destroy(err));
  for await (const item of source.pipe(parser) as AsyncIterable<{
    info: { lines: number };
    record: DjangoUser;
  }>) {
    yield { line: item.info.lines, record: item.record };
  }
}

/** Maps one Django row onto a `users` row, or says why it cannot be imported. */
function toUserRow(record: DjangoUser, now: string): UserRow | string {
  const email = record.email.trim().toLowerCase();
  if (!email) return 'missing email';
  if (!EMAIL.test(email)) return 'invalid email';
  const username = record.username.trim();
  if (!USERNAME.test(username)) return 'invalid username';

  const flags: Record<'is_superuser' | 'is_staff' | 'is_active', boolean> = {
    is_superuser: false,
    is_staff: false,
    is_active: false,
  };
  for (const name of ['is_superuser', 'is_staff', 'is_active'] as const) {
    const value = parseFlag(record[name]);
    if (value === undefined) return `invalid ${name}: "${record[name]}"`;
    flags[name] = value;
  }
  const dateJoined = parseTime(record.date_joined);
  if (!dateJoined) return `invalid date_joined: "${record.date_joined}"`;
  const lastLogin = record.last_login.trim() ? parseTime(record.last_login) : null;
  if (lastLogin === undefined) return `invalid last_login: "${record.last_login}"`;

  const userType: UserType = flags.is_superuser ? 'admin' : flags.is_staff ? 'staff' : 'creator';
  return {
    id: newId(),
    email,
    username,
    // Kept as is; an empty one (never set) becomes explicitly unusable, like Django's `!`.
    password_hash: record.password || '!',
    first_name: record.first_name,
    last_name: record.last_name,
    phone: '',
    user_type: userType,
    is_superuser: flags.is_superuser,
    is_active: flags.is_active,
    email_verified: true,
    status: 'ACTIVE',
    gender: 'UNKNOWN',
    kind: '',
    vendor_status: null,
    date_joined: dateJoined,
    last_login: lastLogin,
    updated_at: now,
    customer_code: null,
    pending_email: null,
  };
}

/** Booleans as Django exports write them: `t`/`f` (PostgreSQL), `True`/`False` (Python), `1`/`0` (SQLite). */
function parseFlag(text: string): boolean | undefined {
  const v = text.trim().toLowerCase();
  if (v === 't' || v === 'true' || v === '1') return true;
  if (v === 'f' || v === 'false' || v === '0') return false;
  return undefined;
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A Django/PostgreSQL/SQLite timestamp (`2023-05-01 10:20:30.123456+00`, ISO 8601
 * with `T` and `Z` or an offset, or naive, which Django with USE_TZ stores as UTC)
 * as an ISO string in UTC; undefined when it is not one.
 */
function parseTime(text: string): string | undefined {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = m;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(utc);
  // Reject what Date.UTC would roll over (2023-02-30, 25:00).
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    check.getUTCMinutes() !== Number(mi) ||
    check.getUTCSeconds() !== Number(s)
  ) {
    return undefined;
  }
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const [, sign, hh, mm = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
    offsetMinutes = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
  }
  return new Date(utc - offsetMinutes * 60_000).toISOString();
}

/** Which of these emails and usernames (case-insensitive) are already taken, as `e:<email>` and `u:<username>`. */
async function existingEmailsAndUsernames(trx: Kysely<Database>, rows: UserRow[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const found = await trx
      .selectFrom('users')
      .select(['email', 'username'])
      .where((eb) =>
        eb.or([
          eb(
            'email',
            'in',
            chunk.map((r) => r.email),
          ),
          // lower() on both sides: the same folding as the unique index on lower(username).
          eb(
            sql<string>`lower(username)`,
            'in',
            chunk.map((r) => sql<string>`lower(${r.username})`),
          ),
        ]),
      )
      .execute();
    for (const f of found) {
      taken.add(`e:${f.email.toLowerCase()}`);
      taken.add(`u:${f.username.toLowerCase()}`);
    }
  }
  return taken;
}
