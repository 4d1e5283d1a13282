// Indicator submissions, values and their history in the database. Queries only: the rules (validation, four eyes,
// what counts) are in the service and src/domain/indicators. `numeric` columns come back as strings and are turned
// into numbers here, so nothing above sees them.
import { sql, type Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { IndicatorSubmissionsTable, IndicatorValueHistoryTable, IndicatorValuesTable } from '../../db/tables.ts';

export type SubmissionRow = Selectable<IndicatorSubmissionsTable>;
export type HistoryRow = Omit<Selectable<IndicatorValueHistoryTable>, 'old_value' | 'new_value' | 'entered_value'> & {
  old_value: number | null;
  new_value: number | null;
  entered_value: number | null;
};
export interface ValueRow extends Omit<Selectable<IndicatorValuesTable>, 'approved_value' | 'pending_value'> {
  approved_value: number | null;
  pending_value: number | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));
const toValueRow = (r: Selectable<IndicatorValuesTable>): ValueRow => ({ ...r, approved_value: num(r.approved_value), pending_value: num(r.pending_value) });
const toHistoryRow = (r: Selectable<IndicatorValueHistoryTable>): HistoryRow => ({ ...r, old_value: num(r.old_value), new_value: num(r.new_value), entered_value: num(r.entered_value) });

/** Every approved value: what counts in progress. */
export async function listApproved(db: DbOrTx, indicatorCodes?: readonly string[]) {
  let q = db.selectFrom('indicator_values').select(['indicator_code', 'area_code', 'period', 'approved_value']).where('approved_value', 'is not', null);
  if (indicatorCodes) q = q.where('indicator_code', 'in', indicatorCodes.length > 0 ? [...indicatorCodes] : ['']);
  const rows = await q.execute();
  return rows.map((r) => ({ indicatorCode: r.indicator_code, scope: r.area_code, period: r.period, value: Number(r.approved_value) }));
}

/** The current values of one area (approved or pending) for the given indicators, locked until the transaction ends. */
export async function lockValues(tx: Tx, areaCode: string, indicatorCodes: readonly string[]): Promise<ValueRow[]> {
  if (indicatorCodes.length === 0) return [];
  const rows = await tx.selectFrom('indicator_values').selectAll().where('area_code', '=', areaCode).where('indicator_code', 'in', [...indicatorCodes]).forUpdate().execute();
  return rows.map(toValueRow);
}

export async function listAreaValues(db: DbOrTx, areaCode: string): Promise<ValueRow[]> {
  return (await db.selectFrom('indicator_values').selectAll().where('area_code', '=', areaCode).execute()).map(toValueRow);
}

export function insertSubmission(tx: Tx, s: { areaCode: string; channel: 'form' | 'upload'; fileName: string | null; reason: string | null; valueCount: number; submittedBy: number; at: Date }) {
  return tx
    .insertInto('indicator_submissions')
    .values({ area_code: s.areaCode, channel: s.channel, file_name: s.fileName, reason: s.reason, value_count: s.valueCount, submitted_by: s.submittedBy, submitted_at: s.at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Puts the values as pending of the submission: new keys are inserted, known ones get the new pending value and the
 * next revision. Returns each key's row id and revision.
 */
export async function upsertPending(tx: Tx, submissionId: number, areaCode: string, values: readonly { indicatorCode: string; period: string; periodKind: 'month' | 'quarter' | 'year'; value: number }[]) {
  if (values.length === 0) return [];
  const rows = await tx
    .insertInto('indicator_values')
    .values(values.map((v) => ({ indicator_code: v.indicatorCode, area_code: areaCode, period: v.period, period_kind: v.periodKind, pending_value: v.value, pending_submission_id: submissionId })))
    .onConflict((oc) =>
      oc.constraint('indicator_values_key').doUpdateSet((eb) => ({
        pending_value: eb.ref('excluded.pending_value'),
        pending_submission_id: eb.ref('excluded.pending_submission_id'),
        revision: sql<number>`indicator_values.revision + 1`,
      })),
    )
    .returning(['id', 'indicator_code', 'period', 'revision'])
    .execute();
  return rows;
}

export async function insertHistory(tx: Tx, rows: readonly Omit<HistoryRow, 'id'>[]) {
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 500) await tx.insertInto('indicator_value_history').values(rows.slice(i, i + 500).map((r) => ({ ...r }))).execute();
}

export async function findSubmission(db: DbOrTx, id: number) {
  return db.selectFrom('indicator_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockSubmission(tx: Tx, id: number) {
  return tx.selectFrom('indicator_submissions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The values still pending from the submission (a later submission may have replaced some). */
export async function pendingOf(tx: Tx, submissionId: number): Promise<ValueRow[]> {
  return (await tx.selectFrom('indicator_values').selectAll().where('pending_submission_id', '=', submissionId).forUpdate().execute()).map(toValueRow);
}

/** Adopts the pending values of the submission as approved. */
export function approvePending(tx: Tx, submissionId: number, at: Date) {
  return tx
    .updateTable('indicator_values')
    .set({ approved_value: sql<number>`pending_value`, approved_submission_id: submissionId, approved_at: at, pending_value: null, pending_submission_id: null })
    .where('pending_submission_id', '=', submissionId)
    .execute();
}

/** Drops the pending values of the submission; the approved values stay as they were. */
export function dropPending(tx: Tx, submissionId: number) {
  return tx.updateTable('indicator_values').set({ pending_value: null, pending_submission_id: null }).where('pending_submission_id', '=', submissionId).execute();
}

export function decideSubmission(tx: Tx, id: number, d: { status: 'approved' | 'returned'; by: number; at: Date; note: string | null }) {
  return tx.updateTable('indicator_submissions').set({ status: d.status, decided_by: d.by, decided_at: d.at, decision_note: d.note }).where('id', '=', id).execute();
}

export async function listSubmissions(db: DbOrTx, filter: { areaCode?: string | undefined; status?: string | undefined; limit: number; offset: number }) {
  let q = db.selectFrom('indicator_submissions');
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  if (filter.status) q = q.where('status', '=', filter.status as 'pending');
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return { items, total: Number(total.n) };
}

/** The history of a submission's values, with each value's key. */
export async function historyOfSubmission(db: DbOrTx, submissionId: number) {
  const rows = await db
    .selectFrom('indicator_value_history as h')
    .innerJoin('indicator_values as v', 'v.id', 'h.value_id')
    .selectAll('h')
    .select(['v.indicator_code', 'v.period'])
    .where('h.submission_id', '=', submissionId)
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({ ...toHistoryRow(r), indicator_code: r.indicator_code, period: r.period }));
}

export async function findValue(db: DbOrTx, key: { indicatorCode: string; areaCode: string; period: string }): Promise<ValueRow | undefined> {
  const row = await db.selectFrom('indicator_values').selectAll().where('indicator_code', '=', key.indicatorCode).where('area_code', '=', key.areaCode).where('period', '=', key.period).executeTakeFirst();
  return row ? toValueRow(row) : undefined;
}

export async function historyOfValue(db: DbOrTx, valueId: number): Promise<HistoryRow[]> {
  return (await db.selectFrom('indicator_value_history').selectAll().where('value_id', '=', valueId).orderBy('id').execute()).map(toHistoryRow);
}

/** The latest year with any approved value, or null. */
export async function latestApprovedYear(db: DbOrTx): Promise<number | null> {
  const row = await db.selectFrom('indicator_values').select(sql<string | null>`max(substr(period, 1, 4))`.as('y')).where('approved_value', 'is not', null).executeTakeFirst();
  return row?.y ? Number(row.y) : null;
}
