/**
 * Token signing keys: Ed25519 (EdDSA), created on first start and stored in the
 * database so every instance signs with the same key. `mercato rotate-keys` adds
 * a new signer; older keys keep verifying (and stay in the JWKS) until the last
 * token they signed has expired.
 */
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import type { DB } from '../../db/dialect.js';
import { nowIso } from '../../platform/ids.js';

export const ALGORITHM = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
  createdAt: string;
  retiredAt: string | null;
}

async function load(row: {
  kid: string;
  public_jwk: string;
  private_jwk: string;
  created_at: string;
  retired_at: string | null;
}): Promise<SigningKey> {
  const publicJwk = JSON.parse(row.public_jwk) as JWK;
  return {
    kid: row.kid,
    publicJwk,
    publicKey: (await importJWK(publicJwk, ALGORITHM)) as CryptoKey,
    privateKey: (await importJWK(JSON.parse(row.private_jwk), ALGORITHM)) as CryptoKey,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
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
    for (const row of rows) keys.set(row.kid, await load(row));
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
