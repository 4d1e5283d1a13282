import { recordScope, scopeAllows } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { EnterpriseListResponse, EnterpriseView } from '../../../schemas/enterprises.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { RegisterEntryListResponse } from '../../../schemas/changes.ts';
import { recordRegisteredName } from '../names/service.ts';
import * as repo from './repository.ts';

// The register as the public sees it: search and open-data snapshot (issue 8).
export { searchPublicRegister, writeEnterpriseSnapshot, SNAPSHOT_COLUMNS } from './public-register.ts';

function toView(row: NonNullable<Awaited<ReturnType<typeof repo.findEnterprise>>>): EnterpriseView {
  return {
    uscc: row.uscc,
    name: row.name,
    areaCode: row.area_code,
    districtCode: row.district_code,
    industryCode: row.industry_code,
    status: row.status,
    establishedOn: row.established_on,
  };
}

/**
 * Enterprises the actor may see. An area officer asking for another area is refused (403) before
 * anything is read, rather than shown an empty list that would hide the refusal.
 */
export async function listEnterprises(db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined; limit: number; offset: number }): Promise<EnterpriseListResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  const { items, total } = await repo.listEnterprises(db, scope, query);
  return { items: items.map(toView), total };
}

/** One enterprise, or NOT_FOUND; FORBIDDEN when it lies outside the actor's scope (its data is not read). */
export async function getEnterprise(db: DbOrTx, actor: AccountActor, uscc: string): Promise<EnterpriseView> {
  const keys = await repo.findEnterpriseKeys(db, uscc.toUpperCase());
  if (!keys) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  if (!scopeAllows(recordScope(actor.account), { areaCode: keys.area_code, ownerId: keys.owner_account_id })) {
    throw new AppError('FORBIDDEN', { field: 'uscc', message: 'this enterprise lies outside your area' });
  }
  const row = await repo.findEnterprise(db, uscc.toUpperCase());
  if (!row) throw new AppError('NOT_FOUND', { field: 'uscc' });
  return toView(row);
}

/** The register history of one enterprise (establishment, changes, filings, deregistration), for whoever may read it. */
export async function listRegisterHistory(db: DbOrTx, actor: AccountActor, uscc: string): Promise<RegisterEntryListResponse> {
  const enterprise = await getEnterprise(db, actor, uscc);
  const rows = await repo.listRegisterEntries(db, enterprise.uscc);
  return { items: rows.map((r) => ({ id: r.id, kind: r.kind, summary: r.summary, recordedAt: r.recorded_at.toISOString() })) };
}

/**
 * Locks the enterprise's row to the end of the transaction (two changes of one enterprise at once) and returns what
 * registerFacts returns, or null.
 */
export async function lockRegisterFacts(tx: Tx, uscc: string) {
  await repo.lockEnterprise(tx, uscc.toUpperCase());
  return registerFacts(tx, uscc);
}

/** A change registration (MER Art. 24) writes the new name, place, main industry and particulars; the caller writes the register entry. */
export async function changeParticulars(
  tx: Tx,
  input: { uscc: string; name: string; areaCode: string; districtCode: string; industryCode: string; particulars: Record<string, unknown> },
): Promise<void> {
  await repo.updateParticulars(tx, input.uscc, { name: input.name, area_code: input.areaCode, district_code: input.districtCode, industry_code: input.industryCode, particulars: JSON.stringify(input.particulars) });
}

/**
 * Puts an entity on the register, and its name on the name register so later names are checked against it
 * (used by the demo seed until establishment, issue 6, lands).
 */
export async function addEnterprise(
  db: DbOrTx,
  input: {
    uscc: string;
    name: string;
    areaCode: string;
    districtCode: string;
    industryCode: string;
    establishedOn: string;
    ownerAccountId: number | null;
    /** The registered particulars (登记事项) of an enterprise registered through zimao. */
    particulars?: Record<string, unknown>;
    /** The register entry of its establishment; the name register is then written by the caller. */
    recordedBy?: string;
  },
): Promise<void> {
  const row = {
    uscc: input.uscc,
    name: input.name,
    area_code: input.areaCode,
    district_code: input.districtCode,
    industry_code: input.industryCode,
    status: 'registered' as const,
    established_on: input.establishedOn,
    owner_account_id: input.ownerAccountId,
    particulars: input.particulars ? JSON.stringify(input.particulars) : null,
  };
  if (input.recordedBy) {
    const summary = JSON.stringify({ name: input.name, establishedOn: input.establishedOn });
    await repo.insertEnterpriseWithEntry(db, row, { kind: 'establishment', summary, recorded_by: input.recordedBy });
  } else {
    await repo.insertEnterprise(db, row);
    await recordRegisteredName(db, { name: input.name, uscc: input.uscc, since: input.establishedOn, accountId: input.ownerAccountId });
  }
}

/** An entry of the enterprise's register history (establishment, change, filing, deregistration); append-only. */
export async function recordRegisterEntry(db: DbOrTx, entry: { uscc: string; kind: 'establishment' | 'change' | 'filing' | 'deregistration'; summary: Record<string, unknown>; recordedBy: string }): Promise<void> {
  await repo.insertRegisterEntry(db, { uscc: entry.uscc, kind: entry.kind, summary: JSON.stringify(entry.summary), recorded_by: entry.recordedBy });
}

/**
 * The public particulars of one enterprise — credit code, name, registration status — as the national enterprise
 * credit publicity system shows them to anyone; null when the code is not on the register. No scope applies: the
 * public licence verification (issue 6) reads it.
 */
export async function publicEnterpriseStatus(db: DbOrTx, uscc: string): Promise<{ uscc: string; name: string; status: string } | null> {
  const row = await repo.findEnterprise(db, uscc.toUpperCase());
  return row ? { uscc: row.uscc, name: row.name, status: row.status } : null;
}

/** What other features need of an enterprise on the register: owner, status and particulars (null for the demo's). */
export async function registerFacts(db: DbOrTx, uscc: string) {
  const row = await repo.findEnterprise(db, uscc.toUpperCase());
  return row ? { uscc: row.uscc, name: row.name, status: row.status, areaCode: row.area_code, ownerAccountId: row.owner_account_id, establishedOn: row.established_on, particulars: row.particulars } : null;
}

/** Enterprises on the register that list `uscc` among their investors (EXIT-05: investments in other entities). */
export async function enterprisesInvestedBy(db: DbOrTx, uscc: string): Promise<string[]> {
  return (await repo.findInvestedBy(db, uscc.toUpperCase())).map((r) => r.name);
}

/** Changes the enterprise's register status (deregistered, …); the register entry is written by the caller. */
export async function setEnterpriseStatus(db: DbOrTx, uscc: string, status: string): Promise<void> {
  await repo.updateStatus(db, uscc, status);
}

/**
 * Enterprises on the register (not deregistered) the actor may see, counted per area and GB/T 4754 code with their
 * registered capital where the register holds it: what the clusters' statistics (issue 7) classify. An area officer
 * asking for another area is refused (403) before anything is read.
 */
export async function enterpriseCountsByIndustry(db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined }) {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  return repo.countByAreaAndIndustry(db, scope, query);
}

/**
 * The register's stock by area, GB/T 4754 section and status (counts, foreign-invested, registered capital) for the
 * dashboards, from the rollup kept by triggers. An area officer reads its own area only (403 for another); an owner
 * has no aggregate view.
 */
export async function enterpriseStock(db: DbOrTx, actor: AccountActor, query: { areaCode?: string | undefined }) {
  const scope = recordScope(actor.account);
  if (scope.kind === 'owner') throw new AppError('FORBIDDEN', { message: 'aggregates of the register are for officers' });
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  return repo.stockByAreaSectionStatus(db, scope.kind === 'area' ? scope.areaCode : (query.areaCode ?? null));
}

/**
 * Registrations per area, month and GB/T 4754 class (count, with a foreign investor, registered capital in yuan),
 * over the whole register: aggregate figures for the indicators feature (issue 7), no enterprise is identified.
 */
export async function registrationsByMonth(db: DbOrTx) {
  return repo.registrationsByMonth(db);
}

/** Enterprises established per area and month, of one year when given (the classes summed in the database). */
export async function registrationsByAreaMonth(db: DbOrTx, year?: number) {
  return repo.registrationsByAreaMonth(db, year);
}

/**
 * Folds the register's rollup deltas into their totals (zimao serve every few seconds, zimao generate at its end):
 * readers see the same figures before and after, only faster after.
 */
export async function foldRegisterRollups(db: DbOrTx): Promise<number> {
  return repo.foldRollups(db);
}
