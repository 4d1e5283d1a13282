// Reading assessments: the templates (public reference data), the list and one assessment within the reader's record
// scope (applied in SQL), an evidence document, and the assessors the FTZ Office may assign.
import { recordScope } from '../../../domain/access/record-scope.ts';
import { ASSESSMENT_TEMPLATES } from '../../../domain/assessment/index.ts';
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { AssessmentDetail, AssessmentListQuery, AssessmentListResponse, AssessorsResponse, TemplatesResponse } from '../../../schemas/assessments.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { displayNames, listStaff } from '../accounts/service.ts';
import { isOffice, isScorer, visibleAssessment } from './access.ts';
import * as repo from './repository.ts';
import { toActionView, toDetail, toSummary, toTemplateView, type Names } from './views.ts';

/** The names of the accounts a page shows (ids may repeat; null stands for nobody). */
export function accountNames(db: DbOrTx, ids: Iterable<number | null>): Promise<Names> {
  return displayNames(db, [...ids].filter((id): id is number => id !== null));
}

/** Who appears in these follow-up actions: who opened each and who moved it. */
export function actionPeople(actions: readonly { opened_by: number }[], updates: readonly { actor_id: number }[]): number[] {
  return [...actions.map((a) => a.opened_by), ...updates.map((u) => u.actor_id)];
}

/** Every template version shipped (reference-data/plan/assessment-templates.json), with its weights and grade bands. */
export function listTemplates(): TemplatesResponse {
  return { items: ASSESSMENT_TEMPLATES.map(toTemplateView) };
}

/** Active assessor accounts: whom the FTZ Office may assign a third-party assessment to. */
export async function listAssessors(db: DbOrTx): Promise<AssessorsResponse> {
  const items = (await listStaff(db, { role: Role.ASSESSOR })).map((a) => ({ id: a.id, displayName: a.displayName }));
  return { items };
}

/**
 * Assessments the actor may read. An area officer asking for another area is refused (403) before anything is
 * read, rather than shown an empty list that would hide the refusal.
 */
export async function listAssessments(db: DbOrTx, actor: AccountActor, query: AssessmentListQuery): Promise<AssessmentListResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) {
    throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  }
  const { items, total } = await repo.listAssessments(db, scope, query);
  const names = await accountNames(db, items.map((row) => row.assessor_account_id));
  return { items: items.map((row) => toSummary(row, names, row.open_actions ?? 0)), total };
}

/** One assessment with its template, scores, live result, findings and actions; NOT_FOUND / FORBIDDEN naming `id`. */
export async function getAssessment(ctx: AppContext, db: DbOrTx, actor: AccountActor, id: number): Promise<AssessmentDetail> {
  const row = await visibleAssessment(db, actor, id);
  const today = civilDateInShanghai(ctx.now());
  const { items } = await repo.listActions(db, { kind: 'all' }, { assessmentId: id, limit: 1000, offset: 0 });
  const updates = await repo.listActionUpdates(db, items.map((a) => a.id));
  const scores = await repo.listScores(db, id);
  const findings = await repo.listFindings(db, id);
  const names = await accountNames(db, [
    row.assessor_account_id, row.created_by, row.submitted_by, ...scores.map((s) => s.scored_by), ...findings.map((f) => f.recorded_by), ...actionPeople(items, updates),
  ]);
  const actions = items.map((a) => toActionView(a, updates, names, today));
  const open = row.status !== 'closed';
  const may = { score: row.status === 'in_progress' && isScorer(actor, row), manage: open && isOffice(actor), recordFindings: open && (isOffice(actor) || isScorer(actor, row)) };
  return toDetail(row, { scores, findings, actions, names, may });
}

/** The evidence document of one criterion's score, for download; NOT_FOUND naming `criterionKey` when there is none. */
export async function getEvidenceDocument(db: DbOrTx, actor: AccountActor, id: number, criterionKey: string) {
  await visibleAssessment(db, actor, id);
  const doc = await repo.findScoreDocument(db, id, criterionKey);
  if (!doc?.document_content) throw new AppError('NOT_FOUND', { field: 'criterionKey', message: `no evidence document for ${criterionKey} on assessment ${id}` });
  return { name: doc.document_name ?? 'evidence', mediaType: doc.document_media_type ?? 'application/octet-stream', sha256: doc.document_sha256 ?? '', content: Buffer.from(doc.document_content) };
}
