// The payload of each action type, as zod schemas (unknown keys refused). The service and the repository parse
// stored and requested payloads with these; guards then read typed values.
import { z } from 'zod';
import { isCivilDate } from '../calendar/index.ts';
import type { ActionType } from './action-type.ts';

const Text = z.string().trim().min(1).max(2000);
const Id = z.number().int().positive();
const WorkingDays = z.number().int().min(1).max(365);
const DepartmentCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an UPPER_SNAKE department code');
const TaskId = z.string().regex(/^\d+-\d+$/, 'a task id "<seq>-<n>"');
const Reasons = z.array(Text).min(1).max(50);

/** SLA states an escalation can be raised for. */
export const EscalationLevel = z.enum(['due_soon', 'overdue']);
/** What a pause is for: an excluded procedure (ALL Art. 45) or waiting for the applicant. */
export const PauseKind = z.enum(['excluded_procedure', 'awaiting_applicant']);
export type PauseKind = z.infer<typeof PauseKind>;

/** TC-02 / TC-06: what post-verification found — the commitment was true, or it was false. */
export const CommitmentFinding = z.enum(['confirmed', 'false_commitment']);
export type CommitmentFinding = z.infer<typeof CommitmentFinding>;

/** One missing or defective document in a correction notice (补正). */
export const CorrectionItem = z.strictObject({
  departmentCode: DepartmentCode.optional(),
  document: Text,
  reason: Text,
});
export type CorrectionItem = z.infer<typeof CorrectionItem>;

/** The payload schema of every action type. */
export const ActionPayloadSchemas = {
  submit: z.strictObject({ applicantId: Id }),
  accept: z.strictObject({}),
  request_correction: z.strictObject({ items: z.array(CorrectionItem).min(1).max(200) }),
  resubmit: z.strictObject({}),
  assign: z.strictObject({ officerId: Id }),
  hand_over: z.strictObject({ toOfficerId: Id, reason: Text }),
  start_tasks: z.strictObject({
    tasks: z.array(z.strictObject({ departmentCode: DepartmentCode, workingDays: WorkingDays.optional() })).min(1).max(50),
  }),
  assign_task: z.strictObject({ taskId: TaskId, assigneeId: Id }),
  approve_task: z.strictObject({ taskId: TaskId, comment: Text.optional() }),
  reject_task: z.strictObject({ taskId: TaskId, reasons: Reasons, legalBasis: Text }),
  approve: z.strictObject({ comment: Text.optional() }),
  /** Reasons and legal basis may be left out only when the completion rule can no longer be met (taken from the tasks). */
  reject: z.strictObject({ reasons: Reasons.optional(), legalBasis: Text.optional() }),
  withdraw: z.strictObject({ reason: Text.optional() }),
  extend: z.strictObject({ workingDays: WorkingDays, approvedBy: Text, reason: Text }),
  pause: z.strictObject({ kind: PauseKind, reason: Text, expectedWorkingDays: WorkingDays.optional() }),
  resume: z.strictObject({}),
  issue_certificate: z.strictObject({ certificateNo: Text.optional() }),
  deem_accepted: z.strictObject({}),
  deem_approved: z.strictObject({}),
  escalate: z.strictObject({ level: EscalationLevel, to: Text }),
  verify_commitment: z.strictObject({ result: CommitmentFinding, findings: Text }),
  confirm_rectified: z.strictObject({ findings: Text }),
  revoke: z.strictObject({ reasons: Reasons, legalBasis: Text }),
} as const satisfies Record<ActionType, z.ZodType>;

/** The typed payload of action type A. */
export type ActionPayload<A extends ActionType> = z.infer<(typeof ActionPayloadSchemas)[A]>;

/** A civil date `YYYY-MM-DD` (Asia/Shanghai, TIME-07). */
export const CivilDateSchema = z.string().refine(isCivilDate, 'a civil date YYYY-MM-DD');
