// Enterprise names (issue 6; 企业名称登记管理规定 2021): the check against the register, self-declared reservations
// kept TIME-21, and the register entries other features write when they register, change or deregister a name.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { checkName, parseName, tradeNameLookupKeys, tradeNamePinyin, type ExistingName, type NameCheck, type NameQuestion, type NameStatus } from '../../../domain/names/index.ts';
import type { NameCheckRequest, NameCheckResponse, NameReservationView, ReserveNameRequest } from '../../../schemas/names.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { nameRules } from './name-rules-file.ts';
import * as repo from './repository.ts';

/**
 * The check against the register in the database, on `asOf` (the CLI without `existing`, the API, reservations,
 * establishment). `ownReservationId`: the applicant's reservation of this very name, which does not block it.
 */
export async function checkAgainstRegister(db: DbOrTx, question: NameQuestion, relatedUscc: readonly string[] = [], ownReservationId?: number): Promise<NameCheck> {
  const rules = nameRules();
  const parsed = parseName(question.name, rules);
  const rows = await repo.findCandidates(db, tradeNameLookupKeys(parsed.tradeName), question.asOf, ownReservationId);
  const related = new Set(relatedUscc);
  const existing: ExistingName[] = rows.map((r) => ({
    name: r.name,
    status: r.status as NameStatus, // findCandidates leaves out released reservations
    since: r.since,
    relatedInvestment: r.uscc !== null && related.has(r.uscc),
  }));
  return checkName(question, existing, rules);
}

export async function checkNameToday(db: DbOrTx, request: NameCheckRequest, now: Date): Promise<NameCheckResponse> {
  const asOf = civilDateInShanghai(now);
  return toResponse(asOf, await checkAgainstRegister(db, { name: request.name, asOf, legalForm: request.legalForm }, request.relatedUscc));
}

/** The check as the API and the CLI print it. */
export function toResponse(asOf: string, r: NameCheck): NameCheckResponse {
  return { asOf, parsed: { ...r.parsed }, verdict: r.verdict, reasons: [...r.reasons], conflicts: [...r.conflicts], similar: [...r.similar], tradeNamePinyin: r.tradeNamePinyin };
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // A month without that day ends the period on its last day (民法典 Art. 202 counts to the corresponding day).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Self-declares a name (Art. 16): checked again under a lock on its trade name, so two applicants cannot both take
 * one trade name; a rejected or conflicting name is refused with the check as details; the commitment and the
 * similar names shown are kept with the reservation.
 */
export async function reserveName(tx: Tx, actor: AccountActor, request: ReserveNameRequest, now: Date): Promise<{ reservation: NameReservationView; check: NameCheckResponse }> {
  const rules = nameRules();
  const asOf = civilDateInShanghai(now);
  const parsed = parseName(request.name, rules);
  await repo.lockTradeName(tx, parsed.tradeName);
  const result = await checkAgainstRegister(tx, { name: request.name, asOf, legalForm: request.legalForm }, request.relatedUscc);
  const check = toResponse(asOf, result);
  if (result.verdict === 'rejected') throw new AppError('NAME_REJECTED', { field: 'name', message: result.reasons.map((r) => r.en).join(' '), details: { check } });
  if (result.verdict === 'conflict') throw new AppError('NAME_CONFLICT', { field: 'name', message: result.reasons.map((r) => r.en).join(' '), details: { check } });
  const id = await repo.insertName(tx, {
    name: parsed.normalized,
    trade_name: parsed.tradeName,
    trade_name_pinyin: tradeNamePinyin(parsed.tradeName),
    industry: parsed.industry,
    status: 'reserved',
    since: asOf,
    reserved_until: addMonths(asOf, rules.reservationMonths),
    uscc: null,
    account_id: actor.account.id,
    commitment: JSON.stringify({ committedAt: now.toISOString(), similarShown: result.similar.map((s) => s.name), relatedUscc: request.relatedUscc ?? [] }),
  });
  const row = await repo.findName(tx, id);
  return { reservation: toView(row!, asOf), check };
}

export async function listMyReservations(db: DbOrTx, actor: AccountActor, now: Date): Promise<NameReservationView[]> {
  const asOf = civilDateInShanghai(now);
  return (await repo.listByAccount(db, actor.account.id, 200)).map((r) => toView(r, asOf));
}

/** The applicant gives a reservation up: the trade name is free at once. Only the holder, only while reserved. */
export async function releaseReservation(tx: Tx, actor: AccountActor, id: number, now: Date): Promise<NameReservationView> {
  const row = await repo.findName(tx, id);
  if (!row || row.account_id !== actor.account.id) throw new AppError('NOT_FOUND', { field: 'id', message: `no reservation ${id} of yours` });
  const asOf = civilDateInShanghai(now);
  if (row.status !== 'reserved' || row.reserved_until! < asOf) throw new AppError('CONFLICT', { field: 'id', message: `reservation ${id} is ${row.status === 'reserved' ? 'expired' : row.status}, not held` });
  await repo.setStatus(tx, id, 'released', asOf);
  return toView((await repo.findName(tx, id))!, asOf);
}

/** Holds the name's trade name until the transaction ends, so a check made now still holds at its insert. */
export async function lockName(tx: Tx, name: string): Promise<void> {
  await repo.lockTradeName(tx, parseName(name, nameRules()).tradeName);
}

/**
 * Whether the applicant's reservation can carry an establishment of `name` on `asOf`: it must be theirs, still held,
 * not past its day (TIME-21), and for the same name (spaces and bracket widths aside).
 */
export async function reservationProblem(db: DbOrTx, accountId: number, id: number, name: string, asOf: string): Promise<string | null> {
  const row = await repo.findName(db, id);
  if (!row || row.account_id !== accountId) return `no reservation ${id} of the applicant`;
  if (row.status !== 'reserved') return `reservation ${id} is ${row.status}`;
  if (row.reserved_until! < asOf) return `reservation ${id} expired on ${row.reserved_until}`;
  if (row.name !== parseName(name, nameRules()).normalized) return `reservation ${id} is for ${row.name}, not ${name}`;
  return null;
}

/**
 * The name of a newly registered enterprise goes on the register: its reservation becomes the registered name, or,
 * without one, a registered row is added. Called inside the registration's transaction.
 */
export async function registerName(tx: Tx, input: { name: string; uscc: string; since: string; accountId: number | null; reservationId?: number | undefined }): Promise<number> {
  if (input.reservationId !== undefined) {
    await repo.setStatus(tx, input.reservationId, 'registered', input.since, input.uscc);
    return input.reservationId;
  }
  return recordRegisteredName(tx, input);
}

/**
 * A change registration of the name: the enterprise's registered name becomes a former name ('changed' since the day
 * of the change, so it still blocks others for a year, Art. 17) and the new name is registered as registerName does,
 * through the applicant's reservation when one is named. Called inside the change's transaction.
 */
export async function changeRegisteredName(tx: Tx, input: { name: string; uscc: string; since: string; accountId: number | null; reservationId?: number | undefined }): Promise<number> {
  for (const row of await repo.findRegisteredOf(tx, input.uscc)) await repo.setStatus(tx, row.id, 'changed', input.since);
  return registerName(tx, input);
}

/** The registered name of an enterprise leaves the register (deregistered or revoked): it still blocks for a year (Art. 17). */
export async function markNameGone(tx: Tx, uscc: string, status: 'deregistered' | 'revoked', since: string): Promise<void> {
  await repo.setStatusOfUscc(tx, uscc, status, since);
}

/** Puts a registered enterprise's name on the register (the demo seed; establishment, issue 6). */
export async function recordRegisteredName(db: DbOrTx, input: { name: string; uscc: string; since: string; accountId: number | null }): Promise<number> {
  const parsed = parseName(input.name, nameRules());
  return repo.insertName(db, {
    name: parsed.normalized,
    trade_name: parsed.tradeName,
    trade_name_pinyin: tradeNamePinyin(parsed.tradeName),
    industry: parsed.industry,
    status: 'registered',
    since: input.since,
    reserved_until: null,
    uscc: input.uscc,
    account_id: input.accountId,
    commitment: null,
  });
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findName>>>;

function toView(row: Row, asOf: string): NameReservationView {
  const commitment = row.commitment as { similarShown?: string[] } | null;
  return {
    id: row.id,
    name: row.name,
    tradeName: row.trade_name,
    industry: row.industry,
    status: row.status,
    since: row.since,
    reservedUntil: row.reserved_until,
    expired: row.status === 'reserved' && row.reserved_until !== null && row.reserved_until < asOf,
    uscc: row.uscc,
    similarShown: commitment?.similarShown ?? [],
  };
}
