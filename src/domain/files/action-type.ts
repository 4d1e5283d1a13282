// The actions of an application file's log (办件操作). The log is append-only; the file's state is folded from it.

/** Every action an application file's log can hold. Referenced through the object, never as bare strings. */
export const ActionType = Object.freeze({
  SUBMIT: 'submit',
  ACCEPT: 'accept',
  /** 补正 / 一次告知: one consolidated notice of everything missing, across all departments (ALL Art. 32). */
  REQUEST_CORRECTION: 'request_correction',
  RESUBMIT: 'resubmit',
  /** 首问负责 (Trial Measures Art. 14): names the responsible window officer when none holds the file. */
  ASSIGN: 'assign',
  HAND_OVER: 'hand_over',
  /** 并联审批 (Trial Measures Art. 14; ALL Art. 26): fan-out to department tasks. */
  START_TASKS: 'start_tasks',
  ASSIGN_TASK: 'assign_task',
  APPROVE_TASK: 'approve_task',
  REJECT_TASK: 'reject_task',
  APPROVE: 'approve',
  REJECT: 'reject',
  WITHDRAW: 'withdraw',
  /** ALL Art. 42: +10 working days (single authority) or +15 (joint handling), with a head's approval. */
  EXTEND: 'extend',
  /** ALL Art. 45: excluded procedures (hearing, testing, expert review…) or waiting for the applicant. */
  PAUSE: 'pause',
  RESUME: 'resume',
  /** ALL Art. 44: the certificate is issued within 10 working days of the decision to grant. */
  ISSUE_CERTIFICATE: 'issue_certificate',
  /** ALL Art. 32: no correction notice within 5 working days → accepted from the day of receipt. */
  DEEM_ACCEPTED: 'deem_accepted',
  /** Only where the file type's own rule provides it (TIME-71: off by default). */
  DEEM_APPROVED: 'deem_approved',
  ESCALATE: 'escalate',
  /** 告知承诺 (TC-02, TC-07): the post-decision verification of the applicant's written commitment. */
  VERIFY_COMMITMENT: 'verify_commitment',
  /** TC-06: the rectification ordered after a false commitment was made within its period. */
  CONFIRM_RECTIFIED: 'confirm_rectified',
  /** TC-06: a false commitment not cured in time — the decision is revoked (ALL Art. 69). */
  REVOKE: 'revoke',
} as const);
export type ActionType = (typeof ActionType)[keyof typeof ActionType];

/** All action types, in declaration order. */
export const ACTION_TYPES: readonly ActionType[] = Object.freeze(Object.values(ActionType));

// Guarantees: true exactly for one of the ActionType values.
export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && (ACTION_TYPES as readonly string[]).includes(value);
}
