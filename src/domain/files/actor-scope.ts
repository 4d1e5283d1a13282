// Who may act on which file, beyond their role: applicants only on their own file; a window officer only on a
// file they hold or that nobody holds yet (首问负责, Trial Measures Art. 14); department reviewers only on the
// tasks of their own department (并联审批).
import type { ActionType } from './action-type.ts';
import type { ActionAttempt, Actor } from './file-action.ts';
import type { FileState, FileTask } from './file-state.ts';
import type { Refusal } from './file-type.ts';

const TASK_ACTIONS: readonly ActionType[] = ['assign_task', 'approve_task', 'reject_task'];
const forbidden = (message: string): Refusal => ({ code: 'FORBIDDEN', message });

// Guarantees: a FORBIDDEN refusal when the actor may not touch this file at all in their role, else null.
export function fileScopeRefusal(state: FileState, actor: Actor): Refusal | null {
  switch (actor.role) {
    case 'applicant':
      return state.applicantId === actor.id ? null : forbidden('an applicant acts only on their own file');
    case 'window_officer':
      return state.responsibleOfficerId === null || state.responsibleOfficerId === actor.id
        ? null
        : forbidden(`officer ${state.responsibleOfficerId} is responsible for this file (首问负责); ask for a handover`);
    case 'department_reviewer':
      if (!actor.departmentCode) return forbidden('a department reviewer must belong to a department');
      return state.tasks.some((t) => t.departmentCode === actor.departmentCode)
        ? null
        : forbidden(`no task of department ${actor.departmentCode} on this file`);
    default:
      return null;
  }
}

// Guarantees: for a department reviewer, a refusal unless the action concerns an open task of their department
// they may handle (unassigned or theirs; any colleague's for assign_task). With a payload the named task is
// checked (unknown → INVALID_REQUEST, other department or assignee → FORBIDDEN); without one, some task must qualify.
export function taskScopeRefusal(state: FileState, attempt: ActionAttempt, actor: Actor): Refusal | null {
  if (actor.role !== 'department_reviewer') return null;
  const mine = (t: FileTask): boolean => t.departmentCode === actor.departmentCode;
  const handles = (t: FileTask): boolean => attempt.type === 'assign_task' || t.assigneeId === null || t.assigneeId === actor.id;
  if (!TASK_ACTIONS.includes(attempt.type)) {
    return state.tasks.some((t) => mine(t) && t.status === 'open') ? null : forbidden('no open task of your department');
  }
  const taskId = attempt.payload && 'taskId' in attempt.payload ? attempt.payload.taskId : undefined;
  if (taskId === undefined) {
    return state.tasks.some((t) => mine(t) && t.status === 'open' && handles(t)) ? null : forbidden('no open task you may handle');
  }
  const task = state.tasks.find((t) => t.id === taskId);
  if (task === undefined) return { code: 'INVALID_REQUEST', field: 'payload.taskId', message: `no task ${taskId} on this file` };
  if (!mine(task)) return forbidden(`task ${taskId} belongs to department ${task.departmentCode}`);
  return handles(task) ? null : forbidden(`task ${taskId} is assigned to reviewer ${task.assigneeId}`);
}
