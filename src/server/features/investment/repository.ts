// Investment cases, their receipt numbers and their post-investment reports in the database. Queries only; the
// record scope is applied in SQL, so nothing outside it is read.
import { sql, type Selectable } from 'kysely';
import type { RecordScope } from '../../../domain/access/record-scope.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { InvestmentCasesTable, InvestmentReportsTable } from '../../db/tables.ts';

export type CaseRow = Selectable<InvestmentCasesTable>;
export type ReportRow = Selectable<InvestmentReportsTable>;

/** Reserves the next case id (the file opened for the case carries it in its form before the case row exists). */
export async function reserveCaseId(tx: Tx): Promise<number> {
  const row = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('investment_cases', 'id'))::integer AS id`.execute(tx);
  return row.rows[0]!.id;
}

/**
 * Takes the next receipt sequence of the year. The upsert locks the year's row until the transaction ends, so
 * concurrent filings in any number of processes get distinct, consecutive numbers; a rolled-back filing gives
 * its number back.
 */
export async function takeRecordationSequence(tx: Tx, year: number): Promise<number> {
  const row = await tx
    .insertInto('investment_recordation_counters')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql<number>`investment_recordation_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export interface NewCase {
  id: number;
  kind: CaseRow['kind'];
  applicantAccountId: number;
  areaCode: string;
  name: string;
  input: Record<string, unknown>;
  classification: unknown;
  procedure: CaseRow['procedure'];
  recordationNo: string | null;
  fileId: number | null;
  securityReview: unknown;
  flagged: boolean;
  now: Date;
}

export function insertCase(tx: Tx, c: NewCase) {
  return tx
    .insertInto('investment_cases')
    .values({
      id: c.id, kind: c.kind, applicant_account_id: c.applicantAccountId, area_code: c.areaCode, name: c.name,
      input: JSON.stringify(c.input), classification: JSON.stringify(c.classification), procedure: c.procedure,
      recordation_no: c.recordationNo, file_id: c.fileId, security_review: c.securityReview == null ? null : JSON.stringify(c.securityReview),
      flagged: c.flagged, created_at: c.now,
    })
    .execute();
}

export function findCase(db: DbOrTx, id: number) {
  return db.selectFrom('investment_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Only the kind, area and applicant of a case: enough to decide access before reading the record. */
export function findCaseKeys(db: DbOrTx, id: number) {
  return db.selectFrom('investment_cases').select(['kind', 'area_code', 'applicant_account_id']).where('id', '=', id).executeTakeFirst();
}

/** Cases within a record scope, newest first; `flaggedOnly` gives the security-review list. */
export async function listCases(
  db: DbOrTx,
  scope: RecordScope,
  filter: { kind?: CaseRow['kind'] | undefined; areaCode?: string | undefined; flaggedOnly?: boolean; limit: number; offset: number },
): Promise<{ items: CaseRow[]; total: number }> {
  let q = db.selectFrom('investment_cases');
  if (scope.kind === 'area') q = q.where('area_code', '=', scope.areaCode);
  if (scope.kind === 'owner') q = q.where('applicant_account_id', '=', scope.accountId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  if (filter.flaggedOnly) q = q.where('flagged', '=', true);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // Newest first by filing time (id breaks ties), the order the security-review list merges flagged files in.
  const items = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return { items, total: Number(total.n) };
}

export function insertReport(tx: Tx, r: { caseId: number; kind: ReportRow['kind']; period: string | null; body: string; contact: unknown; reportedBy: number; now: Date }) {
  return tx
    .insertInto('investment_reports')
    .values({
      case_id: r.caseId, kind: r.kind, period: r.period, body: r.body, contact: r.contact == null ? null : JSON.stringify(r.contact),
      reported_by: r.reportedBy, reported_at: r.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listReports(db: DbOrTx, caseId: number) {
  return db.selectFrom('investment_reports').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}
