// Follow-up actions of an assessment, tracked to closure (Plan V.(IV); Trial Measures Art. 8): the FTZ Office opens
// one with an owner area and a due date; the owner area's officers report progress and completion; the Office
// verifies (or returns) and closes. The moves are the table of src/domain/assessment/follow-up-actions.ts.
import { recordScope } from '../../../domain/access/record-scope.ts';
import { AssessmentStatus, nextActionStatus, type ActionMove, type ActionParty, type ActionStatus } from '../../../domain/assessment/index.ts';
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import type { ActionListQuery, ActionListResponse, ActionView, CreateActionRequest } from '../../../schemas/assessments.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { assertAreaExists } from '../reference/service.ts';
import { accountNames, actionPeople } from './read.ts';
import * as repo from './repository.ts';
import { toActionView } from './views.ts';

/** A real calendar day written YYYY-MM-DD (the schema checks only the shape), else INVALID_REQUEST naming `dueOn`. */
function assertCivilDate(value: string, field: string): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new AppError('INVALID_REQUEST', { field, message: `${value} is not a calendar day` });
}

async function actionView(ctx: AppContext, db: DbOrTx, id: number): Promise<ActionView> {
  const row = await repo.findAction(db, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no follow-up action ${id}` });
  const assessment = await repo.findAssessment(db, row.assessment_id);
  const joined = { ...row, kind: assessment!.kind, area_code: assessment!.area_code, period: assessment!.period, assessor_account_id: assessment!.assessor_account_id };
  const updates = await repo.listActionUpdates(db, [id]);
  return toActionView(joined, updates, await accountNames(db, actionPeople([row], updates)), civilDateInShanghai(ctx.now()));
}

/** Opens a follow-up action on an assessment not yet closed, for a finding of it (optional), owned by an area. */
export async function openAction(ctx: AppContext, tx: Tx, actor: AccountActor, assessmentId: number, input: CreateActionRequest): Promise<ActionView> {
  const assessment = await repo.lockAssessment(tx, assessmentId);
  if (!assessment) throw new AppError('NOT_FOUND', { field: 'id', message: `no assessment ${assessmentId}` });
  if (assessment.status === AssessmentStatus.CLOSED) throw new AppError('CONFLICT', { field: 'id', message: `assessment ${assessmentId} is closed` });
  if (input.findingId !== undefined) {
    const finding = await repo.findFinding(tx, input.findingId);
    if (finding?.assessment_id !== assessmentId) throw new AppError('INVALID_REQUEST', { field: 'findingId', message: `finding ${input.findingId} is not a finding of assessment ${assessmentId}` });
  }
  const ownerAreaCode = input.ownerAreaCode ?? assessment.area_code;
  await assertAreaExists(tx, ownerAreaCode, 'ownerAreaCode');
  assertCivilDate(input.dueOn, 'dueOn');
  const now = ctx.now();
  const { id } = await repo.insertAction(tx, { assessmentId, findingId: input.findingId ?? null, title: input.title, ownerAreaCode, dueOn: input.dueOn, by: actor.account.id, now });
  await repo.insertActionUpdate(tx, { actionId: id, move: 'open', from: null, to: 'open', note: '', by: actor.account.id, now });
  return actionView(ctx, tx, id);
}

async function move(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, m: ActionMove, party: ActionParty, note: string | undefined): Promise<ActionView> {
  const row = await repo.lockAction(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no follow-up action ${id}` });
  const to = nextActionStatus(row.status as ActionStatus, m, party, note);
  const now = ctx.now();
  await repo.setActionStatus(tx, id, to, now);
  await repo.insertActionUpdate(tx, { actionId: id, move: m, from: row.status, to, note: note?.trim() ?? '', by: actor.account.id, now });
  return actionView(ctx, tx, id);
}

/** The owner area's officer reports progress or completion (scope checked again inside the transaction). */
export async function moveActionAsArea(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: { move: 'progress' | 'done'; note: string }): Promise<ActionView> {
  const row = await repo.findAction(tx, id);
  const scope = recordScope(actor.account);
  if (row && (scope.kind !== 'area' || scope.areaCode !== row.owner_area_code)) throw new AppError('FORBIDDEN', { field: 'id', message: `action ${id} is owned by area ${row.owner_area_code}` });
  return move(ctx, tx, actor, id, input.move, 'area', input.note);
}

/** The FTZ Office verifies, returns (with the reason) or closes an action. */
export function moveActionAsOffice(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: { move: 'verify' | 'return' | 'close'; note?: string | undefined }): Promise<ActionView> {
  return move(ctx, tx, actor, id, input.move, 'office', input.note);
}

/**
 * Actions the actor may read (an area officer: those its area owns; an assessor: those of its assessments), most
 * urgent first. An area officer asking for another area is refused (403) before anything is read.
 */
export async function listActions(ctx: AppContext, db: DbOrTx, actor: AccountActor, query: ActionListQuery): Promise<ActionListResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  const today = civilDateInShanghai(ctx.now());
  const { items, total } = await repo.listActions(db, scope, {
    areaCode: query.areaCode, status: query.status, assessmentId: query.assessmentId, overdueOn: query.overdue === 'true' ? today : undefined, limit: query.limit, offset: query.offset,
  });
  const updates = await repo.listActionUpdates(db, items.map((a) => a.id));
  const names = await accountNames(db, actionPeople(items, updates));
  return { items: items.map((a) => toActionView(a, updates, names, today)), total };
}
