// Assessments, their scores, findings, follow-up actions and action updates in the database. Queries only; the record
// scope is applied in SQL (an area officer's area; an assessor's assigned assessments), so nothing outside it is read.
import { sql, type Selectable } from 'kysely';
import type { RecordScope } from '../../../domain/access/record-scope.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type {
  ActionStatusColumn,
  AssessmentActionsTable,
  AssessmentActionUpdatesTable,
  AssessmentFindingsTable,
  AssessmentKindColumn,
  AssessmentsTable,
  AssessmentStatusColumn,
} from '../../db/tables.ts';

export type AssessmentRow = Selectable<AssessmentsTable> & { open_actions?: number };
export type FindingRow = Selectable<AssessmentFindingsTable>;
export type ActionRow = Selectable<AssessmentActionsTable>;
export type ActionUpdateRow = Selectable<AssessmentActionUpdatesTable>;

/** A score without its document's bytes (those are read only for download). */
export interface ScoreRow {
  criterion_key: string;
  score: number;
  evidence: string;
  document_name: string | null;
  document_media_type: string | null;
  document_size_bytes: number | null;
  document_sha256: string | null;
  scored_by: number;
  scored_at: Date;
}

export interface NewAssessment {
  kind: AssessmentKindColumn;
  areaCode: string;
  period: string;
  templateCode: string;
  templateVersion: number;
  assessorId: number | null;
  createdBy: number;
  now: Date;
}

/** Inserts the assessment unless one of the same kind, area and period exists (then undefined: the caller answers 409). */
export function insertAssessment(tx: Tx, a: NewAssessment) {
  return tx
    .insertInto('assessments')
    .values({
      kind: a.kind, area_code: a.areaCode, period: a.period, template_code: a.templateCode, template_version: a.templateVersion,
      assessor_account_id: a.assessorId, created_by: a.createdBy, created_at: a.now,
    })
    .onConflict((oc) => oc.columns(['kind', 'area_code', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findAssessmentByKey(db: DbOrTx, key: { kind: AssessmentKindColumn; areaCode: string; period: string }) {
  return db.selectFrom('assessments').select('id').where('kind', '=', key.kind).where('area_code', '=', key.areaCode).where('period', '=', key.period).executeTakeFirst();
}

export function findAssessment(db: DbOrTx, id: number) {
  return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The assessment locked until the transaction ends: scoring, submitting and closing one assessment run one at a time. */
export function lockAssessment(tx: Tx, id: number) {
  return tx.selectFrom('assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function setAssessor(tx: Tx, id: number, assessorId: number) {
  return tx.updateTable('assessments').set({ assessor_account_id: assessorId }).where('id', '=', id).execute();
}

export function markSubmitted(tx: Tx, id: number, r: { total: number; grade: string; by: number; now: Date }) {
  return tx.updateTable('assessments').set({ status: 'submitted', total: r.total, grade: r.grade, submitted_by: r.by, submitted_at: r.now }).where('id', '=', id).execute();
}

export function markClosed(tx: Tx, id: number, now: Date) {
  return tx.updateTable('assessments').set({ status: 'closed', closed_at: now }).where('id', '=', id).execute();
}

const openActions = sql<number>`(SELECT count(*)::integer FROM assessment_actions x WHERE x.assessment_id = assessments.id AND x.status <> 'closed')`;

/** Assessments within a record scope, newest period first. */
export async function listAssessments(
  db: DbOrTx,
  scope: RecordScope,
  filter: { kind?: AssessmentKindColumn | undefined; areaCode?: string | undefined; status?: AssessmentStatusColumn | undefined; limit: number; offset: number },
): Promise<{ items: AssessmentRow[]; total: number }> {
  let q = db.selectFrom('assessments');
  if (scope.kind === 'area') q = q.where('area_code', '=', scope.areaCode);
  if (scope.kind === 'owner') q = q.where('assessor_account_id', '=', scope.accountId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  if (filter.status) q = q.where('status', '=', filter.status);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q.selectAll().select(openActions.as('open_actions')).orderBy('period', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return { items, total: Number(total.n) };
}

export function countOpenActions(db: DbOrTx, assessmentId: number) {
  return db.selectFrom('assessment_actions').select((eb) => eb.fn.countAll<number>().as('n')).where('assessment_id', '=', assessmentId).where('status', '<>', 'closed').executeTakeFirstOrThrow();
}

const SCORE_COLUMNS = ['criterion_key', 'score', 'evidence', 'document_name', 'document_media_type', 'document_size_bytes', 'document_sha256', 'scored_by', 'scored_at'] as const;

export function listScores(db: DbOrTx, assessmentId: number): Promise<ScoreRow[]> {
  return db.selectFrom('assessment_scores').select(SCORE_COLUMNS).where('assessment_id', '=', assessmentId).orderBy('criterion_key').execute();
}

export interface ScoreWrite {
  criterionKey: string;
  score: number;
  evidence: string;
  /** undefined: keep the stored document; null: remove it. */
  document: { name: string; mediaType: string; content: Buffer; sha256: string } | null | undefined;
}

/** Replaces a criterion's score and evidence (and its document when one is given or removed). */
export function upsertScore(tx: Tx, assessmentId: number, s: ScoreWrite, by: number, now: Date) {
  const doc =
    s.document === undefined
      ? {}
      : s.document === null
        ? { document_name: null, document_media_type: null, document_size_bytes: null, document_sha256: null, document_content: null }
        : { document_name: s.document.name, document_media_type: s.document.mediaType, document_size_bytes: s.document.content.length, document_sha256: s.document.sha256, document_content: s.document.content };
  const values = { score: s.score, evidence: s.evidence, scored_by: by, scored_at: now, ...doc };
  return tx
    .insertInto('assessment_scores')
    .values({ assessment_id: assessmentId, criterion_key: s.criterionKey, ...values })
    .onConflict((oc) => oc.columns(['assessment_id', 'criterion_key']).doUpdateSet(values))
    .execute();
}

export function findScoreDocument(db: DbOrTx, assessmentId: number, criterionKey: string) {
  return db
    .selectFrom('assessment_scores')
    .select(['document_name', 'document_media_type', 'document_sha256', 'document_content'])
    .where('assessment_id', '=', assessmentId)
    .where('criterion_key', '=', criterionKey)
    .executeTakeFirst();
}

export function insertFinding(tx: Tx, f: { assessmentId: number; kind: FindingRow['kind']; criterionKey: string | null; text: string; reformTaskId: number | null; by: number; now: Date }) {
  return tx
    .insertInto('assessment_findings')
    .values({ assessment_id: f.assessmentId, kind: f.kind, criterion_key: f.criterionKey, text: f.text, reform_task_id: f.reformTaskId, recorded_by: f.by, recorded_at: f.now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function listFindings(db: DbOrTx, assessmentId: number) {
  return db.selectFrom('assessment_findings').selectAll().where('assessment_id', '=', assessmentId).orderBy('id').execute();
}

export function findFinding(db: DbOrTx, id: number) {
  return db.selectFrom('assessment_findings').select(['id', 'assessment_id']).where('id', '=', id).executeTakeFirst();
}

export function insertAction(tx: Tx, a: { assessmentId: number; findingId: number | null; title: string; ownerAreaCode: string; dueOn: string; by: number; now: Date }) {
  return tx
    .insertInto('assessment_actions')
    .values({ assessment_id: a.assessmentId, finding_id: a.findingId, title: a.title, owner_area_code: a.ownerAreaCode, due_on: a.dueOn, opened_by: a.by, opened_at: a.now, updated_at: a.now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findAction(db: DbOrTx, id: number) {
  return db.selectFrom('assessment_actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockAction(tx: Tx, id: number) {
  return tx.selectFrom('assessment_actions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function setActionStatus(tx: Tx, id: number, status: ActionStatusColumn, now: Date) {
  return tx.updateTable('assessment_actions').set({ status, updated_at: now, closed_at: status === 'closed' ? now : null }).where('id', '=', id).execute();
}

export function insertActionUpdate(tx: Tx, u: { actionId: number; move: ActionUpdateRow['move']; from: ActionStatusColumn | null; to: ActionStatusColumn; note: string; by: number; now: Date }) {
  return tx.insertInto('assessment_action_updates').values({ action_id: u.actionId, move: u.move, from_status: u.from, to_status: u.to, note: u.note, actor_id: u.by, at: u.now }).execute();
}

export function listActionUpdates(db: DbOrTx, actionIds: number[]) {
  if (actionIds.length === 0) return Promise.resolve([] as ActionUpdateRow[]);
  return db.selectFrom('assessment_action_updates').selectAll().where('action_id', 'in', actionIds).orderBy('id').execute();
}

export type ActionWithAssessment = ActionRow & { kind: AssessmentKindColumn; area_code: string; period: string; assessor_account_id: number | null };

/** Actions within a record scope (an area officer: those its area owns; an assessor: those of its assessments), most urgent first. */
export async function listActions(
  db: DbOrTx,
  scope: RecordScope,
  filter: { areaCode?: string | undefined; status?: ActionStatusColumn | undefined; overdueOn?: string | undefined; assessmentId?: number | undefined; limit: number; offset: number },
): Promise<{ items: ActionWithAssessment[]; total: number }> {
  let q = db.selectFrom('assessment_actions as x').innerJoin('assessments as a', 'a.id', 'x.assessment_id');
  if (scope.kind === 'area') q = q.where('x.owner_area_code', '=', scope.areaCode);
  if (scope.kind === 'owner') q = q.where('a.assessor_account_id', '=', scope.accountId);
  if (filter.areaCode) q = q.where('x.owner_area_code', '=', filter.areaCode);
  if (filter.status) q = q.where('x.status', '=', filter.status);
  if (filter.assessmentId) q = q.where('x.assessment_id', '=', filter.assessmentId);
  if (filter.overdueOn) q = q.where('x.status', 'in', ['open', 'in_progress']).where('x.due_on', '<', filter.overdueOn);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q
    .selectAll('x')
    .select(['a.kind', 'a.area_code', 'a.period', 'a.assessor_account_id'])
    .orderBy(sql`x.status = 'closed'`)
    .orderBy('x.due_on')
    .orderBy('x.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { items, total: Number(total.n) };
}
