// Investment projects, their stage history and evidence documents, and the areas' annual investment-attraction tasks
// in the database. Queries only; the record scope (an area, or all) is applied in SQL, so nothing outside it is read.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { AttractionTasksTable, InvestmentProjectsTable, ProjectDocumentsTable, ProjectStageChangesTable, ProjectStageColumn } from '../../db/tables.ts';

export type ProjectRow = Selectable<InvestmentProjectsTable>;
export type StageChangeRow = Selectable<ProjectStageChangesTable>;
export type DocumentMetaRow = Omit<Selectable<ProjectDocumentsTable>, 'content'>;
export type TaskRow = Selectable<AttractionTasksTable>;

/** Which projects a query reads: those of one area, or of every area. */
export interface ProjectFilter {
  areaCode?: string | undefined;
  stage?: ProjectStageColumn | undefined;
  stages?: readonly ProjectStageColumn[] | undefined;
  /** Stalled only: a project in one of these stages that began before the given day. */
  stalledBefore?: readonly { stage: ProjectStageColumn; before: string }[] | undefined;
}

export function insertProject(tx: Tx, row: Insertable<InvestmentProjectsTable>) {
  return tx.insertInto('investment_projects').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertStageChange(tx: Tx, row: { project_id: number; seq: number; from_stage: ProjectStageColumn | null; to_stage: ProjectStageColumn; on_date: string; facts: Record<string, unknown>; note: string | null; changed_by: number; changed_at: Date }) {
  return tx.insertInto('project_stage_changes').values({ ...row, facts: JSON.stringify(row.facts) }).returning('id').executeTakeFirstOrThrow();
}

export function insertDocument(tx: Tx, row: { project_id: number; stage_change_id: number; kind: string; name: string; media_type: string; size_bytes: number; sha256: string; content: Buffer; uploaded_by: number; uploaded_at: Date }) {
  return tx.insertInto('project_documents').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Only the area of a project: enough to decide access before reading the record. */
export function findProjectArea(db: DbOrTx, id: number) {
  return db.selectFrom('investment_projects').select('area_code').where('id', '=', id).executeTakeFirst();
}

export function findProject(db: DbOrTx, id: number) {
  return db.selectFrom('investment_projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The project, locked to the end of the transaction: two stage changes of one project are taken one after the other. */
export function lockProject(tx: Tx, id: number) {
  return tx.selectFrom('investment_projects').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateStage(tx: Tx, id: number, stage: ProjectStageColumn, since: string, now: Date) {
  return tx.updateTable('investment_projects').set({ stage, stage_since: since, updated_at: now }).where('id', '=', id).execute();
}

function filtered(db: DbOrTx, f: ProjectFilter) {
  let q = db.selectFrom('investment_projects');
  if (f.areaCode) q = q.where('area_code', '=', f.areaCode);
  if (f.stage) q = q.where('stage', '=', f.stage);
  if (f.stages) q = q.where('stage', 'in', f.stages.length > 0 ? [...f.stages] : ['__none__' as ProjectStageColumn]);
  const stalled = f.stalledBefore;
  if (stalled) {
    q = stalled.length === 0 ? q.where(sql<boolean>`false`) : q.where((eb) => eb.or(stalled.map((s) => eb.and([eb('stage', '=', s.stage), eb('stage_since', '<', s.before)]))));
  }
  return q;
}

/** A page of projects, newest first, with the count of all that match. */
export async function listProjects(db: DbOrTx, f: ProjectFilter, page: { limit: number; offset: number }) {
  const q = filtered(db, f);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  return { items, total: Number(total.n) };
}

/** Every project that matches (for summaries and rankings: an area holds hundreds, not millions). */
export function allProjects(db: DbOrTx, f: ProjectFilter) {
  return filtered(db, f).selectAll().orderBy('id').execute();
}

export function listStageChanges(db: DbOrTx, projectIds: readonly number[]) {
  if (projectIds.length === 0) return Promise.resolve([] as StageChangeRow[]);
  return db.selectFrom('project_stage_changes').selectAll().where('project_id', 'in', [...projectIds]).orderBy('project_id').orderBy('seq').execute();
}

export function listDocumentMeta(db: DbOrTx, projectId: number): Promise<DocumentMetaRow[]> {
  return db
    .selectFrom('project_documents')
    .select(['id', 'project_id', 'stage_change_id', 'kind', 'name', 'media_type', 'size_bytes', 'sha256', 'uploaded_by', 'uploaded_at'])
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
}

export function findDocument(db: DbOrTx, projectId: number, documentId: number) {
  return db.selectFrom('project_documents').selectAll().where('project_id', '=', projectId).where('id', '=', documentId).executeTakeFirst();
}

/** Serialises the revisions of one area's task for a year across processes (the next revision number is read, then written). */
export async function lockTask(tx: Tx, areaCode: string, year: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`attraction-task:${areaCode}:${year}`}))`.execute(tx);
}

export function listTasks(db: DbOrTx, year: number, areaCode?: string) {
  let q = db.selectFrom('attraction_tasks').selectAll().where('year', '=', year);
  if (areaCode) q = q.where('area_code', '=', areaCode);
  return q.orderBy('area_code').orderBy('revision').execute();
}

export function latestTask(db: DbOrTx, areaCode: string, year: number) {
  return db.selectFrom('attraction_tasks').selectAll().where('area_code', '=', areaCode).where('year', '=', year).orderBy('revision', 'desc').limit(1).executeTakeFirst();
}

export function insertTask(tx: Tx, row: Insertable<AttractionTasksTable>) {
  return tx.insertInto('attraction_tasks').values(row).returningAll().executeTakeFirstOrThrow();
}
