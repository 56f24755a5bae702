/**
 * Access tokens refused before they expire: a single token after logout
 * (`jti:<id>`), or every token of a session after its refresh family was
 * revoked (`fam:<id>`: logout-all, password change or reset, token reuse,
 * deactivation). Checked on every authenticated request, so it is an in-memory
 * map: loaded from the database at start, written through on revocation, and
 * with Redis broadcast to every instance.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/dialect.js';
import { nowIso } from '../../platform/ids.js';
import type { Redis } from '../../platform/redis.js';
import { afterCommit, type Executor } from '../../platform/transaction.js';

export interface Revocation {
  id: string;
  /** When the last token it refuses expires; after that it can be forgotten. */
  expiresAt: number;
}

export class RevocationList {
  readonly #entries = new Map<string, number>();
  #subscriber: Redis | undefined;

  constructor(
    private readonly deps: { db: DB; redis: Redis | undefined; channel: string; log: FastifyBaseLogger },
  ) {}

  async init(): Promise<void> {
    const rows = await this.deps.db
      .selectFrom('revoked_tokens')
      .selectAll()
      .where('expires_at', '>', nowIso())
      .execute();
    for (const row of rows) this.#entries.set(row.id, Date.parse(row.expires_at));
    const { redis } = this.deps;
    if (redis) {
      this.#subscriber = redis.duplicate();
      await this.#subscriber.subscribe(this.deps.channel);
      this.#subscriber.on('message', (_channel, message) => {
        try {
          for (const r of JSON.parse(message) as Revocation[]) this.#entries.set(r.id, r.expiresAt);
        } catch (err) {
          this.deps.log.warn({ err }, 'ignoring a malformed revocation message');
        }
      });
    }
  }

  isRevoked(jti: string, familyId: string): boolean {
    return this.#live(`jti:${jti}`) || this.#live(`fam:${familyId}`);
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
      this.deps.redis?.publish(this.deps.channel, JSON.stringify(revocations)).catch((err: unknown) => {
        this.deps.log.error(
          { err },
          'could not broadcast a revocation; other instances learn it at their next start',
        );
      });
    });
  }

  async purgeExpired(): Promise<void> {
    await this.deps.db.deleteFrom('revoked_tokens').where('expires_at', '<', nowIso()).execute();
  }

  async close(): Promise<void> {
    await this.#subscriber?.quit();
  }
}
