// Message ids of the file vocabulary, written out in full (never built from pieces) so a search finds every use.
// Each map is keyed by its union, so a value added in fileModel.ts without a label is a compile error.
import type { WorkqueueName } from '../../../../schemas/files.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import type { ActionType, ClockState, CommitmentFinding, EntityType, FileStatus, OutcomeKind, PauseKind, SlaState, TaskStatus } from './fileModel.ts';

const statusLabels: Record<FileStatus, MessageId> = {
  submitted: 'files.status.submitted',
  correction_requested: 'files.status.correction_requested',
  accepted: 'files.status.accepted',
  paused: 'files.status.paused',
  approved: 'files.status.approved',
  rejected: 'files.status.rejected',
  withdrawn: 'files.status.withdrawn',
  certificate_issued: 'files.status.certificate_issued',
  under_verification: 'files.status.under_verification',
  rectification_ordered: 'files.status.rectification_ordered',
  revoked: 'files.status.revoked',
};

const actionLabels: Record<ActionType, MessageId> = {
  submit: 'files.action.submit',
  accept: 'files.action.accept',
  request_correction: 'files.action.request_correction',
  resubmit: 'files.action.resubmit',
  assign: 'files.action.assign',
  hand_over: 'files.action.hand_over',
  start_tasks: 'files.action.start_tasks',
  assign_task: 'files.action.assign_task',
  approve_task: 'files.action.approve_task',
  reject_task: 'files.action.reject_task',
  approve: 'files.action.approve',
  reject: 'files.action.reject',
  withdraw: 'files.action.withdraw',
  extend: 'files.action.extend',
  pause: 'files.action.pause',
  resume: 'files.action.resume',
  issue_certificate: 'files.action.issue_certificate',
  deem_accepted: 'files.action.deem_accepted',
  deem_approved: 'files.action.deem_approved',
  escalate: 'files.action.escalate',
  verify_commitment: 'files.action.verify_commitment',
  confirm_rectified: 'files.action.confirm_rectified',
  revoke: 'files.action.revoke',
};

export const queueLabels: Record<WorkqueueName, MessageId> = {
  mine: 'files.queue.mine',
  unassigned: 'files.queue.unassigned',
  due_soon: 'files.queue.due_soon',
  overdue: 'files.queue.overdue',
  awaiting_applicant: 'files.queue.awaiting_applicant',
  closed: 'files.queue.closed',
};

const slaLabels: Record<SlaState, MessageId> = {
  on_time: 'files.sla.on_time',
  due_soon: 'files.sla.due_soon',
  overdue: 'files.sla.overdue',
};

const clockLabels: Record<ClockState, MessageId> = {
  not_started: 'files.clock.not_started',
  running: 'files.clock.running',
  paused: 'files.clock.paused',
  extended: 'files.clock.extended',
  stopped: 'files.clock.stopped',
};

const taskStatusLabels: Record<TaskStatus, MessageId> = {
  open: 'files.taskStatus.open',
  approved: 'files.taskStatus.approved',
  rejected: 'files.taskStatus.rejected',
  cancelled: 'files.taskStatus.cancelled',
};

export const pauseKindLabels: Record<PauseKind, MessageId> = {
  excluded_procedure: 'files.pauseKind.excluded_procedure',
  awaiting_applicant: 'files.pauseKind.awaiting_applicant',
};

const outcomeLabels: Record<OutcomeKind, MessageId> = {
  approved: 'files.outcome.approved',
  deemed_approved: 'files.outcome.deemed_approved',
  rejected: 'files.outcome.rejected',
  withdrawn: 'files.outcome.withdrawn',
};

export const commitmentFindingLabels: Record<CommitmentFinding, MessageId> = {
  confirmed: 'files.commitmentFinding.confirmed',
  false_commitment: 'files.commitmentFinding.false_commitment',
};

export const entityTypeLabels: Record<EntityType, MessageId> = {
  limited_company: 'files.entityType.limited_company',
  joint_stock_company: 'files.entityType.joint_stock_company',
  partnership: 'files.entityType.partnership',
  sole_proprietorship: 'files.entityType.sole_proprietorship',
  branch: 'files.entityType.branch',
  individual_business: 'files.entityType.individual_business',
};

function lookup<K extends string>(table: Record<K, MessageId>, key: string | null | undefined): MessageId | undefined {
  return key != null && Object.prototype.hasOwnProperty.call(table, key) ? table[key as K] : undefined;
}

// The server sends these as plain strings; a value this app does not know yet gets undefined (shown raw).
export const statusLabelId = (status: string) => lookup(statusLabels, status);
export const actionLabelId = (action: string) => lookup(actionLabels, action);
export const slaLabelId = (sla: string | null) => lookup(slaLabels, sla);
export const clockLabelId = (state: string) => lookup(clockLabels, state);
export const taskStatusLabelId = (status: string) => lookup(taskStatusLabels, status);
export const pauseKindLabelId = (kind: unknown) => lookup(pauseKindLabels, typeof kind === 'string' ? kind : null);
export const outcomeLabelId = (kind: string) => lookup(outcomeLabels, kind);
export const commitmentFindingLabelId = (result: unknown) => lookup(commitmentFindingLabels, typeof result === 'string' ? result : null);

/** The label of an action this app knows (for the action panel's buttons and dialogs). */
export function knownActionLabelId(action: ActionType): MessageId {
  return actionLabels[action];
}
