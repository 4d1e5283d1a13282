import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { allowedActions, deriveFileState, escalationTarget, escalationsDue, getFileType, SYSTEM_ACTOR } from '../../../domain/files/index.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { Timer } from '../../timers/repository.ts';
import { loadCalendar } from '../calendar/load-calendar.ts';
import { FILE_CHECK_TIMER } from './plan-file-timers.ts';
import * as repo from './repository.ts';
import { appendAction, toFileAction } from './service.ts';

/**
 * The sweeper's check of one file: deemed acceptance when no correction notice came in time (ALL
 * Art. 32), then the escalations its type's rules call for now (notify, reassign, or deemed approval
 * where the type provides it). Each step is an action of the system, logged like any other.
 */
export async function checkFileTimer(tx: Tx, timer: Timer, ctx: AppContext): Promise<void> {
  const fileId = Number((timer.payload as { fileId?: unknown }).fileId);
  const row = await repo.lockFile(tx, fileId);
  if (!row) return;
  const type = getFileType(row.type);
  const calendar = await loadCalendar(tx);
  const today = civilDateInShanghai(ctx.now());
  let state = deriveFileState(type, (await repo.listActions(tx, fileId)).map(toFileAction), calendar);
  if (state.status === 'submitted' && state.correctionDueOn && today > state.correctionDueOn) {
    state = (await appendAction(ctx, tx, SYSTEM_ACTOR, type, fileId, state.version, { type: 'deem_accepted', payload: {}, legalBasis: 'ALL Art. 32' })).state;
  }
  for (const rule of escalationsDue(type, state, today, calendar)) {
    const action = rule.do === 'deem_approved' ? 'deem_approved' : 'escalate';
    // The certificate clock (ALL Art. 44) is watched too, but escalation is a step of review only.
    if (!allowedActions(type, state, SYSTEM_ACTOR, today).includes(action)) continue;
    const request =
      rule.do === 'deem_approved'
        ? { type: 'deem_approved', payload: {}, legalBasis: rule.legalBasis ?? type.deemedApproval.legalBasis ?? '' }
        : { type: 'escalate', payload: { level: rule.when, to: escalationTarget(rule) }, reason: `${rule.when}: ${rule.do}` };
    state = (await appendAction(ctx, tx, SYSTEM_ACTOR, type, fileId, state.version, request)).state;
  }
}

export const fileTimerHandlers = { [FILE_CHECK_TIMER]: checkFileTimer };
