// Plain TypeScript copies of the application-file (办件) vocabulary the web app needs. The server's own
// definitions live in src/domain/files (file-status.ts, action-type.ts, action-payloads.ts, file-types/); the web
// app may not import them, so the values are repeated here. Types of API answers come from src/schemas/files.ts.
import type { FileView } from '../../../../schemas/files.ts';

export const FILE_STATUSES = [
  'submitted',
  'correction_requested',
  'accepted',
  'paused',
  'approved',
  'rejected',
  'withdrawn',
  'certificate_issued',
  'under_verification',
  'rectification_ordered',
  'revoked',
] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const ACTION_TYPES = [
  'submit',
  'accept',
  'request_correction',
  'resubmit',
  'assign',
  'hand_over',
  'start_tasks',
  'assign_task',
  'approve_task',
  'reject_task',
  'approve',
  'reject',
  'withdraw',
  'extend',
  'pause',
  'resume',
  'issue_certificate',
  'deem_accepted',
  'deem_approved',
  'escalate',
  'verify_commitment',
  'confirm_rectified',
  'revoke',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Actions no person takes from the file page: submit (the new-application page) and the system's own steps. */
const NOT_ON_PANEL = ['submit', 'deem_accepted', 'deem_approved', 'escalate'] as const;
/** Actions a person takes from the file page: every action but those. */
export type PanelAction = Exclude<ActionType, (typeof NOT_ON_PANEL)[number]>;
export const PANEL_ACTIONS: readonly PanelAction[] = ACTION_TYPES.filter(
  (action): action is PanelAction => !(NOT_ON_PANEL as readonly string[]).includes(action),
);

export function isPanelAction(value: string): value is PanelAction {
  return (PANEL_ACTIONS as readonly string[]).includes(value);
}

export const SLA_STATES = ['on_time', 'due_soon', 'overdue'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const CLOCK_STATES = ['not_started', 'running', 'paused', 'extended', 'stopped'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export const TASK_STATUSES = ['open', 'approved', 'rejected', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** ALL Art. 45: an excluded procedure (hearing, testing, expert review…), or waiting for the applicant. */
export const PAUSE_KINDS = ['excluded_procedure', 'awaiting_applicant'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

export const OUTCOME_KINDS = ['approved', 'deemed_approved', 'rejected', 'withdrawn'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** 告知承诺制 (TC-02, TC-06): what post-verification of a commitment found. */
export const COMMITMENT_FINDINGS = ['confirmed', 'false_commitment'] as const;
export type CommitmentFinding = (typeof COMMITMENT_FINDINGS)[number];

/** Market-entity types of the market-registration form (src/domain/files/file-types/market-registration.ts). */
export const ENTITY_TYPES = [
  'limited_company',
  'joint_stock_company',
  'partnership',
  'sole_proprietorship',
  'branch',
  'individual_business',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The procedures the server knows (GET /api/file-types lists them with their limits). */
export const FILE_TYPE_CODES = ['permit-single', 'permit-parallel', 'market-registration', 'permit-commitment'] as const;
export type FileTypeCode = (typeof FILE_TYPE_CODES)[number];

export function isFileTypeCode(value: string): value is FileTypeCode {
  return (FILE_TYPE_CODES as readonly string[]).includes(value);
}

/** The shape of a Unified Social Credit Code (GB 32100), as the forms check it. */
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
/** A GB/T 4754-2017 class code. */
export const INDUSTRY_CLASS_PATTERN = /^\d{4}$/;

/** Documents the server accepts (POST /api/files/:id/documents), at most 5 MB each. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/ofd'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** One item of a correction notice (补正), as the server sends it. */
export type CorrectionItem = { departmentCode?: string; document: string; reason: string };

export function correctionItemsOf(notice: FileView['correctionNotices'][number]): CorrectionItem[] {
  return notice.items.map((item) => ({
    departmentCode: typeof item.departmentCode === 'string' ? item.departmentCode : undefined,
    document: typeof item.document === 'string' ? item.document : '',
    reason: typeof item.reason === 'string' ? item.reason : '',
  }));
}

/** The names of the people a file mentions (applicant, responsible officer, everyone in its timeline), by id. */
export function peopleOf(file: FileView): Map<number, string> {
  const names = new Map<number, string>();
  for (const entry of file.timeline) if (entry.actorId !== null) names.set(entry.actorId, entry.actorName);
  names.set(file.applicant.id, file.applicant.displayName);
  if (file.responsibleOfficer) names.set(file.responsibleOfficer.id, file.responsibleOfficer.displayName);
  return names;
}
