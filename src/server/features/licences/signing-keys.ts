// The platform's Ed25519 signing keys (issue 6). Production supplies its key in ZIMAO_SIGNING_KEY (PKCS#8 PEM) and
// zimao stores only its public half; without it zimao generates a key on first use and keeps it in signing_keys
// (development and single-site installations). Every public key that ever signed stays published, so licences
// signed before a key was retired or replaced still verify.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../../../domain/app-error.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import * as repo from './repository.ts';

export const SIGNING_KEY_ENV = 'ZIMAO_SIGNING_KEY';

export interface Signer {
  keyId: string;
  privateKey: KeyObject;
}

/** First 16 hex characters of SHA-256 of the SPKI DER public key: the same key has the same id in any database. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function publicPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

// Parsed keys are cached per process by key id. A key id is a hash of the public key, so an entry means the same
// key whichever database handle read it; which key is *current* is read again in each issuing transaction, so a
// key generated there commits or rolls back with the first licence it signs and no process keeps a stale choice.
const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject | null>();
let fromEnv: { pem: string; signer: Signer; publicPem: string } | undefined;

/** The key of ZIMAO_SIGNING_KEY, parsed once per value; undefined when the variable is not set. */
function envSigner(): { signer: Signer; publicPem: string } | undefined {
  const raw = process.env[SIGNING_KEY_ENV]?.trim();
  if (!raw) return undefined;
  if (fromEnv?.pem === raw) return fromEnv;
  let privateKey: KeyObject;
  try {
    // Environment files often carry a PEM on one line with literal \n.
    privateKey = createPrivateKey({ key: raw.replace(/\\n/g, '\n'), format: 'pem' });
  } catch {
    throw new AppError('INTERNAL', { message: `${SIGNING_KEY_ENV} is not a PEM private key` });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AppError('INTERNAL', { message: `${SIGNING_KEY_ENV} must be an Ed25519 key, not ${privateKey.asymmetricKeyType}` });
  }
  const publicKey = createPublicKey(privateKey);
  fromEnv = { pem: raw, signer: { keyId: keyIdOf(publicKey), privateKey }, publicPem: publicPem(publicKey) };
  return fromEnv;
}

function parsedPrivateKey(keyId: string, pem: string): KeyObject {
  let key = privateKeys.get(keyId);
  if (!key) {
    key = createPrivateKey({ key: pem, format: 'pem' });
    privateKeys.set(keyId, key);
  }
  return key;
}

/**
 * The key that signs in this transaction. With ZIMAO_SIGNING_KEY: that key, its public half made sure of in
 * signing_keys (private_key null). Otherwise the newest non-retired key zimao holds; on first use one is generated
 * under a transaction-level advisory lock and the table read again, so two processes starting at once keep one key.
 */
export async function signerFor(tx: Tx, now: Date): Promise<Signer> {
  const env = envSigner();
  if (env) {
    const row = await repo.findKeyRow(tx, env.signer.keyId);
    if (!row) await repo.insertKey(tx, { keyId: env.signer.keyId, publicKey: env.publicPem, privateKey: null, createdAt: now });
    else if (row.private_key !== null) await repo.forgetPrivateKey(tx, env.signer.keyId);
    return env.signer;
  }
  let row = await repo.newestPrivateKey(tx);
  if (!row) {
    await repo.lockKeyGeneration(tx);
    row = await repo.newestPrivateKey(tx);
  }
  if (!row) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyId = keyIdOf(publicKey);
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await repo.insertKey(tx, { keyId, publicKey: publicPem(publicKey), privateKey: pem, createdAt: now });
    privateKeys.set(keyId, privateKey);
    return { keyId, privateKey };
  }
  return { keyId: row.key_id, privateKey: parsedPrivateKey(row.key_id, row.private_key as string) };
}

/** A published public key by id, or null when zimao never published it (the key id is checked against the key). */
export async function publishedKey(db: DbOrTx, keyId: string): Promise<KeyObject | null> {
  if (!/^[0-9a-f]{16}$/.test(keyId)) return null;
  if (publicKeys.has(keyId)) return publicKeys.get(keyId) ?? null;
  const row = await repo.findPublicKey(db, keyId);
  if (!row) return null; // not cached: it may be published later
  let key: KeyObject | null;
  try {
    key = createPublicKey({ key: row.public_key, format: 'pem' });
    if (key.asymmetricKeyType !== 'ed25519' || keyIdOf(key) !== keyId) key = null;
  } catch {
    key = null;
  }
  publicKeys.set(keyId, key);
  return key;
}

/** Ed25519 over the UTF-8 bytes of the canonical text, base64url. */
export function signCanonical(canonical: string, signer: Signer): string {
  return sign(null, Buffer.from(canonical, 'utf8'), signer.privateKey).toString('base64url');
}

/** False for any signature that is not 64 base64url-encoded bytes of a valid Ed25519 signature; never throws. */
export function verifyCanonical(canonical: string, signature: string, publicKey: KeyObject): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  const bytes = Buffer.from(signature, 'base64url');
  // Strict encoding: one signature has one text, so a changed character never decodes to the same bytes.
  if (bytes.length !== 64 || bytes.toString('base64url') !== signature) return false;
  try {
    return verify(null, Buffer.from(canonical, 'utf8'), publicKey, bytes);
  } catch {
    return false;
  }
}
