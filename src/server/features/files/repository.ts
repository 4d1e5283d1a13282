import { sql, type RawBuilder, type Selectable, type SelectQueryBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ApplicationFilesTable, FileActionsTable, Tables } from '../../db/tables.ts';
import type { RecordScope } from '../../../domain/access/record-scope.ts';
import { compiledOnce, compiledPerComposed } from '../../db/compiled-once.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { FileDecision } from '../../../domain/files/index.ts';

export interface ActionRow {
  seq: number;
  type: string;
  actorAccountId: number | null;
  actorRole: string;
  onDate: string;
  at: Date;
  payload: Record<string, unknown>;
  reason: string | null;
  legalBasis: string | null;
}

/**
 * Inserts a new file with its first action (the submission) and the row already projected from it, in one statement:
 * the row is not inserted and then updated at once (issue 8).
 */
export async function insertFileWithFirstAction(
  tx: Tx,
  file: { type: string; applicantAccountId: number; enterpriseUscc: string | null; areaCode: string; form: Record<string, unknown>; admission?: unknown },
  a: ActionRow,
  p: { status: string; responsibleOfficerId: number | null; dueOn: string | null; version: number; now: Date; decision: FileDecision | null; timersPlanned: string },
): Promise<FileRow> {
  const admission = file.admission == null ? null : JSON.stringify(file.admission);
  const { rows } = await sql<FileRow>`
    WITH file AS (
      INSERT INTO application_files (type, applicant_account_id, enterprise_uscc, area_code, form, admission, status, responsible_officer_id, due_on, version,
                                     decided_on, decided_on_time, timers_planned, created_at, updated_at)
      VALUES (${file.type}, ${file.applicantAccountId}, ${file.enterpriseUscc}, ${file.areaCode}, ${JSON.stringify(file.form)}, ${admission}, ${p.status},
              ${p.responsibleOfficerId}, ${p.dueOn}, ${p.version}, ${p.decision?.decidedOn ?? null}, ${p.decision?.onTime ?? null}, ${p.timersPlanned}, ${p.now}, ${p.now})
      RETURNING *),
    first_action AS (
      INSERT INTO file_actions (file_id, seq, type, actor_account_id, actor_role, on_date, at, payload, reason, legal_basis)
      SELECT file.id, ${a.seq}::integer, ${a.type}::text, ${a.actorAccountId}::integer, ${a.actorRole}::text, ${a.onDate}::date, ${a.at}::timestamptz,
             ${JSON.stringify(a.payload)}::jsonb, ${a.reason}::text, ${a.legalBasis}::text
      FROM file)
    SELECT * FROM file`.execute(tx);
  return rows[0]!;
}

/** A file's row as read from the database. */
export type FileRow = Selectable<ApplicationFilesTable>;

export function findFile(db: DbOrTx, id: number) {
  return db.selectFrom('application_files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the file row for this transaction: actions on one file are serialised. */
export function lockFile(tx: Tx, id: number) {
  return tx.selectFrom('application_files').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** A document as the file page lists it (no content). */
export interface DocumentRow {
  id: number;
  name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: number;
  uploaded_at: Date;
}

/** A file with everything its page and its next action are built from, read in one statement. */
export interface FileWithLog {
  row: FileRow;
  actions: ActionRow[];
  tasks: { department_code: string }[];
  documents: DocumentRow[];
  /** [id, display name] of the applicant, the responsible officer and every actor in the log. */
  people: [number, string][] | null;
}

/** The accounts service's subquery of display names (accounts: displayNamesSubquery), composed into the read. */
export type PeopleSubquery = (db: DbOrTx, ids: RawBuilder<number[]>) => SelectQueryBuilder<Tables, 'accounts', { names: [number, string][] | null }>;

function fileWithLogQuery(db: DbOrTx, id: number, people: PeopleSubquery) {
  return db
    .selectFrom('application_files as f')
    .selectAll('f')
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('file_actions as a').selectAll('a').whereRef('a.file_id', '=', 'f.id').orderBy('a.seq')).as('log'),
      jsonArrayFrom(eb.selectFrom('file_tasks as t').select('t.department_code').whereRef('t.file_id', '=', 'f.id').orderBy('t.task_id')).as('task_departments'),
      jsonArrayFrom(
        eb.selectFrom('file_documents as d').select(['d.id', 'd.name', 'd.media_type', 'd.size_bytes', 'd.sha256', 'd.uploaded_by', 'd.uploaded_at']).whereRef('d.file_id', '=', 'f.id').orderBy('d.id'),
      ).as('document_list'),
      people(db, sql<number[]>`array(SELECT a.actor_account_id FROM file_actions a WHERE a.file_id = f.id AND a.actor_account_id IS NOT NULL) || ARRAY[f.applicant_account_id, f.responsible_officer_id]`).as('people'),
    ])
    .where('f.id', '=', id);
}

/** The read compiled once for each way of reading names (in practice one), plain and locked. */
const fileWithLogReads = compiledPerComposed((people: PeopleSubquery) => ({
  plain: compiledOnce((db, v: { id: number }) => fileWithLogQuery(db, v.id, people)),
  locked: compiledOnce((db, v: { id: number }) => fileWithLogQuery(db, v.id, people).forUpdate('f')),
}));

/**
 * The file row with its action log, task departments and documents, in one statement (issue 8: three round trips
 * fewer on every action and every file page); `lock` takes the row for this transaction, serialising actions on it.
 */
export async function findFileWithLog(db: DbOrTx, id: number, options: { lock: boolean; people: PeopleSubquery }): Promise<FileWithLog | undefined> {
  const reads = fileWithLogReads(options.people);
  const found = (await (options.lock ? reads.locked : reads.plain)(db, { id })).rows[0];
  if (!found) return undefined;
  const { log, task_departments, document_list, people, ...row } = found;
  // Inside JSON, timestamps arrive as text: they become Dates again, as a plain read would give them.
  return {
    row,
    actions: log.map((r) => actionRow({ ...r, at: new Date(r.at) })),
    tasks: task_departments,
    documents: document_list.map((d) => ({ ...d, uploaded_at: new Date(d.uploaded_at) })),
    people,
  };
}

function actionRow(r: Selectable<FileActionsTable>): ActionRow {
  return {
    seq: r.seq,
    type: r.type,
    actorAccountId: r.actor_account_id,
    actorRole: r.actor_role,
    onDate: r.on_date,
    at: r.at,
    payload: r.payload,
    reason: r.reason,
    legalBasis: r.legal_basis,
  };
}

export async function listActions(db: DbOrTx, fileId: number): Promise<ActionRow[]> {
  const rows = await db.selectFrom('file_actions').selectAll().where('file_id', '=', fileId).orderBy('seq').execute();
  return rows.map(actionRow);
}

/**
 * Appends the action and writes the projection in one statement, the projection only if nobody else wrote since
 * `expectedVersion`: false on a lost race (the caller then rolls the transaction back, the action with it).
 */
export async function appendActionAndProjection(
  tx: Tx,
  fileId: number,
  a: ActionRow,
  expectedVersion: number,
  p: { status: string; responsibleOfficerId: number | null; dueOn: string | null; version: number; now: Date; decision: FileDecision | null; timersPlanned: string },
): Promise<boolean> {
  const r = await appendOnce(tx, {
    fileId,
    seq: a.seq,
    type: a.type,
    actorAccountId: a.actorAccountId,
    actorRole: a.actorRole,
    onDate: a.onDate,
    at: a.at,
    payload: JSON.stringify(a.payload),
    reason: a.reason,
    legalBasis: a.legalBasis,
    expectedVersion,
    status: p.status,
    responsibleOfficerId: p.responsibleOfficerId,
    dueOn: p.dueOn,
    version: p.version,
    now: p.now,
    decidedOn: p.decision?.decidedOn ?? null,
    decidedOnTime: p.decision?.onTime ?? null,
    timersPlanned: p.timersPlanned,
  });
  // PGlite leaves the count out when no row was updated.
  return Number(r.numAffectedRows ?? 0) === 1;
}

const appendOnce = compiledOnce(
  (
    db,
    v: Omit<ActionRow, 'payload'> & {
      fileId: number;
      payload: string;
      expectedVersion: number;
      status: string;
      responsibleOfficerId: number | null;
      dueOn: string | null;
      version: number;
      now: Date;
      decidedOn: string | null;
      decidedOnTime: boolean | null;
      timersPlanned: string;
    },
  ) =>
    db
      .with('appended', (w) =>
        w.insertInto('file_actions').values({
          file_id: v.fileId,
          seq: v.seq,
          type: v.type,
          actor_account_id: v.actorAccountId,
          actor_role: v.actorRole,
          on_date: v.onDate,
          at: v.at,
          payload: v.payload,
          reason: v.reason,
          legal_basis: v.legalBasis,
        }),
      )
      .updateTable('application_files')
      .set({
        status: v.status, responsible_officer_id: v.responsibleOfficerId, due_on: v.dueOn, version: v.version, updated_at: v.now,
        decided_on: v.decidedOn, decided_on_time: v.decidedOnTime, timers_planned: v.timersPlanned,
      })
      .where('id', '=', v.fileId)
      .where('version', '=', v.expectedVersion),
);

/** Makes the file's task rows these, in one statement: others deleted, these inserted or updated in place. */
export async function replaceTasks(
  tx: Tx,
  fileId: number,
  tasks: { taskId: string; departmentCode: string; assigneeId: number | null; status: string; dueOn: string | null }[],
) {
  const rows = JSON.stringify(tasks.map((t) => ({ task_id: t.taskId, department_code: t.departmentCode, assignee_id: t.assigneeId, status: t.status, due_on: t.dueOn })));
  // The delete leaves the kept tasks alone, so no row is written twice by the one statement.
  await sql`
    WITH planned AS (SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS t(task_id text, department_code text, assignee_id integer, status text, due_on date)),
    gone AS (DELETE FROM file_tasks WHERE file_id = ${fileId} AND task_id NOT IN (SELECT task_id FROM planned))
    INSERT INTO file_tasks (file_id, task_id, department_code, assignee_id, status, due_on)
    SELECT ${fileId}, task_id, department_code, assignee_id, status, due_on FROM planned
    ON CONFLICT (file_id, task_id) DO UPDATE
      SET department_code = excluded.department_code, assignee_id = excluded.assignee_id, status = excluded.status, due_on = excluded.due_on`.execute(tx);
}

export function listTasks(db: DbOrTx, fileId: number) {
  return db.selectFrom('file_tasks').selectAll().where('file_id', '=', fileId).orderBy('task_id').execute();
}

export function insertDocument(
  tx: Tx,
  row: { fileId: number; name: string; mediaType: string; content: Buffer; sha256: string; uploadedBy: number },
) {
  return tx
    .insertInto('file_documents')
    .values({ file_id: row.fileId, name: row.name, media_type: row.mediaType, size_bytes: row.content.length, sha256: row.sha256, content: row.content, uploaded_by: row.uploadedBy })
    .returning(['id', 'name', 'media_type', 'size_bytes', 'sha256', 'uploaded_by', 'uploaded_at'])
    .executeTakeFirstOrThrow();
}

export function findDocument(db: DbOrTx, fileId: number, documentId: number) {
  return db.selectFrom('file_documents').selectAll().where('file_id', '=', fileId).where('id', '=', documentId).executeTakeFirst();
}

/** Every file (of one area, when given) with its applicant's name, for the statistics. */
/** Files decided per area and month of decision, and how many on time, from the projection (decided_on). */
export async function decisionsByAreaAndMonth(db: DbOrTx) {
  const month = sql<string>`to_char(decided_on, 'YYYY-MM')`;
  const rows = await db
    .selectFrom('application_files')
    .select((eb) => ['area_code', month.as('month'), eb.fn.countAll<string>().as('decided'), sql<string>`count(*) FILTER (WHERE decided_on_time)`.as('on_time')])
    .where('decided_on', 'is not', null)
    .groupBy(['area_code', month])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, month: r.month, decided: Number(r.decided), onTime: Number(r.on_time) }));
}

/** Sets the decision columns of one file (the one-off fill of migration 0023 for files decided before it). */
export async function setDecision(db: DbOrTx, id: number, decision: FileDecision | null) {
  await db.updateTable('application_files').set({ decided_on: decision?.decidedOn ?? null, decided_on_time: decision?.onTime ?? null }).where('id', '=', id).execute();
}

export function listFilesForStatistics(db: DbOrTx, areaCode: string | null) {
  let q = db
    .selectFrom('application_files as f')
    .innerJoin('accounts as a', 'a.id', 'f.applicant_account_id')
    .select(['f.id', 'f.type', 'f.area_code', 'f.updated_at', 'a.display_name as applicant_name']);
  if (areaCode) q = q.where('f.area_code', '=', areaCode);
  return q.orderBy('f.id').execute();
}

/** TC-05: the false commitments found (verify_commitment with result false_commitment) on the applicant's files. */
export async function falseCommitmentsOf(db: DbOrTx, applicantId: number): Promise<{ fileId: number; on: string }[]> {
  const rows = await db
    .selectFrom('file_actions as a')
    .innerJoin('application_files as f', 'f.id', 'a.file_id')
    .select(['a.file_id', 'a.on_date'])
    .where('f.applicant_account_id', '=', applicantId)
    .where('a.type', '=', 'verify_commitment')
    .where(sql<string>`a.payload->>'result'`, '=', 'false_commitment')
    .orderBy('a.file_id')
    .execute();
  return rows.map((r) => ({ fileId: r.file_id, on: r.on_date }));
}

/**
 * Files whose filing-time security review flagged them (kept in the admission jsonb), within a record scope,
 * newest first. Only their first `limit` after `offset`, and how many there are.
 */
export async function listFlaggedFiles(db: DbOrTx, scope: RecordScope, page: { limit: number; offset: number }) {
  let q = db.selectFrom('application_files').where(sql<string>`admission->'securityReview'->>'flagged'`, '=', 'true');
  if (scope.kind === 'area') q = q.where('area_code', '=', scope.areaCode);
  if (scope.kind === 'owner') q = q.where('applicant_account_id', '=', scope.accountId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q
    .select(['id', 'type', 'status', 'area_code', 'applicant_account_id', 'form', 'admission', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { items, total: Number(total.n) };
}
