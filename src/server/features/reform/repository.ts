// Reform pilot tasks and their history in the database. Queries only; the rules are src/domain/reform.
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { ReformStatusColumn, ReformTaskEventsTable, ReformTasksTable } from '../../db/tables.ts';

export type TaskRow = Selectable<ReformTasksTable>;
export type EventRow = Selectable<ReformTaskEventsTable>;

export interface NewTask {
  title: string;
  titleEn: string | null;
  description: string;
  sourceKind: string;
  sourceReference: string;
  responsibleDepartmentCode: string;
  areaCode: string | null;
  createdBy: number;
  now: Date;
}

export function insertTask(tx: Tx, t: NewTask) {
  return tx
    .insertInto('reform_tasks')
    .values({
      title: t.title, title_en: t.titleEn, description: t.description, source_kind: t.sourceKind, source_reference: t.sourceReference,
      responsible_department_code: t.responsibleDepartmentCode, area_code: t.areaCode, created_by: t.createdBy, created_at: t.now, updated_at: t.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findTask(db: DbOrTx, id: number) {
  return db.selectFrom('reform_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The task locked until the transaction ends, so two moves of one task are made one after the other. */
export function lockTask(tx: Tx, id: number) {
  return tx.selectFrom('reform_tasks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateTask(
  tx: Tx,
  id: number,
  change: { status: ReformStatusColumn; startedOn?: string | undefined; evaluation?: unknown; replication?: unknown; now: Date },
) {
  return tx
    .updateTable('reform_tasks')
    .set({
      status: change.status,
      updated_at: change.now,
      ...(change.startedOn === undefined ? {} : { started_on: change.startedOn }),
      ...(change.evaluation === undefined ? {} : { evaluation: change.evaluation === null ? null : JSON.stringify(change.evaluation) }),
      ...(change.replication === undefined ? {} : { replication: change.replication === null ? null : JSON.stringify(change.replication) }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function insertEvent(
  tx: Tx,
  e: { taskId: number; kind: EventRow['kind']; fromStatus: ReformStatusColumn | null; toStatus: ReformStatusColumn; detail: unknown; note: string | null; actorId: number; now: Date },
) {
  return tx
    .insertInto('reform_task_events')
    .values({ task_id: e.taskId, kind: e.kind, from_status: e.fromStatus, to_status: e.toStatus, detail: JSON.stringify(e.detail), note: e.note, actor_id: e.actorId, at: e.now })
    .execute();
}

export function listEvents(db: DbOrTx, taskId: number) {
  return db.selectFrom('reform_task_events').selectAll().where('task_id', '=', taskId).orderBy('id').execute();
}

export async function listTasks(
  db: DbOrTx,
  filter: { status?: ReformStatusColumn | undefined; sourceKind?: string | undefined; departmentCode?: string | undefined; areaCode?: string | undefined; limit: number; offset: number },
): Promise<{ items: TaskRow[]; total: number }> {
  let q = db.selectFrom('reform_tasks');
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.sourceKind) q = q.where('source_kind', '=', filter.sourceKind);
  if (filter.departmentCode) q = q.where('responsible_department_code', '=', filter.departmentCode);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return { items, total: Number(total.n) };
}
