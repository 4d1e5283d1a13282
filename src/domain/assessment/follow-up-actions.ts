// Follow-up actions of an assessment's findings, tracked to closure (Plan V.(IV); Trial Measures Art. 8: the FTZ
// Office supervises the area bodies): the area that owns an action reports progress and completion, the FTZ Office
// verifies (or returns) and closes. An action is overdue while it is not done by its due date.
import { AppError } from '../app-error.ts';

export const ActionStatus = { OPEN: 'open', IN_PROGRESS: 'in_progress', DONE: 'done', VERIFIED: 'verified', CLOSED: 'closed' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];
export const ACTION_STATUSES = Object.freeze(Object.values(ActionStatus));

/** Who moves an action: its owner area's officer, or the FTZ Office. */
export type ActionParty = 'area' | 'office';

/** The moves: progress (a note, the action under way), done (the area says it is finished), verify, return, close. */
export const ActionMove = { PROGRESS: 'progress', DONE: 'done', VERIFY: 'verify', RETURN: 'return', CLOSE: 'close' } as const;
export type ActionMove = (typeof ActionMove)[keyof typeof ActionMove];

const S = ActionStatus;
/** The one table: move → who makes it, from which statuses, to which status. */
const MOVES: Readonly<Record<ActionMove, { party: ActionParty; from: readonly ActionStatus[]; to: ActionStatus }>> = Object.freeze({
  progress: { party: 'area', from: [S.OPEN, S.IN_PROGRESS], to: S.IN_PROGRESS },
  done: { party: 'area', from: [S.OPEN, S.IN_PROGRESS], to: S.DONE },
  verify: { party: 'office', from: [S.DONE], to: S.VERIFIED },
  // The Office finds the work not done: back to the area, with the reason.
  return: { party: 'office', from: [S.DONE], to: S.IN_PROGRESS },
  close: { party: 'office', from: [S.VERIFIED], to: S.CLOSED },
});

export const AREA_MOVES = Object.freeze((Object.keys(MOVES) as ActionMove[]).filter((m) => MOVES[m].party === 'area'));
export const OFFICE_MOVES = Object.freeze((Object.keys(MOVES) as ActionMove[]).filter((m) => MOVES[m].party === 'office'));

// Guarantees: the status after the move, when `party` makes it and the action is in a status it starts from;
// AppError FORBIDDEN naming `move` for the wrong party, CONFLICT naming `move` for the wrong status, INVALID_REQUEST
// naming `note` when a return has no reason.
export function nextActionStatus(from: ActionStatus, move: ActionMove, party: ActionParty, note?: string): ActionStatus {
  const rule = MOVES[move];
  if (rule.party !== party) throw new AppError('FORBIDDEN', { field: 'move', message: `${move} is the ${rule.party === 'area' ? "owner area's" : "FTZ Office's"} move` });
  if (!rule.from.includes(from)) throw new AppError('CONFLICT', { field: 'move', message: `an action ${from} cannot be moved by ${move} (only from ${rule.from.join(' or ')})` });
  if (move === ActionMove.RETURN && (note ?? '').trim() === '') throw new AppError('INVALID_REQUEST', { field: 'note', message: 'a returned action says what is still missing' });
  return rule.to;
}

// Guarantees: true when the action is not yet done (open or in progress) and `today` is after its due date
// (due on the day: not overdue that day).
export function isOverdue(action: { status: ActionStatus; dueOn: string }, today: string): boolean {
  return (action.status === S.OPEN || action.status === S.IN_PROGRESS) && today > action.dueOn;
}

// Guarantees: true when no action of an assessment is still short of closed (an assessment closes after them all).
export function allClosed(actions: readonly { status: ActionStatus }[]): boolean {
  return actions.every((a) => a.status === S.CLOSED);
}
