// Reform pilot tasks (issue 7): the FTZ Office's register of tasks with their source, responsible department and
// status (Trial Measures Art. 6; Regulation 2019 Art. 7(4)), each move recorded with its evaluation — a failed pilot
// with the tolerance of failure, without penalty (Trial Measures Art. 5; Regulation 2019 Art. 5) — and the
// replication procedure (复制推广): proposal, review, decision, publication. The register is also the register of
// innovation cases (plan-targets.md V.(IV)): an area's case is a task with its area. Other features are used through
// their services: accounts (names), reference (departments, areas).
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import {
  REFORM_VOCABULARIES,
  applyReplicationStep,
  changeStatus,
  checkSourceKind,
  type Evaluation,
  type ReformStatus,
  type Replication,
} from '../../../domain/reform/index.ts';
import type {
  CreateReformTaskRequest,
  PublicReplicatedResponse,
  ReformListQuery,
  ReformListResponse,
  ReformStatusRequest,
  ReformTaskDetail,
  ReformVocabulariesView,
  ReplicationStepRequest,
} from '../../../schemas/reform.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { displayNames } from '../accounts/service.ts';
import { assertAreaExists, assertDepartmentExists, listDepartments } from '../reference/service.ts';
import * as repo from './repository.ts';
import { toPublicItem, toTaskDetail, toTaskView, type DepartmentNames } from './task-view.ts';

async function departmentNames(db: DbOrTx): Promise<DepartmentNames> {
  return new Map((await listDepartments(db)).items.map((d) => [d.code, { nameZh: d.nameZh, nameEn: d.nameEn }]));
}

const notFound = (id: number): never => {
  throw new AppError('NOT_FOUND', { field: 'id', message: `no reform task ${id}` });
};

/** The vocabularies the forms take (source kinds, replication scopes, deciding bodies), from the reference data. */
export function reformVocabularies(): ReformVocabulariesView {
  const v = REFORM_VOCABULARIES;
  return {
    sourceKinds: v.sourceKinds.map(({ key, nameZh, nameEn, instrument }) => ({ key, nameZh, nameEn, instrument })),
    replicationScopes: v.replicationScopes.map(({ key, nameZh, nameEn }) => ({ key, nameZh, nameEn })),
    decidingBodies: v.decidingBodies.map(({ departmentCode, basis }) => ({ departmentCode, basis })),
  };
}

/** The register, newest move first, with the vocabularies. */
export async function listTasks(db: DbOrTx, query: ReformListQuery): Promise<ReformListResponse> {
  const { items, total } = await repo.listTasks(db, query);
  const departments = await departmentNames(db);
  return { items: items.map((row) => toTaskView(row, departments)), total, vocabularies: reformVocabularies() };
}

/** One task with its history and the status moves allowed now, or NOT_FOUND naming `id`. */
export async function getTask(db: DbOrTx, id: number): Promise<ReformTaskDetail> {
  const row = (await repo.findTask(db, id)) ?? notFound(id);
  const events = await repo.listEvents(db, id);
  return { ...toTaskDetail(row, events, await departmentNames(db), await displayNames(db, events.map((e) => e.actor_id))), vocabularies: reformVocabularies() };
}

/** Throws INVALID_REQUEST naming `field` unless the task exists (a finding that points at an innovation case). */
export async function assertReformTaskExists(db: DbOrTx, id: number, field: string): Promise<void> {
  if (!(await repo.findTask(db, id))) throw new AppError('INVALID_REQUEST', { field, message: `no reform task ${id}` });
}

/** Creates a proposed task from a known source kind, for a department and optionally an area of the zone. */
export async function createTask(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateReformTaskRequest): Promise<ReformTaskDetail> {
  checkSourceKind(input.sourceKind, 'sourceKind');
  await assertDepartmentExists(tx, input.responsibleDepartmentCode, 'responsibleDepartmentCode');
  if (input.areaCode !== undefined) await assertAreaExists(tx, input.areaCode, 'areaCode');
  const now = ctx.now();
  const row = await repo.insertTask(tx, {
    title: input.title, titleEn: input.titleEn ?? null, description: input.description, sourceKind: input.sourceKind, sourceReference: input.sourceReference,
    responsibleDepartmentCode: input.responsibleDepartmentCode, areaCode: input.areaCode ?? null, createdBy: actor.account.id, now,
  });
  const { title, sourceKind, sourceReference, responsibleDepartmentCode, areaCode } = input;
  await repo.insertEvent(tx, { taskId: row.id, kind: 'created', fromStatus: null, toStatus: 'proposed', detail: { title, sourceKind, sourceReference, responsibleDepartmentCode, areaCode: areaCode ?? null }, note: null, actorId: actor.account.id, now });
  return getTask(tx, row.id);
}

/** A status move (piloting, evaluated, failed, closed) by the rules of src/domain/reform, recorded with its note. */
export async function changeTaskStatus(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: ReformStatusRequest): Promise<ReformTaskDetail> {
  const row = (await repo.lockTask(tx, id)) ?? notFound(id);
  const today = civilDateInShanghai(ctx.now());
  const change = changeStatus({ status: row.status as ReformStatus }, input, today);
  const now = ctx.now();
  await repo.updateTask(tx, id, { status: change.status, startedOn: change.startedOn, evaluation: change.evaluation, now });
  const detail = { to: change.status, ...(change.evaluation ? { evaluation: change.evaluation } : {}), ...(change.startedOn ? { startedOn: change.startedOn } : {}) };
  await repo.insertEvent(tx, { taskId: id, kind: 'status', fromStatus: row.status, toStatus: change.status, detail, note: input.note?.trim() || null, actorId: actor.account.id, now });
  return getTask(tx, id);
}

/** One step of the replication procedure (propose, review, decide, publish) in its order; reviewers are departments. */
export async function replicationStep(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: ReplicationStepRequest): Promise<ReformTaskDetail> {
  const row = (await repo.lockTask(tx, id)) ?? notFound(id);
  if (input.step === 'review') await assertDepartmentExists(tx, input.departmentCode, 'departmentCode');
  const today = civilDateInShanghai(ctx.now());
  const task = { status: row.status as ReformStatus, evaluation: row.evaluation as Evaluation | null, replication: row.replication as Replication | null };
  const next = applyReplicationStep(task, input, today);
  const now = ctx.now();
  await repo.updateTask(tx, id, { status: next.status, replication: next.replication, now });
  await repo.insertEvent(tx, { taskId: id, kind: 'replication', fromStatus: row.status, toStatus: next.status, detail: { ...input }, note: null, actorId: actor.account.id, now });
  return getTask(tx, id);
}

/** The public list (Trial Measures Art. 8, Regulation 2019 Art. 46: published information): replicated results only, newest publication first. */
export async function listReplicated(db: DbOrTx, page: { limit: number; offset: number }): Promise<PublicReplicatedResponse> {
  const { items, total } = await repo.listTasks(db, { status: 'replicated', limit: page.limit, offset: page.offset });
  const departments = await departmentNames(db);
  return { items: items.flatMap((row) => toPublicItem(row, departments) ?? []), total };
}
