import type { ActionStatusSchema, AssessmentKindSchema, FindingKindSchema } from '../../../../schemas/assessments.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

// Records keyed by the schema's unions, so a kind or status added on the server is a compile error here.
export const kindLabels: Record<AssessmentKindSchema, MessageId> = {
  annual: 'assessments.kind.annual',
  mid_term: 'assessments.kind.mid_term',
  third_party_semiannual: 'assessments.kind.third_party_semiannual',
  third_party_annual: 'assessments.kind.third_party_annual',
};
export const ASSESSMENT_KINDS = Object.keys(kindLabels) as AssessmentKindSchema[];

export const statusLabels: Record<'in_progress' | 'submitted' | 'closed', MessageId> = {
  in_progress: 'assessments.status.in_progress',
  submitted: 'assessments.status.submitted',
  closed: 'assessments.status.closed',
};
export const statusColors: Record<'in_progress' | 'submitted' | 'closed', string> = { in_progress: 'processing', submitted: 'blue', closed: 'default' };

export const findingLabels: Record<FindingKindSchema, MessageId> = {
  strength: 'assessments.finding.strength',
  problem: 'assessments.finding.problem',
  bottleneck: 'assessments.finding.bottleneck',
  suggestion: 'assessments.finding.suggestion',
  innovation_case: 'assessments.finding.innovation_case',
  replicable_experience: 'assessments.finding.replicable_experience',
};
export const FINDING_KINDS = Object.keys(findingLabels) as FindingKindSchema[];

export const actionStatusLabels: Record<ActionStatusSchema, MessageId> = {
  open: 'assessments.action.open',
  in_progress: 'assessments.action.in_progress',
  done: 'assessments.action.done',
  verified: 'assessments.action.verified',
  closed: 'assessments.action.closed',
};
export const actionStatusColors: Record<ActionStatusSchema, string> = { open: 'default', in_progress: 'processing', done: 'gold', verified: 'cyan', closed: 'green' };

export const moveLabels: Record<string, MessageId> = {
  open: 'assessmentActions.move.open',
  progress: 'assessmentActions.move.progress',
  done: 'assessmentActions.move.done',
  verify: 'assessmentActions.move.verify',
  return: 'assessmentActions.move.return',
  close: 'assessmentActions.move.close',
};

/** Which moves each side may make from a status (the server's table, src/domain/assessment/follow-up-actions.ts). */
export function areaMoves(status: ActionStatusSchema): ('progress' | 'done')[] {
  return status === 'open' || status === 'in_progress' ? ['progress', 'done'] : [];
}
export function officeMoves(status: ActionStatusSchema): ('verify' | 'return' | 'close')[] {
  if (status === 'done') return ['verify', 'return'];
  return status === 'verified' ? ['close'] : [];
}
