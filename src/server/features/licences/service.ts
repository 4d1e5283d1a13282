// Electronic business licences (issue 6; REG-02: the electronic licence has the same legal effect as the paper one).
// The registration feature issues a licence inside its own transaction (and writes the audit row); everyone may
// read a licence, the published keys, and have a signed licence verified, as the register is public.
import { AppError } from '../../../domain/app-error.ts';
import { canonicalJson } from '../../../domain/audit/chain-hash.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import {
  LicenceDocument,
  LicenceFields,
  type LicenceView,
  type SigningKeyListResponse,
  type VerifyLicenceRequest,
  type VerifyLicenceResponse,
} from '../../../schemas/licences.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { publicEnterpriseStatus } from '../enterprises/service.ts';
import * as repo from './repository.ts';
import { publishedKey, signCanonical, signerFor, verifyCanonical, type Signer } from './signing-keys.ts';
import { verdictReasons } from './verify-reasons.ts';

/** The public page a licence's QR code opens (the web app's route); the PDF prefixes it with the request's origin. */
export function verifyPath(uscc: string, version: number): string {
  return `/verify/licence/${uscc}/${version}`;
}

function toView(row: repo.LicenceRow, latestVersion: number, signed?: LicenceDocument): LicenceView {
  return {
    uscc: row.uscc,
    version: row.version,
    // The signed bytes are the truth: parsing them gives back exactly the document whose canonical JSON was signed.
    document: signed ?? LicenceDocument.parse(JSON.parse(row.canonical)),
    signature: row.signature,
    keyId: row.key_id,
    issuedAt: row.issued_at.toISOString(),
    supersededAt: row.superseded_at?.toISOString() ?? null,
    current: row.superseded_at === null && row.version === latestVersion,
  };
}

/**
 * Issues the next version of an enterprise's licence in the caller's transaction: 1 for a new enterprise, the
 * previous version + 1 after a change, which supersedes the previous one. Concurrent issues for one credit code
 * are serialised by a lock held to the end of the transaction. `issuedBy` names the issuing actor for the caller's
 * audit row (business_licences keeps no actor; the audit trail does).
 */
export async function issueLicence(tx: Tx, fields: LicenceFields, issuedBy: string, now: Date): Promise<LicenceView> {
  const data = validLicenceFields(fields, issuedBy);
  if (!(await publicEnterpriseStatus(tx, data.uscc))) {
    throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${data.uscc} on the register` });
  }
  await repo.lockLicencesOf(tx, data.uscc);
  const previous = await repo.findLatest(tx, data.uscc);
  if (previous) await repo.supersede(tx, previous.id, now);
  return signAndKeep(tx, data, (previous?.version ?? 0) + 1, now);
}

/**
 * Version 1 of the licence of an enterprise the caller put on the register in this same transaction. No other
 * transaction can see that enterprise yet, so there is no register to check, no lock to take and no earlier version
 * to read (three round trips fewer on every registration, issue 8); the unique (uscc, version) constraint stays as
 * the backstop.
 */
export async function issueFirstLicence(tx: Tx, fields: LicenceFields, issuedBy: string, now: Date, signer?: Signer): Promise<LicenceView> {
  return signAndKeep(tx, validLicenceFields(fields, issuedBy), FIRST_LICENCE_VERSION, now, signer);
}

/** The version of an enterprise's first licence. */
export const FIRST_LICENCE_VERSION = 1;

/**
 * The key that will sign in this transaction, read before the licence's fields are all known, so that a registration
 * reads it together with its other reads (issue 8) and passes it to issueFirstLicence.
 */
export function licenceSigner(tx: Tx, now: Date): Promise<Signer> {
  return signerFor(tx, now);
}

function validLicenceFields(fields: LicenceFields, issuedBy: string): LicenceFields {
  if (!issuedBy.trim()) throw new AppError('INVALID_REQUEST', { field: 'issuedBy', message: 'a licence is issued by a named actor' });
  const parsed = LicenceFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const extra = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = [...(issue?.path.map(String) ?? []), ...(extra ? [extra] : [])].join('.') || 'fields';
  throw new AppError('INVALID_REQUEST', { field, message: issue?.message ?? 'invalid licence fields' });
}

async function signAndKeep(tx: Tx, data: LicenceFields, version: number, now: Date, given?: Signer): Promise<LicenceView> {
  const signer = given ?? (await signerFor(tx, now));
  const document: LicenceDocument = {
    ...data,
    version,
    issuedOn: civilDateInShanghai(now),
    keyId: signer.keyId,
    verify: verifyPath(data.uscc, version),
  };
  const canonical = canonicalJson(document);
  const signature = signCanonical(canonical, signer);
  const row = await repo.insertLicence(tx, { uscc: data.uscc, version, canonical, signature, keyId: signer.keyId, issuedAt: now });
  // The document just signed is the one its canonical bytes parse to: no need to parse them back.
  return toView(row, version, document);
}

/** The newest licence of an enterprise, or null when none was issued. */
export async function currentLicence(db: DbOrTx, uscc: string): Promise<LicenceView | null> {
  const row = await repo.findLatest(db, uscc.toUpperCase());
  return row ? toView(row, row.version) : null;
}

/** One licence: the current one when `version` is left out; NOT_FOUND naming the field that found nothing. */
export async function getLicence(db: DbOrTx, uscc: string, version?: number): Promise<LicenceView> {
  const code = uscc.toUpperCase();
  if (version === undefined) {
    const current = await currentLicence(db, code);
    if (!current) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no licence issued to ${code}` });
    return current;
  }
  const row = await repo.findVersion(db, code, version);
  if (!row) {
    const latest = await repo.latestVersionNumber(db, code);
    if (latest === null) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no licence issued to ${code}` });
    throw new AppError('NOT_FOUND', { field: 'version', message: `${code} has versions 1–${latest}` });
  }
  return toView(row, (await repo.latestVersionNumber(db, code)) ?? row.version);
}

/** Every public key zimao ever signed with, so anyone can check a licence without asking zimao. */
export async function listKeys(db: DbOrTx): Promise<SigningKeyListResponse> {
  const rows = await repo.listKeys(db);
  return {
    keys: rows.map((r) => ({
      keyId: r.key_id,
      algorithm: 'Ed25519' as const,
      publicKey: r.public_key,
      createdAt: r.created_at.toISOString(),
      retiredAt: r.retired_at?.toISOString() ?? null,
    })),
  };
}

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * Checks a signed licence: the signature against the key it names, that zimao issued this very document, that it
 * is the newest version, and the enterprise's status on the register today. Every negative answer carries a reason;
 * nothing a client sends can make it fail with more than a 400 (a tampered document is simply not valid).
 */
export async function verifyLicence(db: DbOrTx, input: VerifyLicenceRequest): Promise<VerifyLicenceResponse> {
  const { document, signature } = input;
  const keyId = typeof document.keyId === 'string' ? document.keyId : null;
  const uscc = typeof document.uscc === 'string' && USCC.test(document.uscc) ? document.uscc : null;
  const version = typeof document.version === 'number' && Number.isSafeInteger(document.version) && document.version >= 1 ? document.version : null;

  const canonical = canonicalJson(document);
  const publicKey = keyId ? await publishedKey(db, keyId) : null;
  const signatureValid = publicKey !== null && verifyCanonical(canonical, signature, publicKey);

  // version is an integer column: a larger number is simply not a version zimao issued.
  const stored = uscc && version && version <= 2_147_483_647 ? await repo.findVersion(db, uscc, version) : undefined;
  const issued = signatureValid && stored !== undefined && stored.signature === signature && stored.canonical === canonical;
  const currentVersion = uscc ? await repo.latestVersionNumber(db, uscc) : null;
  const current = issued && stored?.superseded_at === null && stored.version === currentVersion;
  const enterprise = uscc ? await publicEnterpriseStatus(db, uscc) : null;

  const reasons = verdictReasons({
    wellFormed: uscc !== null && version !== null && LicenceDocument.safeParse(document).success,
    uscc,
    keyId,
    knownKey: publicKey !== null,
    signatureValid,
    issued,
    current,
    currentVersion,
    supersededOn: issued && stored?.superseded_at ? civilDateInShanghai(stored.superseded_at) : null,
    enterprise,
  });
  return {
    signatureValid,
    keyId,
    knownKey: publicKey !== null,
    issued,
    current,
    uscc,
    version,
    currentVersion,
    supersededAt: issued ? (stored?.superseded_at?.toISOString() ?? null) : null,
    enterprise,
    reasons,
  };
}
