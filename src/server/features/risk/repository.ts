// Risk alerts and their history (migration 0018). Queries only.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { RiskAlertEventsTable, RiskAlertsTable } from '../../db/tables.ts';

export type AlertRow = Selectable<RiskAlertsTable>;
export type AlertEventRow = Selectable<RiskAlertEventsTable>;

/** Inserts the alert unless the rule already fired for this scope and period; null then. */
export async function insertAlertOnce(db: DbOrTx, row: Insertable<RiskAlertsTable>): Promise<AlertRow | null> {
  const inserted = await db
    .insertInto('risk_alerts')
    .values(row)
    // The arbiter is the expression index risk_alerts_once_idx.
    .onConflict((oc) => oc.expression(sql`rule_code, COALESCE(area_code, ''), period`).doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted ?? null;
}

export function findAlert(db: DbOrTx, id: number) {
  return db.selectFrom('risk_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockAlert(db: DbOrTx, id: number) {
  return db.selectFrom('risk_alerts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listAlerts(db: DbOrTx, filter: { statuses: AlertRow['status'][]; areaCode?: string }) {
  let q = db.selectFrom('risk_alerts').selectAll().where('status', 'in', filter.statuses);
  if (filter.areaCode !== undefined) q = q.where('area_code', '=', filter.areaCode);
  return q.orderBy('id', 'desc').limit(500).execute();
}

export async function updateAlert(db: DbOrTx, id: number, changes: { status?: AlertRow['status']; disposal?: string | null; escalations?: number }, at: Date): Promise<void> {
  await db.updateTable('risk_alerts').set({ ...changes, updated_at: at }).where('id', '=', id).execute();
}

export async function insertEvent(db: DbOrTx, row: Insertable<RiskAlertEventsTable>): Promise<void> {
  await db.insertInto('risk_alert_events').values(row).execute();
}

export function eventsOf(db: DbOrTx, alertIds: number[]) {
  if (alertIds.length === 0) return Promise.resolve([] as AlertEventRow[]);
  return db.selectFrom('risk_alert_events').selectAll().where('alert_id', 'in', alertIds).orderBy('id').execute();
}
