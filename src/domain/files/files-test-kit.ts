// Test kit for the file engine: actors and a log that appends only what assertActionAllowed lets through.
import { createDefaultWorkingDayCalendar, type CivilDate } from '../calendar/index.ts';
import { isAppError, type AppError } from '../app-error.ts';
import type { ActionType } from './action-type.ts';
import { assertActionAllowed } from './allowed-actions.ts';
import { deriveFileState } from './derive-file-state.ts';
import type { Actor, FileAction } from './file-action.ts';
import type { FileState } from './file-state.ts';
import type { FileTypeDefinition } from './file-type.ts';

export const calendar = createDefaultWorkingDayCalendar();

export const applicant: Actor = { id: 1, role: 'applicant' };
export const otherApplicant: Actor = { id: 2, role: 'applicant' };
export const officer: Actor = { id: 10, role: 'window_officer' };
export const otherOfficer: Actor = { id: 11, role: 'window_officer' };
export const supervisor: Actor = { id: 20, role: 'area_officer' };
export const analyst: Actor = { id: 30, role: 'analyst' };
export const system: Actor = { id: null, role: 'system' };
export const reviewer = (departmentCode: string, id = 100): Actor => ({ id, role: 'department_reviewer', departmentCode });

/** A file's log built through the engine's own checks. */
export class FileLog {
  readonly actions: FileAction[] = [];
  state: FileState | null = null;

  constructor(readonly type: FileTypeDefinition) {}

  // Guarantees: appends the action when allowed and refolds the state; throws the engine's AppError otherwise.
  act(actor: Actor, type: ActionType, on: CivilDate, payload: unknown = {}): this {
    const action = assertActionAllowed(this.type, this.state, actor, { type, on, at: `${on}T02:00:00.000Z`, payload });
    this.actions.push(action);
    this.state = deriveFileState(this.type, this.actions, calendar);
    return this;
  }

  /** The current state; the file must exist. */
  get current(): FileState {
    if (this.state === null) throw new Error('no file yet');
    return this.state;
  }
}

// Guarantees: the AppError `fn` throws (fails the test when it throws anything else or nothing).
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

// Guarantees: a log submitted by `applicant` on `submittedOn` and accepted by `officer` on `acceptedOn`.
export function acceptedFile(type: FileTypeDefinition, acceptedOn: CivilDate, submittedOn: CivilDate = acceptedOn): FileLog {
  return new FileLog(type).act(applicant, 'submit', submittedOn, { applicantId: applicant.id }).act(officer, 'accept', acceptedOn);
}
