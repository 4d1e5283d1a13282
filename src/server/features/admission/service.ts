// Foreign-investment admission (Trial Measures Art. 12; domain-rules §2): the negative-list editions in the
// database and the admission check over them. Editions are append-only (never edited in place); the check runs
// on editions prepared once per change of the editions or of the industry table, in every zimao process alike.
import { createHash } from 'node:crypto';
import { AppError } from '../../../domain/app-error.ts';
import { canonicalJson } from '../../../domain/audit/chain-hash.ts';
import {
  buildIndustryLookup,
  checkAdmission,
  NegativeListEdition,
  prepareEditions,
  type AdmissionCheck,
  type AdmissionCheckInput,
  type IndustryLookup,
  type PreparedEditions,
} from '../../../domain/admission/index.ts';
import type { AdmissionCheckResponse } from '../../../schemas/admission.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { industryTableStamp, industryTree } from '../reference/service.ts';
import { readBundledEditions } from './bundled-editions.ts';
import * as repo from './repository.ts';

interface Prepared {
  stamp: string;
  checkedAt: number;
  generation: number;
  prepared: PreparedEditions;
  lookup: IndustryLookup;
  editions: Map<string, { edition: NegativeListEdition; row: repo.EditionRow }>;
}
/** Per database handle (a transaction is a handle of its own, so it always reads afresh). */
const caches = new WeakMap<object, Prepared>();
/** How long a process trusts its prepared editions before asking the database whether they changed. */
const REVALIDATE_MS = 1000;
/** Bumped when this process has committed a new edition, so its own next check looks at once. */
let generation = 0;

/** Tells this process's caches that an edition was committed here (other processes notice within a second). */
export function editionsChanged(): void {
  generation += 1;
}

/** The checksum of an edition's content, independent of key order and formatting. */
export function editionChecksum(edition: NegativeListEdition): string {
  return createHash('sha256').update(canonicalJson(edition)).digest('hex');
}

// Guarantees: the prepared editions for the database's current editions and industry table. Rebuilt when
// either changed; the change is looked for at most once a second per handle (two cheap queries), so another
// process's new edition is used within a second — editions take effect on a future date anyway.
export async function preparedEditions(db: DbOrTx): Promise<Prepared> {
  const cached = caches.get(db);
  if (cached && cached.generation === generation && Date.now() - cached.checkedAt < REVALIDATE_MS) return cached;
  const seen = generation;
  const stamp = `${await repo.editionsStamp(db)}:${await industryTableStamp(db)}`;
  if (cached?.stamp === stamp) {
    Object.assign(cached, { checkedAt: Date.now(), generation: seen });
    return cached;
  }
  const tree = await industryTree(db);
  const lookup = buildIndustryLookup(tree.rows);
  const rows = await repo.listLatestEditions(db);
  const editions = new Map(rows.map((row) => [row.code, { edition: NegativeListEdition.parse(row.content), row }]));
  const prepared = prepareEditions([...editions.values()].map((e) => e.edition), lookup.sectionOf);
  const fresh = { stamp, checkedAt: Date.now(), generation: seen, prepared, lookup, editions };
  caches.set(db, fresh);
  return fresh;
}

/** The admission check of a parsed request (AdmissionCheckInput) against the editions in the database. */
export async function checkInvestment(db: DbOrTx, input: AdmissionCheckInput): Promise<AdmissionCheckResponse> {
  const { prepared, lookup } = await preparedEditions(db);
  return toResponse(checkAdmission(input, prepared, { isKnownCode: lookup.isKnownCode }));
}

// Guarantees: the check as the API returns it (plain copies of the domain's frozen, shared parts).
function toResponse(r: AdmissionCheck): AdmissionCheckResponse {
  return {
    edition: { ...r.edition },
    outcome: r.outcome,
    compliant: r.compliant,
    measures: r.measures.map((m) => ({ ...m, industryCodes: [...m.industryCodes], conditions: m.conditions.map((c) => ({ ...c })) })),
    procedure: r.procedure,
    reasons: r.reasons.map((x) => ({ ...x })),
  };
}

/**
 * Start-up: each shipped edition whose content differs from the latest revision of its code is added as a new
 * revision (a corrected file never overwrites what was in use). Returns the codes added.
 */
export async function loadBundledEditions(tx: Tx, now: Date): Promise<string[]> {
  const added: string[] = [];
  for (const edition of readBundledEditions()) {
    const checksum = editionChecksum(edition);
    const latest = await repo.findLatestEdition(tx, edition.code);
    if (latest?.checksum === checksum) continue;
    await repo.insertEdition(tx, { ...columnsOf(edition), revision: (latest?.revision ?? 0) + 1, checksum, origin: 'bundled', loadedBy: 'system:bootstrap', loadedAt: now });
    added.push(edition.code);
  }
  return added;
}

/**
 * An administrator loads a new edition (already converted from JSON or a workbook): validated as a whole, its
 * industry codes checked against the table, refused with 409 when the code exists (editions are never edited
 * in place) or another edition takes effect the same day (NL-01 would be ambiguous).
 */
export async function loadEdition(tx: Tx, loadedBy: string, raw: unknown, now: Date): Promise<{ code: string; revision: number; measureCount: number }> {
  const parsed = NegativeListEdition.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['edition', ...(issue?.path ?? []).map(String)].join('.');
    throw new AppError('INVALID_REQUEST', { field, message: `${field}: ${issue?.message ?? 'invalid'}` });
  }
  const edition = parsed.data;
  const { lookup } = await preparedEditions(tx);
  edition.measures.forEach((m, i) => {
    if (!('industryCodes' in m)) return;
    m.industryCodes.forEach((code, j) => {
      if (!lookup.isKnownCode(code)) {
        throw new AppError('INVALID_REQUEST', { field: `edition.measures.${i}.industryCodes.${j}`, message: `measure ${m.no}: unknown GB/T 4754-2017 code ${code}` });
      }
    });
  });
  const existing = await repo.findLatestEdition(tx, edition.code);
  if (existing) {
    throw new AppError('CONFLICT', { field: 'edition.code', message: `edition ${edition.code} is already loaded (revision ${existing.revision}); editions are never edited in place — load a new edition under its own code` });
  }
  const sameDay = (await repo.listLatestEditions(tx)).find((r) => String(r.content.effectiveFrom) === edition.effectiveFrom);
  if (sameDay) {
    throw new AppError('CONFLICT', { field: 'edition.effectiveFrom', message: `edition ${sameDay.code} already takes effect on ${edition.effectiveFrom}` });
  }
  await repo.insertEdition(tx, { ...columnsOf(edition), revision: 1, checksum: editionChecksum(edition), origin: 'loaded', loadedBy, loadedAt: now });
  return { code: edition.code, revision: 1, measureCount: edition.measureCount };
}

function columnsOf(e: NegativeListEdition) {
  return {
    code: e.code, titleZh: e.titleZh, titleEn: e.titleEn, instrument: e.instrument, issuedOn: e.issuedOn, effectiveFrom: e.effectiveFrom,
    measureCount: e.measureCount, reconstructed: e.reconstructed, content: e,
  };
}
