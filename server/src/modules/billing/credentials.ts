/**
 * Subscribers' connection credentials (PPPoE login and password, static IP
 * settings) are encrypted at rest with AES-256-GCM, an authenticated cipher,
 * under `BILLING_CREDENTIALS_KEY`, a key that is never in the database. On the
 * embedded database an unset key is generated once into `DATA_DIR`; with
 * PostgreSQL the configuration requires it (every instance needs the same key).
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
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

export class CredentialsCipher {
  constructor(private readonly key: Buffer) {}

  encrypt(credentials: Credentials): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
    return `v1.${parts.join('.')}`;
  }

  /** Throws when the stored value was not made under this key or was changed. */
  decrypt(stored: string): Credentials {
    const [version, iv, tag, data] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown credentials format.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as Credentials;
  }
}
