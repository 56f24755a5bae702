/**
 * Access tokens refused before they expire: a single token after logout
 * (`jti:<id>`), or every token of a session after the session was
 * revoked (`fam:<id>`: logout-all, password change or reset, token reuse,
 * deactivation). Checked on every authenticated request, so it is an in-memory
 * map: loaded from the database at start, written through on revocation, and
 * with Redis broadcast to every instance.
 *
 * The database is the record; the broadcast only makes other instances hear
 * early. A revocation whose broadcast was lost (Redis unreachable, an instance
 * reconnecting) is read from the database when the broadcast subscription
 * starts again, and in any case within `syncIntervalMs` (5 s): each instance
 * re-reads the live revocations that often. Live ones are few: none outlives the
 * access tokens it refuses (15 minutes by default).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/dialect.js';
import type { Broadcast } from '../../platform/broadcast.js';
import { nowIso } from '../../platform/ids.js';
import { afterCommit, type Executor } from '../../platform/transaction.js';

const TOPIC = 'revocations';

function isRevocationList(message: unknown): message is Revocation[] {
  return (
    Array.isArray(message) &&
    message.every((r) => typeof r?.id === 'string' && typeof r?.expiresAt === 'number')
  );
}

export interface Revocation {
  id: string;
  /** When the last token it refuses expires; after that it can be forgotten. */
  expiresAt: number;
}

export class RevocationList {
  readonly #entries = new Map<string, number>();
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: { db: DB; broadcast: Broadcast; log: FastifyBaseLogger; syncIntervalMs?: number },
  ) {}

  async init(): Promise<void> {
    await this.sync();
    await this.deps.broadcast.on(
      TOPIC,
      (message) => {
        if (isRevocationList(message)) for (const r of message) this.#add(r.id, r.expiresAt);
      },
      () => this.#syncQuietly(),
    );
    clearInterval(this.#timer);
    this.#timer = setInterval(() => this.#syncQuietly(), this.deps.syncIntervalMs ?? 5000);
    this.#timer.unref();
  }

  /** Reads the live revocations from the database (made by any instance, heard of or not). */
  async sync(): Promise<void> {
    const rows = await this.deps.db
      .selectFrom('revoked_tokens')
      .selectAll()
      .where('expires_at', '>', nowIso())
      .execute();
    for (const row of rows) this.#add(row.id, Date.parse(row.expires_at));
  }

  #syncQuietly(): Promise<void> {
    return this.sync().catch((err: unknown) =>
      this.deps.log.warn({ err }, 'could not re-read revoked tokens from the database'),
    );
  }

  #add(id: string, expiresAt: number): void {
    const known = this.#entries.get(id);
    if (known === undefined || known < expiresAt) this.#entries.set(id, expiresAt);
  }

  /** Stops the periodic re-reading. */
  close(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  isRevoked(jti: string, sessionId: string): boolean {
    return this.#live(`jti:${jti}`) || this.#live(`fam:${sessionId}`);
  }

  #live(id: string): boolean {
    const until = this.#entries.get(id);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.#entries.delete(id);
    return false;
  }

  /** Records revocations in `executor`'s transaction; they take effect everywhere once it commits. */
  async revoke(executor: Executor, revocations: Revocation[]): Promise<void> {
    if (revocations.length === 0) return;
    await executor
      .insertInto('revoked_tokens')
      .values(revocations.map((r) => ({ id: r.id, expires_at: new Date(r.expiresAt).toISOString() })))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({ expires_at: eb.ref('excluded.expires_at') })),
      )
      .execute();
    afterCommit(executor, () => {
      for (const r of revocations) this.#entries.set(r.id, r.expiresAt);
      this.deps.broadcast.publish(TOPIC, revocations);
    });
  }

  async purgeExpired(): Promise<void> {
    await this.deps.db.deleteFrom('revoked_tokens').where('expires_at', '<', nowIso()).execute();
  }
}
