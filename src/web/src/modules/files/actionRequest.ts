// Turns the action panel's form values into the body of POST /api/files/:id/actions. The payload of each action
// follows src/domain/files/action-payloads.ts (strict objects: no key that the action does not know is sent).
import type { FileActionRequest, FileView } from '../../../../schemas/files.ts';
import type { UserView } from '../../../../schemas/auth.ts';
import type { CommitmentFinding, PanelAction, PauseKind } from './fileModel.ts';

export type CorrectionItemValues = { departmentCode?: string; document?: string; reason?: string };
export type TaskValues = { departmentCode?: string; workingDays?: number | null };

/** Every field any action's form may have; each action uses its own few. */
export type ActionFormValues = {
  note?: string;
  items?: CorrectionItemValues[];
  tasks?: TaskValues[];
  officerId?: number | null;
  toOfficerId?: number | null;
  taskId?: string;
  assigneeId?: number | null;
  comment?: string;
  reasonsText?: string;
  legalBasis?: string;
  workingDays?: number | null;
  approvedBy?: string;
  reason?: string;
  kind?: PauseKind;
  expectedWorkingDays?: number | null;
  certificateNo?: string;
  /** 告知承诺: the finding of verify_commitment, and what verification or the check of a rectification found. */
  result?: CommitmentFinding;
  findings?: string;
};

type Body = Omit<FileActionRequest, 'payload'> & { payload: Record<string, unknown> };

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};
const lines = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
/** Leaves out the keys whose value is undefined (the server's payload schemas are strict). */
function compact(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined && v !== null));
}

/** The payload of the action from its form values. */
export function actionPayload(action: PanelAction, v: ActionFormValues): Record<string, unknown> {
  switch (action) {
    case 'accept':
    case 'resubmit':
    case 'resume':
      return {};
    case 'request_correction':
      return {
        items: (v.items ?? []).map((item) =>
          compact({ departmentCode: clean(item.departmentCode), document: clean(item.document), reason: clean(item.reason) }),
        ),
      };
    case 'assign':
      return { officerId: v.officerId };
    case 'hand_over':
      return { toOfficerId: v.toOfficerId, reason: clean(v.reason) };
    case 'start_tasks':
      return { tasks: (v.tasks ?? []).map((task) => compact({ departmentCode: task.departmentCode, workingDays: task.workingDays })) };
    case 'assign_task':
      return { taskId: v.taskId, assigneeId: v.assigneeId };
    case 'approve_task':
      return compact({ taskId: v.taskId, comment: clean(v.comment) });
    case 'reject_task':
      return { taskId: v.taskId, reasons: lines(v.reasonsText), legalBasis: clean(v.legalBasis) };
    case 'approve':
      return compact({ comment: clean(v.comment) });
    case 'reject': {
      const reasons = lines(v.reasonsText);
      return compact({ reasons: reasons.length > 0 ? reasons : undefined, legalBasis: clean(v.legalBasis) });
    }
    case 'withdraw':
      return compact({ reason: clean(v.reason) });
    case 'extend':
      return { workingDays: v.workingDays, approvedBy: clean(v.approvedBy), reason: clean(v.reason) };
    case 'pause':
      return compact({ kind: v.kind, reason: clean(v.reason), expectedWorkingDays: v.expectedWorkingDays });
    case 'issue_certificate':
      return compact({ certificateNo: clean(v.certificateNo) });
    case 'verify_commitment':
      return { result: v.result, findings: clean(v.findings) };
    case 'confirm_rectified':
      return { findings: clean(v.findings) };
    case 'revoke':
      return { reasons: lines(v.reasonsText), legalBasis: clean(v.legalBasis) };
  }
}

/** The request body: the action, the version it was taken on, its payload and the optional note as reason. */
export function actionRequest(action: PanelAction, file: FileView, values: ActionFormValues): Body {
  const note = clean(values.note);
  return { type: action, expectedVersion: file.version, payload: actionPayload(action, values), ...(note ? { reason: note } : {}) };
}

/** Actions whose own payload carries the why; the others get an optional note sent as the action's reason. */
export const ACTIONS_WITH_OWN_REASON: readonly PanelAction[] = [
  'hand_over',
  'approve_task',
  'reject_task',
  'approve',
  'reject',
  'withdraw',
  'extend',
  'pause',
  'verify_commitment',
  'confirm_rectified',
  'revoke',
];

/** The department tasks a department reviewer may take this action on. */
export function tasksFor(action: PanelAction, file: FileView, user: UserView): FileView['tasks'] {
  return file.tasks.filter(
    (task) =>
      task.status === 'open' &&
      (user.role !== 'department_reviewer' || task.departmentCode === user.departmentCode) &&
      (action === 'assign_task' || task.assigneeId === null || task.assigneeId === user.id),
  );
}

/** Documents named by earlier correction notices: a later notice may only repeat these (一次告知, ALL Art. 32). */
export function namedDocuments(file: FileView): string[] {
  const names = file.correctionNotices.flatMap((n) => n.items.map((i) => (typeof i.document === 'string' ? i.document.trim() : '')));
  return [...new Set(names.filter((n) => n !== ''))];
}

/** What a form starts with, e.g. the reviewer's own task, the type's departments, the earlier correction items. */
export function initialValues(action: PanelAction, file: FileView, user: UserView, typeDepartments: string[]): ActionFormValues {
  switch (action) {
    case 'assign':
      return { officerId: user.id };
    case 'assign_task':
      return { taskId: tasksFor(action, file, user)[0]?.id, assigneeId: user.id };
    case 'approve_task':
    case 'reject_task':
      return { taskId: tasksFor(action, file, user)[0]?.id };
    case 'start_tasks': {
      const open = new Set(file.tasks.filter((t) => t.status === 'open').map((t) => t.departmentCode));
      const codes = typeDepartments.filter((code) => !open.has(code));
      return { tasks: codes.length > 0 ? codes.map((departmentCode) => ({ departmentCode })) : [{}] };
    }
    case 'request_correction': {
      const named = namedDocuments(file);
      return { items: named.length > 0 ? named.map((document) => ({ document })) : [{}] };
    }
    case 'pause':
      return { kind: 'excluded_procedure' };
    default:
      return {};
  }
}
