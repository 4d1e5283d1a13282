// Who may read and write an assessment, decided before anything is written (a refused caller leaves no trace):
// the record scope (all; an area officer's area; an assessor's assigned assessments — record-scope.ts), and the
// scorer of Plan V.(IV): the FTZ Office for its annual and mid-term assessments, the assigned assessor for a
// third-party one.
import { Permission, roleHas } from '../../../domain/access/permissions.ts';
import { recordScope, scopeAllows } from '../../../domain/access/record-scope.ts';
import { isThirdParty, type AssessmentKind } from '../../../domain/assessment/index.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import * as repo from './repository.ts';

type Keys = { id: number; kind: AssessmentKind; area_code: string; assessor_account_id: number | null; status: string };

// Guarantees: true when the assessment lies in the actor's record scope.
export function mayRead(actor: AccountActor, a: Keys): boolean {
  return scopeAllows(recordScope(actor.account), { areaCode: a.area_code, ownerId: a.assessor_account_id });
}

// Guarantees: true when the actor scores this assessment (Plan V.(IV)).
export function isScorer(actor: AccountActor, a: Keys): boolean {
  if (isThirdParty(a.kind)) return a.assessor_account_id === actor.account.id;
  return roleHas(actor.account.role, Permission.ASSESSMENTS_MANAGE);
}

export function isOffice(actor: AccountActor): boolean {
  return roleHas(actor.account.role, Permission.ASSESSMENTS_MANAGE);
}

// Guarantees: the assessment when it exists and lies in the actor's scope; else NOT_FOUND or FORBIDDEN naming `id`.
export async function visibleAssessment(db: DbOrTx, actor: AccountActor, id: number) {
  const row = await repo.findAssessment(db, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no assessment ${id}` });
  if (!mayRead(actor, row)) throw new AppError('FORBIDDEN', { field: 'id', message: 'this assessment lies outside your scope' });
  return row;
}

// Guarantees: returns only when the actor may score the assessment (and record its findings); else FORBIDDEN naming `id`.
export function assertScorer(actor: AccountActor, a: Keys): void {
  if (isScorer(actor, a)) return;
  const why = isThirdParty(a.kind)
    ? 'a third-party assessment is scored by the assessor assigned to it (Plan V.(IV))'
    : 'annual and mid-term assessments are scored by the FTZ Office (Plan V.(IV); Trial Measures Art. 8)';
  throw new AppError('FORBIDDEN', { field: 'id', message: why });
}

/** Checked before the write begins: the scorer of a visible assessment. */
export async function assertMayScore(db: DbOrTx, actor: AccountActor, id: number): Promise<void> {
  assertScorer(actor, await visibleAssessment(db, actor, id));
}

/** Checked before the write begins: the scorer, or the FTZ Office, which records findings on any assessment. */
export async function assertMayRecordFinding(db: DbOrTx, actor: AccountActor, id: number): Promise<void> {
  const row = await visibleAssessment(db, actor, id);
  if (!isOffice(actor)) assertScorer(actor, row);
}

/** Checked before the write begins: an action exists and its owner area is the area officer's own. */
export async function assertOwnsAction(db: DbOrTx, actor: AccountActor, actionId: number): Promise<void> {
  const action = await repo.findAction(db, actionId);
  if (!action) throw new AppError('NOT_FOUND', { field: 'id', message: `no follow-up action ${actionId}` });
  const scope = recordScope(actor.account);
  if (scope.kind !== 'area' || scope.areaCode !== action.owner_area_code) {
    throw new AppError('FORBIDDEN', { field: 'id', message: `action ${actionId} is owned by area ${action.owner_area_code}; its officers report on it` });
  }
}

/** Checked before the write begins: an action exists (the FTZ Office reviews any). */
export async function assertActionExists(db: DbOrTx, actionId: number): Promise<void> {
  if (!(await repo.findAction(db, actionId))) throw new AppError('NOT_FOUND', { field: 'id', message: `no follow-up action ${actionId}` });
}
