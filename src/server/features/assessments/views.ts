// How assessments, scores, findings and follow-up actions are shown: templates with their weights, the live result
// of the scores (src/domain/assessment), names of the accounts involved, and each action's overdue flag for today.
import { assessmentResult, findTemplate, isOverdue, type AssessmentTemplate } from '../../../domain/assessment/index.ts';
import type { ActionView, AssessmentDetail, AssessmentSummary, FindingView, ScoreView, TemplateView } from '../../../schemas/assessments.ts';
import type { ActionUpdateRow, ActionWithAssessment, AssessmentRow, FindingRow, ScoreRow } from './repository.ts';

export type Names = Map<number, string>;

export const person = (names: Names, id: number) => ({ id, displayName: names.get(id) ?? `#${id}` });

export function toTemplateView(t: AssessmentTemplate): TemplateView {
  const { code, version, kind, nameZh, nameEn, basis, weightsOrigin, weightsConfidence, effectiveFrom, effectiveTo } = t;
  return {
    code, version, kind, nameZh, nameEn, basis, weightsOrigin, weightsConfidence, effectiveFrom, effectiveTo,
    criteria: t.criteria.map((c) => ({ ...c, scale: { ...c.scale } })),
    gradeBands: t.gradeBands.map((b) => ({ ...b })),
  };
}

export function templateOf(row: AssessmentRow): AssessmentTemplate {
  return findTemplate(row.template_code, row.template_version);
}

export function toSummary(row: AssessmentRow, names: Names, openActions: number): AssessmentSummary {
  const t = templateOf(row);
  const band = row.grade === null ? null : (t.gradeBands.find((b) => b.key === row.grade) ?? null);
  return {
    id: row.id,
    kind: row.kind,
    areaCode: row.area_code,
    period: row.period,
    template: { code: t.code, version: t.version, nameZh: t.nameZh, nameEn: t.nameEn },
    status: row.status,
    assessor: row.assessor_account_id === null ? null : person(names, row.assessor_account_id),
    total: row.total,
    grade: band ? { ...band } : null,
    openActions,
    createdAt: row.created_at.toISOString(),
  };
}

export function toScoreView(s: ScoreRow, names: Names): ScoreView {
  const document = s.document_sha256 === null ? null : { name: s.document_name ?? '', mediaType: s.document_media_type ?? '', sizeBytes: s.document_size_bytes ?? 0, sha256: s.document_sha256 };
  return { criterionKey: s.criterion_key, score: s.score, evidence: s.evidence, document, scoredBy: person(names, s.scored_by), scoredAt: s.scored_at.toISOString() };
}

export function toFindingView(f: FindingRow, names: Names): FindingView {
  return { id: f.id, kind: f.kind, criterionKey: f.criterion_key, text: f.text, reformTaskId: f.reform_task_id, recordedBy: person(names, f.recorded_by), recordedAt: f.recorded_at.toISOString() };
}

export function toActionView(a: ActionWithAssessment, updates: ActionUpdateRow[], names: Names, today: string): ActionView {
  return {
    id: a.id,
    assessmentId: a.assessment_id,
    assessment: { kind: a.kind, areaCode: a.area_code, period: a.period },
    findingId: a.finding_id,
    title: a.title,
    ownerAreaCode: a.owner_area_code,
    dueOn: a.due_on,
    status: a.status,
    overdue: isOverdue({ status: a.status, dueOn: a.due_on }, today),
    openedBy: person(names, a.opened_by),
    openedAt: a.opened_at.toISOString(),
    closedAt: a.closed_at?.toISOString() ?? null,
    updates: updates
      .filter((u) => u.action_id === a.id)
      .map((u) => ({ move: u.move, fromStatus: u.from_status, toStatus: u.to_status, note: u.note, by: person(names, u.actor_id), at: u.at.toISOString() })),
  };
}

export function toDetail(
  row: AssessmentRow,
  parts: { scores: ScoreRow[]; findings: FindingRow[]; actions: ActionView[]; names: Names; may: AssessmentDetail['may'] },
): AssessmentDetail {
  const t = templateOf(row);
  const result = assessmentResult(t, parts.scores.map((s) => ({ criterionKey: s.criterion_key, score: s.score })));
  const openActions = parts.actions.filter((a) => a.status !== 'closed').length;
  return {
    ...toSummary(row, parts.names, openActions),
    template: toTemplateView(t),
    scores: parts.scores.map((s) => toScoreView(s, parts.names)),
    result: { complete: result.complete, missing: [...result.missing], contributions: result.contributions.map((c) => ({ ...c })), total: result.total, grade: result.grade ? { ...result.grade } : null },
    findings: parts.findings.map((f) => toFindingView(f, parts.names)),
    actions: parts.actions,
    createdBy: person(parts.names, row.created_by),
    submittedBy: row.submitted_by === null ? null : person(parts.names, row.submitted_by),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    may: parts.may,
  };
}
