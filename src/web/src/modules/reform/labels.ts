import type { EvaluationOutcomeSchema, ReformStatusSchema } from '../../../../schemas/reform.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

// Records keyed by the schema's unions, so a status added on the server is a compile error here.
export const reformStatusLabels: Record<ReformStatusSchema, MessageId> = {
  proposed: 'reform.status.proposed',
  piloting: 'reform.status.piloting',
  evaluated: 'reform.status.evaluated',
  proposed_for_replication: 'reform.status.proposed_for_replication',
  replicated: 'reform.status.replicated',
  failed: 'reform.status.failed',
  closed: 'reform.status.closed',
};
export const REFORM_STATUSES = Object.keys(reformStatusLabels) as ReformStatusSchema[];

export const reformStatusColors: Record<ReformStatusSchema, string> = {
  proposed: 'default',
  piloting: 'processing',
  evaluated: 'blue',
  proposed_for_replication: 'purple',
  replicated: 'green',
  failed: 'orange',
  closed: 'default',
};

export const outcomeLabels: Record<EvaluationOutcomeSchema, MessageId> = {
  effective: 'reform.outcome.effective',
  partly_effective: 'reform.outcome.partly_effective',
  not_effective: 'reform.outcome.not_effective',
};
