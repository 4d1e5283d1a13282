import { createHash } from 'node:crypto';
import { scopeAllows, recordScope } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import {
  assertActionAllowed,
  deriveFileState,
  fileDecision,
  getFileType,
  isActionType,
  loggedFileAction,
  roleMayEver,
  watchedDueOn,
  COMMITMENT_BASIS,
  type Actor,
  type FileAction,
  type FileState,
  type FileTypeDefinition,
} from '../../../domain/files/index.ts';
import type { WorkingDayCalendar } from '../../../domain/calendar/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { AdmissionCheckResponse } from '../../../schemas/admission.ts';
import type { CreateFileRequest, DocumentView, FileActionRequest, FileView, UploadDocumentRequest } from '../../../schemas/files.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { together } from '../../db/together.ts';
import { displayNames, displayNamesSubquery, findAccount, namesFromPairs } from '../accounts/service.ts';
import { checkInvestment } from '../admission/service.ts';
import { loadCalendar } from '../calendar/load-calendar.ts';
import { assertAreaExists } from '../reference/service.ts';
import { notifyOfAction } from './notify-of-action.ts';
import { fileCheckDays, planFileTimers, plannedChecksKey } from './plan-file-timers.ts';
import { securityReviewAtFiling } from './security-review.ts';
import { toFileView } from './file-view.ts';
import * as repo from './repository.ts';

export { listFlaggedFiles, type FlaggedFile } from './security-review.ts';
// Read by the indicators feature (issue 7): decided files per area and month, and how many on time.
export { decisionsByMonth, fillFileDecisions } from './statistics.ts';

/** The engine's view of an account. */
export function domainActor(actor: AccountActor): Actor {
  return { id: actor.account.id, role: actor.account.role, departmentCode: actor.account.departmentCode };
}

/** A row of the log as the engine reads it (loggedFileAction: checked when it was taken, typed, not parsed again). */
export function toFileAction(row: repo.ActionRow): FileAction {
  return loggedFileAction({
    seq: row.seq,
    type: row.type,
    actorId: row.actorAccountId,
    actorRole: row.actorRole,
    on: row.onDate,
    at: row.at.toISOString(),
    payload: row.payload,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.legalBasis ? { legalBasis: row.legalBasis } : {}),
  });
}

/**
 * Throws FORBIDDEN unless the actor may see the file: its applicant, officers of its area, reviewers of a task's
 * department (`tasks`: the file's task rows).
 */
function assertVisible(actor: AccountActor, file: { area_code: string; applicant_account_id: number }, tasks: readonly { department_code: string }[]) {
  const a = actor.account;
  if (a.role === Role.DEPARTMENT_REVIEWER) {
    if (tasks.some((t) => t.department_code === a.departmentCode)) return;
    throw new AppError('FORBIDDEN', { field: 'id', message: 'this file has no task of your department' });
  }
  if (!scopeAllows(recordScope(a), { areaCode: file.area_code, ownerId: file.applicant_account_id })) {
    throw new AppError('FORBIDDEN', { field: 'id', message: 'this file lies outside your scope' });
  }
}

/** assertVisible for a file read without its tasks: a department reviewer's visibility needs them. */
async function assertVisibleRow(db: DbOrTx, actor: AccountActor, file: repo.FileRow) {
  assertVisible(actor, file, actor.account.role === Role.DEPARTMENT_REVIEWER ? await repo.listTasks(db, file.id) : []);
}

/** Throws FORBIDDEN when the actor's role never takes this action on this type of file. */
function assertRoleMayEver(actor: AccountActor, type: FileTypeDefinition, action: string) {
  if (isActionType(action) && !roleMayEver(type, actor.account.role, action)) {
    throw new AppError('FORBIDDEN', { field: 'type', message: `a ${actor.account.role} never takes ${action} on ${type.code}` });
  }
}

/**
 * What a file's page is built from: its row (for what actions never change: area, form, admission check), the
 * actions, and the state they derive under one calendar.
 */
interface FileSnapshot {
  row: repo.FileRow;
  type: FileTypeDefinition;
  actions: FileAction[];
  state: FileState;
  calendar: WorkingDayCalendar;
}

/**
 * The page of a file as the actor sees it: the snapshot with its documents and the names of the people in it. `known`
 * holds the names read with the file; only someone new to it (an officer just assigned) costs another read.
 */
async function viewOf(ctx: AppContext, db: DbOrTx, actor: AccountActor, s: FileSnapshot, documents: DocumentView[], known: Map<number, string>): Promise<FileView> {
  const names = new Map(known).set(actor.account.id, actor.account.displayName);
  const people = [s.state.applicantId, s.state.responsibleOfficerId, ...s.actions.map((a) => a.actorId)].filter((id): id is number => id !== null);
  const missing = people.filter((id) => !names.has(id));
  for (const [id, name] of await displayNames(db, missing)) names.set(id, name);
  return toFileView({ ...s, names, documents, actor: domainActor(actor), now: ctx.now() });
}

/** A file with its log, tasks, documents and the names of its people, in one statement; `lock` for an action. */
async function readFile(db: DbOrTx, id: number, lock: boolean) {
  const held = await repo.findFileWithLog(db, id, { lock, people: displayNamesSubquery });
  if (!held) throw new AppError('NOT_FOUND', { field: 'id', message: `no file ${id}` });
  return { ...held, names: namesFromPairs(held.people) };
}

function documentView(d: { id: number; name: string; media_type: string; size_bytes: number; sha256: string; uploaded_at: Date }): DocumentView {
  return { id: d.id, name: d.name, mediaType: d.media_type, sizeBytes: d.size_bytes, sha256: d.sha256, uploadedAt: d.uploaded_at.toISOString() };
}

/** Reads a file as the actor sees it, or NOT_FOUND / FORBIDDEN. */
export async function getFile(ctx: AppContext, db: DbOrTx, actor: AccountActor, id: number): Promise<FileView> {
  const held = await readFile(db, id, false);
  assertVisible(actor, held.row, held.tasks);
  const type = getFileType(held.row.type);
  const calendar = await loadCalendar(db);
  const actions = held.actions.map(toFileAction);
  return viewOf(ctx, db, actor, { row: held.row, type, actions, state: deriveFileState(type, actions, calendar), calendar }, held.documents.map(documentView), held.names);
}

/**
 * Appends one checked action to a locked file, rewrites its projections and re-plans its timers, all in
 * the caller's transaction. The actor is an account or the system (sweeper: deemed acceptance, escalation).
 */
export async function appendAction(ctx: AppContext, tx: Tx, actor: Actor, type: FileTypeDefinition, fileId: number, expectedVersion: number, request: Omit<FileActionRequest, 'expectedVersion'>) {
  const [held, calendar] = await lockedWithCalendar(tx, fileId);
  return appendToLocked(ctx, tx, actor, type, { row: held.row, actions: held.actions.map(toFileAction), calendar }, expectedVersion, request);
}

/** The file locked with its log, and the working-day calendar, read together (issue 8: one round trip). */
function lockedWithCalendar(tx: Tx, fileId: number) {
  return together(
    tx,
    (t) => readFile(t, fileId, true),
    (t) => loadCalendar(t),
  );
}

type TaskRow = { taskId: string; departmentCode: string; assigneeId: number | null; status: string; dueOn: string | null };
// The task rows are a projection of the state: rewritten only when an action changed the tasks.
const taskRows = (s: FileState | null): TaskRow[] => (s?.tasks ?? []).map((t) => ({ taskId: t.id, departmentCode: t.departmentCode, assigneeId: t.assigneeId, status: t.status, dueOn: t.dueOn }));

/** An action checked against the file's log, with the state it leads to and what that state projects. */
interface PlannedAction {
  action: FileAction;
  next: FileState;
  now: Date;
  projection: { status: string; responsibleOfficerId: number | null; dueOn: string | null; version: number; now: Date; decision: ReturnType<typeof fileDecision>; timersPlanned: string };
  tasks: TaskRow[] | null;
  checks: ReturnType<typeof fileCheckDays>;
}

/** Checks the action against the file's version and log (no I/O): refuses it, or answers what it writes. */
function planAction(
  ctx: AppContext,
  actor: Actor,
  type: FileTypeDefinition,
  held: { version: number; actions: FileAction[]; calendar: WorkingDayCalendar },
  expectedVersion: number,
  request: Omit<FileActionRequest, 'expectedVersion'>,
): PlannedAction {
  const { actions, calendar } = held;
  if (held.version !== expectedVersion) {
    throw new AppError('CONFLICT', { field: 'expectedVersion', message: `the file changed since you read it (you sent version ${expectedVersion}, it is now ${held.version})`, details: { version: held.version } });
  }
  if (!isActionType(request.type)) throw new AppError('INVALID_REQUEST', { field: 'type', message: `unknown action ${request.type}` });
  const state = actions.length > 0 ? deriveFileState(type, actions, calendar) : null;
  const now = ctx.now();
  const action = assertActionAllowed(type, state, actor, {
    type: request.type,
    on: civilDateInShanghai(now),
    at: now.toISOString(),
    payload: request.payload,
    ...(request.reason ? { reason: request.reason } : {}),
    ...(request.legalBasis ? { legalBasis: request.legalBasis } : {}),
  });
  const next = deriveFileState(type, [...actions, action], calendar);
  const tasks = taskRows(next);
  // So are the timers: the row keeps the checks last planned, and most steps leave them as they were.
  const checks = fileCheckDays(type, next, calendar);
  return {
    action,
    next,
    now,
    // The queues sort and filter on the deadline the file now runs against (the commitment's after the certificate).
    projection: { status: next.status, responsibleOfficerId: next.responsibleOfficerId, dueOn: watchedDueOn(next) ?? next.clock.dueOn, version: next.version, now, decision: fileDecision(next), timersPlanned: plannedChecksKey(checks) },
    tasks: JSON.stringify(tasks) !== JSON.stringify(taskRows(state)) ? tasks : null,
    checks,
  };
}

function actionRow(action: FileAction): repo.ActionRow {
  return {
    seq: action.seq,
    type: action.type,
    actorAccountId: action.actorId,
    actorRole: action.actorRole,
    onDate: action.on,
    at: new Date(action.at),
    payload: action.payload as Record<string, unknown>,
    reason: action.reason ?? null,
    legalBasis: action.legalBasis ?? null,
  };
}

/** What an action projects besides the file row: its tasks, its timers when the checks changed, and notifications. */
function projectionWrites(fileId: number, type: FileTypeDefinition, planned: PlannedAction, timersPlannedBefore: string | null) {
  return [
    (t: Tx) => (planned.tasks ? repo.replaceTasks(t, fileId, planned.tasks) : Promise.resolve()),
    (t: Tx) => (planned.projection.timersPlanned !== timersPlannedBefore ? planFileTimers(t, fileId, planned.checks, planned.now) : Promise.resolve()),
    (t: Tx) => notifyOfAction(t, fileId, type, planned.action, planned.next),
  ] as const;
}

/**
 * appendAction on a row this transaction holds (locked) with the log read with it; answers the action and the new
 * snapshot.
 */
async function appendToLocked(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  type: FileTypeDefinition,
  held: { row: repo.FileRow; actions: FileAction[]; calendar: WorkingDayCalendar },
  expectedVersion: number,
  request: Omit<FileActionRequest, 'expectedVersion'>,
): Promise<FileSnapshot & { action: FileAction }> {
  const { row, actions, calendar } = held;
  const planned = planAction(ctx, actor, type, { version: row.version, actions, calendar }, expectedVersion, request);
  // The action and everything it projects go out together (issue 8); a refused append rolls all of them back.
  const [written] = await together(
    tx,
    (t) => repo.appendActionAndProjection(t, row.id, actionRow(planned.action), expectedVersion, planned.projection),
    ...projectionWrites(row.id, type, planned, row.timers_planned),
  );
  if (!written) throw new AppError('CONFLICT', { field: 'expectedVersion', message: 'the file changed while you acted; reload it' });
  return { action: planned.action, row, type, actions: [...actions, planned.action], state: planned.next, calendar };
}

/**
 * Whose file it is: the applicant's own, or — when a window officer files at the counter (一窗受理) —
 * the applicant account the officer names, which must exist and be an applicant.
 */
async function applicantFor(db: DbOrTx, actor: AccountActor, requested: number | undefined): Promise<number> {
  if (actor.account.role !== Role.WINDOW_OFFICER) return requested ?? actor.account.id;
  if (requested === undefined) throw new AppError('INVALID_REQUEST', { field: 'applicantId', message: 'a window officer files for an applicant: name the applicant account' });
  const applicant = await findAccount(db, requested);
  if (!applicant || applicant.role !== Role.APPLICANT || applicant.disabled) {
    throw new AppError('INVALID_REQUEST', { field: 'applicantId', message: `account ${requested} is not an active applicant` });
  }
  return applicant.id;
}

/**
 * TC-05: an applicant who made a false commitment may not use notification-commitment until its credit is
 * repaired. zimao has no credit file yet, so any false commitment found on one of its files bars it (TC-03: the
 * ordinary procedure stays open).
 */
async function assertMayUseCommitment(db: DbOrTx, applicantId: number): Promise<void> {
  const found = await repo.falseCommitmentsOf(db, applicantId);
  if (found.length === 0) return;
  const files = found.map((f) => `#${f.fileId} (${f.on})`).join(', ');
  throw new AppError('COMMITMENT_NOT_AVAILABLE', {
    field: 'type',
    message: `a false commitment was found on file ${files}: notification-commitment is not available until the applicant's credit is repaired (TC-05, ${COMMITMENT_BASIS}); apply under the ordinary procedure`,
    details: { rule: 'TC-05', files: found },
  });
}

/**
 * Trial Measures Art. 12: a foreign-invested establishment is checked against the negative list when it is
 * filed. A refusal (prohibited, or conditions not met) stops the filing with its reasons and nothing is written;
 * otherwise the check is kept with the file.
 */
async function admissionAtFiling(db: DbOrTx, type: FileTypeDefinition, form: unknown, on: string): Promise<AdmissionCheckResponse | null> {
  const question = type.admissionQuestion?.(form, on) ?? null;
  if (question === null) return null;
  const check = await checkInvestment(db, question);
  if (check.procedure === 'refuse') {
    const hits = check.measures.map((m) => `No. ${m.no} ${m.textZh}`).join('; ');
    throw new AppError('ADMISSION_REFUSED', {
      field: 'form.foreignInvestment',
      message: `${check.edition.code}: ${check.outcome}, not admissible${hits ? ` — ${hits}` : ''}; ${check.reasons.map((r) => r.en).join('; ')}`,
      details: { admission: check },
    });
  }
  return check;
}

/** Opens a file and submits it (the applicant's first action). */
export async function createFile(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateFileRequest): Promise<FileView> {
  const type = getFileType(input.type);
  const parsed = type.formSchema.safeParse(input.form);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['form', ...(issue?.path ?? []).map(String)].join('.');
    throw new AppError('INVALID_REQUEST', { field, message: `${field}: ${issue?.message ?? 'invalid'}` });
  }
  const form = parsed.data as Record<string, unknown>;
  const applicantId = await applicantFor(tx, actor, input.applicantId);
  if (type.commitment) await assertMayUseCommitment(tx, applicantId);
  const areaCode = String(form.areaCode ?? '');
  const [, calendar] = await together(
    tx,
    (t) => assertAreaExists(t, areaCode, 'form.areaCode'),
    (t) => loadCalendar(t),
  );
  const on = civilDateInShanghai(ctx.now());
  const check = await admissionAtFiling(tx, type, parsed.data, on);
  // Order No. 37 Art. 4: the security review of the same establishment, kept beside its negative-list check.
  const securityReview = check === null ? null : await securityReviewAtFiling(tx, type, parsed.data, on);
  const admission = check === null ? null : { ...check, ...(securityReview === null ? {} : { securityReview }) };
  // The submission is the file's first action: the row is inserted with what it projects and the action with it, in one
  // statement (issue 8: not inserted, then updated at once). No other transaction sees the row before this one
  // commits, and it has no documents yet.
  const planned = planAction(ctx, domainActor(actor), type, { version: 0, actions: [], calendar }, 0, { type: 'submit', payload: { applicantId } });
  const file = { type: type.code, applicantAccountId: applicantId, enterpriseUscc: typeof form.enterpriseUscc === 'string' ? form.enterpriseUscc : null, areaCode, form, admission };
  const row = await repo.insertFileWithFirstAction(tx, file, actionRow(planned.action), planned.projection);
  await together(tx, ...projectionWrites(row.id, type, planned, null));
  return viewOf(ctx, tx, actor, { row, type, actions: [planned.action], state: planned.next, calendar }, [], new Map());
}

/** Takes one action on a file as the actor (409 when not allowed now or when the file changed since expectedVersion). */
export async function takeAction(ctx: AppContext, tx: Tx, actor: AccountActor, fileId: number, request: FileActionRequest): Promise<FileView> {
  // One statement locks the file and reads its log, tasks, documents and people (issue 8). Who may never take this action
  // is refused first, with FORBIDDEN: auditedWrite leaves such a refusal off the trail, as it was never an attempt.
  const [held, calendar] = await lockedWithCalendar(tx, fileId);
  assertVisible(actor, held.row, held.tasks);
  const type = getFileType(held.row.type);
  assertRoleMayEver(actor, type, request.type);
  const snapshot = await appendToLocked(ctx, tx, domainActor(actor), type, { row: held.row, actions: held.actions.map(toFileAction), calendar }, request.expectedVersion, request);
  // An action never changes the documents: the page lists those read under the lock.
  return viewOf(ctx, tx, actor, snapshot, held.documents.map(documentView), held.names);
}

/**
 * Refuses, before the write begins, a role that never submits this type of file (FORBIDDEN, so no trail). Actions
 * and uploads check the role and the file's scope inside their transaction, on the row they read anyway.
 */
export function assertMaySubmit(actor: AccountActor, typeCode: string): void {
  assertRoleMayEver(actor, getFileType(typeCode), 'submit');
}

const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A document sent as base64 (every upload of zimao): its bytes and SHA-256, or a 400 naming contentBase64. */
export function decodeDocument(contentBase64: string): { content: Buffer; sha256: string } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw new AppError('INVALID_REQUEST', { field: 'contentBase64', message: 'is not base64' });
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new AppError('INVALID_REQUEST', { field: 'contentBase64', message: 'is empty' });
  if (content.length > MAX_DOCUMENT_BYTES) throw new AppError('INVALID_REQUEST', { field: 'contentBase64', message: `is ${content.length} bytes; at most 5 MB` });
  return { content, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Stores an uploaded document with its SHA-256; only the applicant and the file's officers may upload. */
export async function uploadDocument(tx: Tx, actor: AccountActor, fileId: number, input: UploadDocumentRequest): Promise<DocumentView> {
  const row = await repo.findFile(tx, fileId);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no file ${fileId}` });
  await assertVisibleRow(tx, actor, row);
  // Materials come from the applicant, or from the officers handling the file; supervisors and analysts read only.
  const role = actor.account.role;
  if (!(role === Role.APPLICANT || role === Role.WINDOW_OFFICER || role === Role.DEPARTMENT_REVIEWER)) {
    throw new AppError('FORBIDDEN', { message: `a ${role} does not upload materials` });
  }
  const { content, sha256 } = decodeDocument(input.contentBase64);
  return documentView(await repo.insertDocument(tx, { fileId, name: input.name, mediaType: input.mediaType, content, sha256, uploadedBy: actor.account.id }));
}

/** One document's bytes, for download. */
export async function getDocument(db: DbOrTx, actor: AccountActor, fileId: number, documentId: number) {
  const row = await repo.findFile(db, fileId);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no file ${fileId}` });
  await assertVisibleRow(db, actor, row);
  const doc = await repo.findDocument(db, fileId, documentId);
  if (!doc) throw new AppError('NOT_FOUND', { field: 'documentId', message: `no document ${documentId} on file ${fileId}` });
  return { name: doc.name, mediaType: doc.media_type, sha256: doc.sha256, content: Buffer.from(doc.content) };
}
