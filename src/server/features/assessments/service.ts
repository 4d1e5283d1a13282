// Area assessments (issue 7; Plan V.(IV); Trial Measures Art. 8): the FTZ Office creates an assessment of an area for
// a period on a template version, assigns a third-party one to an outside assessor; the scorer (the FTZ Office, or
// the assigned assessor) scores every criterion with evidence and submits, which fixes the weighted total and grade;
// findings are recorded and follow-up actions tracked to closure (actions.ts); the Office closes the assessment once
// every action is closed. Other features are used through their services: accounts, reference, reform.
import { createHash } from 'node:crypto';
import { AssessmentStatus, assessmentResult, checkScoreEntries, findTemplate, isThirdParty, periodSpan, templateFor } from '../../../domain/assessment/index.ts';
import { AppError } from '../../../domain/app-error.ts';
import { Role } from '../../../schemas/auth.ts';
import type { AssessmentDetail, AssignAssessorRequest, CreateAssessmentRequest, CreateFindingRequest, PutScoresRequest } from '../../../schemas/assessments.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { findAccount } from '../accounts/service.ts';
import { assertReformTaskExists } from '../reform/service.ts';
import { assertAreaExists } from '../reference/service.ts';
import { assertScorer, isOffice } from './access.ts';
import { getAssessment } from './read.ts';
import * as repo from './repository.ts';

export { assertActionExists, assertMayRecordFinding, assertMayScore, assertOwnsAction } from './access.ts';
export { getAssessment, getEvidenceDocument, listAssessments, listAssessors, listTemplates } from './read.ts';
export { listActions, moveActionAsArea, moveActionAsOffice, openAction } from './actions.ts';

/** Evidence documents are at most 2 MB: a report or a scan, not an archive. */
const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;

/** An active assessor account, else INVALID_REQUEST naming `field`. */
async function assertAssessor(db: DbOrTx, id: number, field: string): Promise<void> {
  const account = await findAccount(db, id);
  if (!account || account.role !== Role.ASSESSOR || account.disabled) throw new AppError('INVALID_REQUEST', { field, message: `account ${id} is not an active assessor` });
}

/** The assessment locked for the write, in progress, else NOT_FOUND or CONFLICT naming `id`. */
async function lockInProgress(tx: Tx, id: number, what: string) {
  const row = await repo.lockAssessment(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no assessment ${id}` });
  if (row.status !== AssessmentStatus.IN_PROGRESS) throw new AppError('CONFLICT', { field: 'id', message: `assessment ${id} is ${row.status}: ${what} only while it is in progress` });
  return row;
}

/** Creates an assessment; one per kind, area and period (409 naming `period` for a second). */
export async function createAssessment(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateAssessmentRequest): Promise<AssessmentDetail> {
  const span = periodSpan(input.kind, input.period);
  const template = templateFor(input.kind, span.to, { code: input.templateCode, version: input.templateVersion });
  await assertAreaExists(tx, input.areaCode, 'areaCode');
  if (input.assessorId !== undefined) {
    if (!isThirdParty(input.kind)) throw new AppError('INVALID_REQUEST', { field: 'assessorId', message: `a ${input.kind} assessment is scored by the FTZ Office; only third-party ones have an assessor` });
    await assertAssessor(tx, input.assessorId, 'assessorId');
  }
  const key = { kind: input.kind, areaCode: input.areaCode, period: input.period };
  const inserted = await repo.insertAssessment(tx, { ...key, templateCode: template.code, templateVersion: template.version, assessorId: input.assessorId ?? null, createdBy: actor.account.id, now: ctx.now() });
  if (!inserted) {
    const existing = await repo.findAssessmentByKey(tx, key);
    throw new AppError('CONFLICT', { field: 'period', message: `the ${input.kind} assessment of ${input.areaCode} for ${input.period} exists already (id ${existing?.id})` });
  }
  return getAssessment(ctx, tx, actor, inserted.id);
}

/** Assigns (or reassigns) a third-party assessment in progress to an assessor. */
export async function assignAssessor(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: AssignAssessorRequest): Promise<AssessmentDetail> {
  const row = await lockInProgress(tx, id, 'an assessor is assigned');
  if (!isThirdParty(row.kind)) throw new AppError('CONFLICT', { field: 'id', message: `assessment ${id} is ${row.kind}: the FTZ Office scores it, no assessor is assigned` });
  await assertAssessor(tx, input.assessorId, 'assessorId');
  await repo.setAssessor(tx, id, input.assessorId);
  return getAssessment(ctx, tx, actor, id);
}

/** A document of a score entry, decoded and checked (base64, at most 2 MB), naming `scores.<i>.document.contentBase64`. */
function decodeDocument(entry: PutScoresRequest['scores'][number], i: number) {
  if (entry.document === undefined || entry.document === null) return entry.document;
  const field = `scores.${i}.document.contentBase64`;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(entry.document.contentBase64)) throw new AppError('INVALID_REQUEST', { field, message: 'is not base64' });
  const content = Buffer.from(entry.document.contentBase64, 'base64');
  if (content.length === 0) throw new AppError('INVALID_REQUEST', { field, message: 'is empty' });
  if (content.length > MAX_EVIDENCE_BYTES) throw new AppError('INVALID_REQUEST', { field, message: `is ${content.length} bytes; at most 2 MB` });
  return { name: entry.document.name, mediaType: entry.document.mediaType, content, sha256: createHash('sha256').update(content).digest('hex') };
}

/**
 * Scores some or all criteria, each within its scale and with evidence (src/domain/assessment checkScoreEntries);
 * everything is checked before the first row is written, and any refusal writes nothing.
 */
export async function putScores(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: PutScoresRequest): Promise<AssessmentDetail> {
  const row = await lockInProgress(tx, id, 'scores are given');
  assertScorer(actor, row);
  const checked = checkScoreEntries(findTemplate(row.template_code, row.template_version), input.scores);
  const documents = input.scores.map(decodeDocument);
  const now = ctx.now();
  for (const [i, s] of checked.entries()) await repo.upsertScore(tx, id, { ...s, document: documents[i] }, actor.account.id, now);
  return getAssessment(ctx, tx, actor, id);
}

/** Submits a fully scored assessment: the weighted total and grade are fixed (409 naming `scores` while any criterion is unscored). */
export async function submitAssessment(ctx: AppContext, tx: Tx, actor: AccountActor, id: number): Promise<AssessmentDetail> {
  const row = await lockInProgress(tx, id, 'it is submitted');
  assertScorer(actor, row);
  const result = assessmentResult(findTemplate(row.template_code, row.template_version), (await repo.listScores(tx, id)).map((r) => ({ criterionKey: r.criterion_key, score: r.score })));
  if (!result.complete || result.total === null || result.grade === null) {
    throw new AppError('CONFLICT', { field: 'scores', message: `every criterion is scored before submitting; not yet: ${result.missing.join(', ')}` });
  }
  await repo.markSubmitted(tx, id, { total: result.total, grade: result.grade.key, by: actor.account.id, now: ctx.now() });
  return getAssessment(ctx, tx, actor, id);
}

/** Records a finding (the scorer, or the FTZ Office on any assessment) until the assessment is closed. */
export async function addFinding(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, input: CreateFindingRequest): Promise<AssessmentDetail> {
  const row = await repo.lockAssessment(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no assessment ${id}` });
  if (!isOffice(actor)) assertScorer(actor, row);
  if (row.status === AssessmentStatus.CLOSED) throw new AppError('CONFLICT', { field: 'id', message: `assessment ${id} is closed` });
  if (input.criterionKey !== undefined && !findTemplate(row.template_code, row.template_version).criteria.some((c) => c.key === input.criterionKey)) {
    throw new AppError('INVALID_REQUEST', { field: 'criterionKey', message: `${input.criterionKey} is not a criterion of ${row.template_code} v${row.template_version}` });
  }
  if (input.reformTaskId !== undefined) await assertReformTaskExists(tx, input.reformTaskId, 'reformTaskId');
  await repo.insertFinding(tx, { assessmentId: id, kind: input.kind, criterionKey: input.criterionKey ?? null, text: input.text, reformTaskId: input.reformTaskId ?? null, by: actor.account.id, now: ctx.now() });
  return getAssessment(ctx, tx, actor, id);
}

/** Closes a submitted assessment whose follow-up actions are all closed (409 naming `id` otherwise). */
export async function closeAssessment(ctx: AppContext, tx: Tx, actor: AccountActor, id: number): Promise<AssessmentDetail> {
  const row = await repo.lockAssessment(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no assessment ${id}` });
  if (row.status !== AssessmentStatus.SUBMITTED) throw new AppError('CONFLICT', { field: 'id', message: `assessment ${id} is ${row.status}; a submitted assessment is closed` });
  const open = Number((await repo.countOpenActions(tx, id)).n);
  if (open > 0) throw new AppError('CONFLICT', { field: 'id', message: `${open} follow-up action(s) of assessment ${id} are not closed yet` });
  await repo.markClosed(tx, id, ctx.now());
  return getAssessment(ctx, tx, actor, id);
}
