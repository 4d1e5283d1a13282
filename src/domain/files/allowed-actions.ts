// Which actions an actor may take on a file now, from the type's one transition table, and the check every
// write goes through: FORBIDDEN when the role can never do it (or not on this file), CONFLICT naming the status
// and the allowed actions when the state does not allow it, INVALID_REQUEST for a bad payload.
import { AppError } from '../app-error.ts';
import { compareCivilDates, isCivilDate, type CivilDate } from '../calendar/index.ts';
import { ACTION_TYPES, type ActionType } from './action-type.ts';
import { fileScopeRefusal, taskScopeRefusal } from './actor-scope.ts';
import { parseActionPayload, type ActionAttempt, type Actor, type FileAction, type ProposedAction } from './file-action.ts';
import type { FileState } from './file-state.ts';
import type { FileTypeDefinition, GuardResult, Refusal, TransitionRule } from './file-type.ts';

/** The status a file has before it exists (only submit creates it). */
export const NEW_FILE = 'new';

type Row = Partial<Record<ActionType, TransitionRule<FileState | null>>>;

// Guarantees: the table entry for that status and action, if any. Row 'new' guards take null and the others a
// FileState; the state handed to the guard always matches its row, hence the widening cast.
function ruleFor(type: FileTypeDefinition, state: FileState | null, action: ActionType): TransitionRule<FileState | null> | undefined {
  const row = (state === null ? type.transitions.new : type.transitions[state.status]) as unknown as Row;
  return row[action];
}

// Guarantees: true when some status of the type's table lets the role take the action.
export function roleMayEver(type: FileTypeDefinition, role: Actor['role'], action: ActionType): boolean {
  return Object.values(type.transitions).some((row) => (row as Row)[action]?.roles.includes(role) ?? false);
}

// Guarantees: the action types the actor may take now, in ActionType order: the role is listed for the current
// status, the actor is within scope (own file, held file, own department's tasks) and the guards allow it. When
// `on` is given, date guards (correction window, deadline) are checked against it; payload checks are not.
export function allowedActions(type: FileTypeDefinition, state: FileState | null, actor: Actor, on?: CivilDate): ActionType[] {
  if (state !== null && fileScopeRefusal(state, actor) !== null) return [];
  return ACTION_TYPES.filter((action) => {
    const rule = ruleFor(type, state, action);
    if (rule === undefined || !rule.roles.includes(actor.role)) return false;
    const attempt = { type: action, on } as ActionAttempt;
    if (state !== null && taskScopeRefusal(state, attempt, actor) !== null) return false;
    return (rule.guard?.(state, attempt, actor) ?? null) === null;
  });
}

// Guarantees: the action, checked and numbered (seq = version + 1, actor recorded, payload parsed), ready to append;
// else AppError: FORBIDDEN (role never allowed on this type, or actor out of scope), CONFLICT with details
// { status, allowed, reason? } and a message naming both, or INVALID_REQUEST with the field at fault.
export function assertActionAllowed(type: FileTypeDefinition, state: FileState | null, actor: Actor, action: ProposedAction): FileAction {
  const status = state === null ? NEW_FILE : state.status;
  if (!roleMayEver(type, actor.role, action.type)) {
    throw new AppError('FORBIDDEN', { message: `role ${actor.role} may never ${action.type} a ${type.code} file`, details: { action: action.type, role: actor.role } });
  }
  const scope = state === null ? null : fileScopeRefusal(state, actor);
  if (scope !== null) throw refusalError(scope, type, state, actor, action);
  const rule = ruleFor(type, state, action.type);
  if (rule === undefined || !rule.roles.includes(actor.role)) {
    throw refusalError(`not allowed while the file is ${status}`, type, state, actor, action);
  }
  const payload = parseActionPayload(action.type, action.payload);
  if (!isCivilDate(action.on)) throw new AppError('INVALID_REQUEST', { field: 'on', message: 'on must be a civil date YYYY-MM-DD' });
  if (state !== null && compareCivilDates(action.on, state.lastActionOn) < 0) {
    throw new AppError('INVALID_REQUEST', { field: 'on', message: `on (${action.on}) is before the last action (${state.lastActionOn})` });
  }
  const attempt = { type: action.type, on: action.on, payload } as ActionAttempt;
  const refusal = (state === null ? null : taskScopeRefusal(state, attempt, actor)) ?? rule.guard?.(state, attempt, actor) ?? null;
  if (refusal !== null) throw refusalError(refusal, type, state, actor, action);
  const { reason, legalBasis } = action;
  return {
    seq: (state?.version ?? 0) + 1, type: action.type, actorId: actor.id, actorRole: actor.role, on: action.on, at: action.at, payload,
    ...(reason === undefined ? {} : { reason }), ...(legalBasis === undefined ? {} : { legalBasis }),
  } as FileAction;
}

// Guarantees: the AppError for a refusal; a CONFLICT's message names the status and the allowed actions.
function refusalError(result: Exclude<GuardResult, null>, type: FileTypeDefinition, state: FileState | null, actor: Actor, action: ProposedAction): AppError {
  const refusal: Refusal = typeof result === 'string' ? { code: 'CONFLICT', message: result } : result;
  const status = state === null ? NEW_FILE : state.status;
  if (refusal.code !== 'CONFLICT') {
    return new AppError(refusal.code, { field: refusal.field, message: refusal.message, details: { status, action: action.type } });
  }
  const allowed = allowedActions(type, state, actor, action.on);
  const message = `Cannot ${action.type}: ${refusal.message} (status ${status}; allowed now: ${allowed.length === 0 ? 'none' : allowed.join(', ')})`;
  return new AppError('CONFLICT', { message, details: { status, allowed, reason: refusal.message } });
}
