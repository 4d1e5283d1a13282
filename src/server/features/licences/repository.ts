// Queries of the licences feature: business_licences (every version issued, never changed but for superseded_at)
// and signing_keys (the platform's Ed25519 keys; their public halves are published).
import { sql } from 'kysely';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';

/**
 * Serialises the issues of one enterprise's licence across processes until the transaction ends, so two
 * concurrent issues read different previous versions (1 then 2, never two 1s). An advisory lock also covers
 * the first version, where there is no earlier row to lock; the unique (uscc, version) constraint stays as the backstop.
 */
export async function lockLicencesOf(tx: Tx, uscc: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'business-licence:' + uscc}))`.execute(tx);
}

/** Serialises the generation of the platform's first signing key, so two processes starting at once keep one key. */
export async function lockKeyGeneration(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('zimao:signing-key-generation'))`.execute(tx);
}

export function findLatest(db: DbOrTx, uscc: string) {
  return db.selectFrom('business_licences').selectAll().where('uscc', '=', uscc).orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export function findVersion(db: DbOrTx, uscc: string, version: number) {
  return db.selectFrom('business_licences').selectAll().where('uscc', '=', uscc).where('version', '=', version).executeTakeFirst();
}

export function latestVersionNumber(db: DbOrTx, uscc: string) {
  return db
    .selectFrom('business_licences')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('uscc', '=', uscc)
    .executeTakeFirst()
    .then((r) => (r?.version == null ? null : Number(r.version)));
}

export function supersede(tx: Tx, id: number, at: Date) {
  return tx.updateTable('business_licences').set({ superseded_at: at }).where('id', '=', id).where('superseded_at', 'is', null).execute();
}

// The insert and the signing key's read run at every registration and change: built and compiled once (issue 8).
const insertLicenceOnce = compiledOnce((db, v: { uscc: string; version: number; canonical: string; signature: string; keyId: string; issuedAt: Date }) =>
  db
    .insertInto('business_licences')
    .values({
      uscc: v.uscc,
      version: v.version,
      // The canonical text is valid JSON: jsonb keeps the same document for queries, canonical the exact bytes signed.
      document: v.canonical,
      canonical: v.canonical,
      signature: v.signature,
      key_id: v.keyId,
      issued_at: v.issuedAt,
    })
    .returningAll(),
);

export async function insertLicence(tx: Tx, row: { uscc: string; version: number; canonical: string; signature: string; keyId: string; issuedAt: Date }) {
  const inserted = (await insertLicenceOnce(tx, row)).rows[0];
  if (inserted === undefined) throw new Error(`the licence of ${row.uscc}, version ${row.version}, was not inserted`);
  return inserted;
}

export type LicenceRow = Awaited<ReturnType<typeof insertLicence>>;

export function listKeys(db: DbOrTx) {
  return db
    .selectFrom('signing_keys')
    .select(['key_id', 'algorithm', 'public_key', 'created_at', 'retired_at'])
    .orderBy('created_at')
    .orderBy('key_id')
    .execute();
}

export function findPublicKey(db: DbOrTx, keyId: string) {
  return db.selectFrom('signing_keys').select(['key_id', 'public_key', 'retired_at']).where('key_id', '=', keyId).executeTakeFirst();
}

/** The newest key zimao holds the private half of and has not retired: the one it signs with. */
const newestPrivateKeyOnce = compiledOnce((db) =>
  db
    .selectFrom('signing_keys')
    .select(['key_id', 'private_key'])
    .where('private_key', 'is not', null)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('key_id', 'desc')
    .limit(1),
);

export async function newestPrivateKey(db: DbOrTx) {
  return (await newestPrivateKeyOnce(db, {})).rows[0];
}

export function findKeyRow(db: DbOrTx, keyId: string) {
  return db.selectFrom('signing_keys').select(['key_id', 'private_key']).where('key_id', '=', keyId).executeTakeFirst();
}

export function insertKey(tx: Tx, row: { keyId: string; publicKey: string; privateKey: string | null; createdAt: Date }) {
  return tx
    .insertInto('signing_keys')
    .values({ key_id: row.keyId, algorithm: 'Ed25519', public_key: row.publicKey, private_key: row.privateKey, created_at: row.createdAt })
    .onConflict((oc) => oc.column('key_id').doNothing())
    .execute();
}

/** A key supplied by the environment is held there only: a copy of its private half in the table is wiped. */
export function forgetPrivateKey(tx: Tx, keyId: string) {
  return tx.updateTable('signing_keys').set({ private_key: null }).where('key_id', '=', keyId).where('private_key', 'is not', null).execute();
}
