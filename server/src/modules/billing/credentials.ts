/**
 * Subscribers' connection credentials (PPPoE login and password, static IP
 * settings) are encrypted at rest with AES-256-GCM, an authenticated cipher,
 * under `BILLING_CREDENTIALS_KEY`, a key that is never in the database. On the
 * embedded database an unset key is generated once into `DATA_DIR`; with
 * PostgreSQL the configuration requires it (every instance needs the same key).
 *
 * Stored form: `v2.<key id>.<iv>.<tag>.<ciphertext>`, each part base64url; the
 * key id (the first 8 bytes of the key's SHA-256) says which key made it, so
 * during a rotation (`BILLING_CREDENTIALS_OLD_KEYS`, `mercato billing
 * rotate-key`) values under the old key and the new one both read. Values
 * from before key ids (`v1.<iv>.<tag>.<ciphertext>`) are tried with each key.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';

export type Credentials = Record<string, string>;

export const KEY_FILE = 'billing-credentials.key';

/** The key from the settings, or (embedded database only) the one in `DATA_DIR`, made on first start. */
export function loadCredentialsKey(config: Pick<Config, 'BILLING_CREDENTIALS_KEY' | 'DATA_DIR'>): Buffer {
  if (config.BILLING_CREDENTIALS_KEY) return Buffer.from(config.BILLING_CREDENTIALS_KEY, 'base64');
  const file = path.join(config.DATA_DIR, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    try {
      // `wx`: two processes starting at once keep the first one's key.
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
    }
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key.`);
  return key;
}

/** The key's id in stored values: the first 8 bytes of its SHA-256, base64url. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest().subarray(0, 8).toString('base64url');
}

/** The current key and the old ones still read (`BILLING_CREDENTIALS_OLD_KEYS`). */
export function loadCredentialsKeys(
  config: Pick<Config, 'BILLING_CREDENTIALS_KEY' | 'BILLING_CREDENTIALS_OLD_KEYS' | 'DATA_DIR'>,
): { current: Buffer; old: Buffer[] } {
  return {
    current: loadCredentialsKey(config),
    old: config.BILLING_CREDENTIALS_OLD_KEYS.map((k) => Buffer.from(k, 'base64')),
  };
}

export class CredentialsCipher {
  readonly currentKeyId: string;
  readonly #keys: Map<string, Buffer>;

  /** Encrypts under `key`; reads values made under it or any of `oldKeys`. */
  constructor(
    private readonly key: Buffer,
    oldKeys: readonly Buffer[] = [],
  ) {
    this.currentKeyId = keyId(key);
    this.#keys = new Map([...oldKeys, key].map((k) => [keyId(k), k]));
  }

  encrypt(credentials: Credentials): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
    return `v2.${this.currentKeyId}.${parts.join('.')}`;
  }

  /** Whether a stored value was made under the current key (a rotation leaves those alone). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`v2.${this.currentKeyId}.`);
  }

  /** Throws when the stored value was made under none of the keys, or was changed. */
  decrypt(stored: string): Credentials {
    const parts = stored.split('.');
    if (parts[0] === 'v2' && parts.length === 5) {
      const key = this.#keys.get(parts[1] ?? '');
      if (!key) throw new Error('Credentials made under a key that is not configured.');
      return open(key, parts.slice(2));
    }
    if (parts[0] === 'v1' && parts.length === 4) {
      // Before key ids: the key that authenticates it is the one.
      for (const key of this.#keys.values()) {
        try {
          return open(key, parts.slice(1));
        } catch {
          // Not this key.
        }
      }
      throw new Error('Credentials made under a key that is not configured.');
    }
    throw new Error('Unknown credentials format.');
  }
}

function open(key: Buffer, [iv = '', tag = '', data = '']: string[]): Credentials {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as Credentials;
}
