import { createHash, randomBytes } from 'node:crypto';

/** A new random secret, URL-safe, with a readable prefix (e.g. `zt_` for API tokens). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** SHA-256 hex of a secret: what the database keeps instead of the secret. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
