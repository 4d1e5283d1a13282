// The escalation ladders the zone's procedures share (TIME-72): data, named by what they do, so a procedure
// says which ladder it climbs rather than repeating the steps.
import type { EscalationRule } from '../file-type.ts';

/** Decisions by an authority: tell the supervisor when due soon and when overdue, then hand the file to the area. */
export const NOTIFY_THEN_REASSIGN_TO_AREA: readonly EscalationRule[] = Object.freeze([
  { when: 'due_soon', do: 'notify_supervisor' },
  { when: 'overdue', do: 'notify_supervisor' },
  { when: 'overdue', do: 'reassign_to_role', role: 'area_officer' },
]);

/** Short window procedures (registration, recordation): tell the supervisor when due soon, hand to the area when overdue. */
export const WARN_THEN_REASSIGN_TO_AREA: readonly EscalationRule[] = Object.freeze([
  { when: 'due_soon', do: 'notify_supervisor' },
  { when: 'overdue', do: 'reassign_to_role', role: 'area_officer' },
]);
