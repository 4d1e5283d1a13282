// SLA state of a deadline (限时办结, Trial Measures Art. 14) and the escalation ladder that applies now (TIME-72).
import { compareCivilDates, type CivilDate, type WorkingDayCalendar } from '../calendar/index.ts';
import type { FileState } from './file-state.ts';
import { FileStatus } from './file-status.ts';
import type { EscalationRule, FileTypeDefinition } from './file-type.ts';

export type SlaState = 'on_time' | 'due_soon' | 'overdue';

// Guarantees: 'overdue' when today is after dueOn; 'due_soon' when at most dueSoonWorkingDays working days
// remain after today (the working days in (today, dueOn]: today not counted, the due day counted — so the due
// day itself is always due soon); else 'on_time'.
export function slaState(dueOn: CivilDate, today: CivilDate, calendar: WorkingDayCalendar, dueSoonWorkingDays: number): SlaState {
  if (compareCivilDates(today, dueOn) > 0) return 'overdue';
  const left = calendar.workingDaysBetween(today, dueOn).workingDays;
  return left <= dueSoonWorkingDays ? 'due_soon' : 'on_time';
}

// Guarantees: the `to` an escalate action records for the rule: 'supervisor', the role reassigned to, or 'deemed'.
export function escalationTarget(rule: EscalationRule): string {
  if (rule.do === 'reassign_to_role') return rule.role ?? 'supervisor';
  return rule.do === 'notify_supervisor' ? 'supervisor' : 'deemed';
}

// Guarantees: the clock an escalation watches: the decision deadline while accepted (not while paused), the
// certificate deadline (ALL Art. 44) while approved, the commitment's verification (TIME-80) or rectification
// (TIME-81) day after the certificate of a file under notification-commitment; else null.
export function watchedDueOn(state: FileState): CivilDate | null {
  if (state.status === FileStatus.ACCEPTED) return state.clock.dueOn;
  if (state.status === FileStatus.APPROVED) return state.certificateDueOn;
  if (state.status === FileStatus.UNDER_VERIFICATION) return state.commitment?.verificationDueOn ?? null;
  if (state.status === FileStatus.RECTIFICATION_ORDERED) return state.commitment?.rectificationDueOn ?? null;
  return null;
}

// Guarantees: the type's escalation rules for the file's SLA state today, without those already recorded against
// the same due day; 'deem_approved' only when the type enables deemed approval (TIME-71) and only on the
// decision clock. Empty when the clock is not running.
export function escalationsDue(type: FileTypeDefinition, state: FileState, today: CivilDate, calendar: WorkingDayCalendar): EscalationRule[] {
  const dueOn = watchedDueOn(state);
  if (dueOn === null) return [];
  const sla = slaState(dueOn, today, calendar, type.dueSoonWorkingDays);
  if (sla === 'on_time') return [];
  return type.escalation.filter((rule) => {
    if (rule.when !== sla) return false;
    if (rule.do === 'deem_approved') return type.deemedApproval.enabled && state.status === FileStatus.ACCEPTED;
    const to = escalationTarget(rule);
    return !state.escalations.some((e) => e.level === rule.when && e.to === to && e.dueOn === dueOn);
  });
}
