/**
 * Token signing keys: Ed25519 (EdDSA), created on first start and stored in the
 * database so every instance signs with the same key. `mercato rotate-keys` adds
 * a new signer; older keys keep verifying (and stay in the JWKS) until the last
 * token they signed has expired.
 *
 * Access tokens are Ed25519-signed, so anyone holding the JWKS can verify them.
 * Refresh tokens are only ever read by this server: they are HS256 JWTs under a
 * secret derived (HKDF) from the same key's private part, so they rotate with it,
 * are never verifiable from the JWKS, and cost microseconds instead of an
 * Ed25519 operation each (measured in the commit that made it so).
 *
 * `jose` makes and exports the keys (JWK, thumbprints); signing and verifying on
 * the hot path go through `fast-jwt`, which uses node:crypto synchronously
 * (jose 6 goes through WebCrypto: 3-15x slower per token, measured here).
 */
import { createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto';
import { createSigner, createVerifier } from 'fast-jwt';
import type { FastifyBaseLogger } from 'fastify';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { DB } from '../../db/dialect.js';
import { recordAudit } from '../../platform/audit.js';
import type { Broadcast } from '../../platform/broadcast.js';
import { nowIso } from '../../platform/ids.js';

export const ALGORITHM = 'EdDSA';
/** The broadcast topic that tells running servers a new signing key exists. */
export const KEYS_TOPIC = 'identity.signing_keys';
export const REFRESH_ALGORITHM = 'HS256';

type Claims = Record<string, unknown>;

export interface SigningKey {
  kid: string;
  publicJwk: JWK;
  createdAt: string;
  retiredAt: string | null;
  /** Signs an access token's claims (all of them, `iat` and `exp` included). */
  signAccess(claims: Claims): string;
  /** Signs a refresh token's claims. */
  signRefresh(claims: Claims): string;
  /** Verifies signature, algorithm, issuer, expiry and the registered claims; throws fast-jwt's TokenError. */
  verifyAccess(token: string): Claims;
  verifyRefresh(token: string): Claims;
}

interface KeyRow {
  kid: string;
  public_jwk: string;
  private_jwk: string;
  created_at: string;
  retired_at: string | null;
}

function load(row: KeyRow, issuer: string): SigningKey {
  const publicJwk = JSON.parse(row.public_jwk) as JWK;
  const privateJwk = JSON.parse(row.private_jwk) as JWK & { d: string };
  const privatePem = createPrivateKey({ key: privateJwk as never, format: 'jwk' })
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
  const publicPem = createPublicKey({ key: publicJwk as never, format: 'jwk' })
    .export({ format: 'pem', type: 'spki' })
    .toString();
  const refreshSecret = Buffer.from(
    hkdfSync('sha256', Buffer.from(privateJwk.d, 'base64url'), '', 'mercato refresh tokens v1', 32),
  );
  // The claims carry their own `iat` and `exp` (from the refresh row), so re-signing is deterministic.
  const common = { kid: row.kid };
  const checks = { allowedIss: issuer, requiredClaims: ['sub', 'jti', 'exp', 'iat'], cache: false };
  return {
    kid: row.kid,
    publicJwk,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    signAccess: createSigner({ ...common, key: privatePem, algorithm: ALGORITHM }),
    signRefresh: createSigner({ ...common, key: refreshSecret, algorithm: REFRESH_ALGORITHM }),
    verifyAccess: createVerifier({ ...checks, key: publicPem, algorithms: [ALGORITHM] }),
    verifyRefresh: createVerifier({ ...checks, key: refreshSecret, algorithms: [REFRESH_ALGORITHM] }),
  };
}

export class KeyStore {
  #keys = new Map<string, SigningKey>();
  #signer: SigningKey | undefined;
  #lastReload = 0;

  constructor(
    private readonly db: DB,
    /** How long a retired key keeps verifying: the longest token lifetime. */
    private readonly retentionMs: number,
    /** The `iss` every token carries and verification demands. */
    private readonly issuer: string,
  ) {}

  /** Loads the keys, creating the first one on an empty database. */
  async init(): Promise<void> {
    await this.reload();
    if (!this.#signer) {
      await this.create();
      await this.reload();
    }
  }

  async reload(): Promise<void> {
    const rows = await this.db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute();
    const keys = new Map<string, SigningKey>();
    for (const row of rows) keys.set(row.kid, load(row, this.issuer));
    this.#keys = keys;
    // The newest active key signs; on a rare double creation at first start the newest simply wins.
    this.#signer = [...keys.values()].filter((k) => !k.retiredAt).at(-1);
    this.#lastReload = Date.now();
  }

  /** Creates a key and retires the previous signers (they keep verifying). Returns the new kid. */
  async create(): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('signing_keys')
        .set({ retired_at: now })
        .where('retired_at', 'is', null)
        .execute();
      await trx
        .insertInto('signing_keys')
        .values({
          kid,
          algorithm: ALGORITHM,
          public_jwk: JSON.stringify({ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }),
          private_jwk: JSON.stringify(await exportJWK(privateKey)),
          created_at: now,
          retired_at: null,
        })
        .execute();
    });
    return kid;
  }

  /**
   * Follows keys made elsewhere (`mercato rotate-keys`, another instance):
   * every `intervalMs` it reads the newest kid (a table of a handful of rows) and reloads
   * when it is not the one it knows; with Redis, a broadcast on `KEYS_TOPIC`
   * makes it reload at once. Returns the function that stops following.
   */
  async follow(options: {
    intervalMs: number;
    broadcast: Broadcast;
    log: FastifyBaseLogger;
  }): Promise<() => void> {
    const { intervalMs, broadcast, log } = options;
    let following = true;
    const check = async () => {
      const newest = await this.db
        .selectFrom('signing_keys')
        .select('kid')
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (following && newest && !this.#keys.has(newest.kid)) await this.reload();
    };
    const timer = setInterval(() => {
      check().catch((err: unknown) => log.warn({ err }, 'could not check for new token signing keys'));
    }, intervalMs);
    timer.unref();
    await broadcast.on(KEYS_TOPIC, () => {
      if (!following) return;
      this.reload().catch((err: unknown) => log.warn({ err }, 'could not reload the token signing keys'));
    });
    return () => {
      following = false;
      clearInterval(timer);
    };
  }

  signer(): SigningKey {
    if (!this.#signer) throw new Error('The key store is not initialised.');
    return this.#signer;
  }

  /**
   * The key with this id. An unknown kid may be a key another instance just
   * created: reload, at most once a second, before giving up.
   */
  async find(kid: string): Promise<SigningKey | undefined> {
    const known = this.#keys.get(kid);
    if (known) return known;
    if (Date.now() - this.#lastReload < 1000) return undefined;
    await this.reload();
    return this.#keys.get(kid);
  }

  /** The public keys that may still have live tokens: `/.well-known/jwks.json`. */
  jwks(): { keys: JWK[] } {
    const cutoff = Date.now() - this.retentionMs;
    return {
      keys: [...this.#keys.values()]
        .filter((k) => !k.retiredAt || Date.parse(k.retiredAt) > cutoff)
        .reverse()
        .map((k) => k.publicJwk),
    };
  }
}

/**
 * `mercato rotate-keys`: makes a new signing key, audits it, and tells the
 * running servers (at once through Redis; else they see it at their next
 * check). Returns the new kid.
 */
export async function rotateSigningKey(
  keys: KeyStore,
  ctx: { db: DB; broadcast: Broadcast },
  via: string,
): Promise<string> {
  await keys.init();
  const kid = await keys.create();
  await recordAudit(ctx.db, { action: 'keys.rotated', details: { kid, via } });
  ctx.broadcast.publish(KEYS_TOPIC, { kid });
  return kid;
}
