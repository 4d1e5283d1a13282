import { civilDateInShanghai, type WorkingDayCalendar } from '../../../domain/calendar/index.ts';
import { allowedActions, slaState, watchedDueOn, type Actor, type FileAction, type FileState, type FileTypeDefinition } from '../../../domain/files/index.ts';
import type { DocumentView, FileView } from '../../../schemas/files.ts';
import type { ApplicationFilesTable } from '../../db/tables.ts';
import type { Selectable } from 'kysely';

/** SLA of a state today: null when nothing is running against a deadline. */
export function slaOf(type: FileTypeDefinition, state: FileState, now: Date, calendar: WorkingDayCalendar) {
  const due = watchedDueOn(state);
  return due ? slaState(due, civilDateInShanghai(now), calendar, type.dueSoonWorkingDays) : null;
}

/** The file page: form, clock, tasks, notices, outcome, timeline and what this actor may do now. */
export function toFileView(input: {
  row: Selectable<ApplicationFilesTable>;
  type: FileTypeDefinition;
  state: FileState;
  actions: readonly FileAction[];
  names: Map<number, string>;
  documents: DocumentView[];
  actor: Actor;
  now: Date;
  calendar: WorkingDayCalendar;
}): FileView {
  const { row, type, state, names } = input;
  const person = (id: number | null) => (id === null ? null : { id, displayName: names.get(id) ?? `#${id}` });
  return {
    id: row.id,
    type: type.code,
    typeNameZh: type.nameZh,
    typeNameEn: type.nameEn,
    areaCode: row.area_code,
    enterpriseUscc: row.enterprise_uscc,
    form: row.form,
    status: state.status,
    version: state.version,
    applicant: person(state.applicantId)!,
    responsibleOfficer: person(state.responsibleOfficerId),
    submittedOn: state.submittedOn,
    acceptedOn: state.acceptedOn,
    correctionDueOn: state.correctionDueOn,
    sla: slaOf(type, state, input.now, input.calendar),
    clock: {
      state: state.clock.state,
      limitWorkingDays: state.clock.limitWorkingDays,
      pausedWorkingDays: state.clock.pausedWorkingDays,
      dueOn: state.clock.dueOn,
      provisional: state.clock.provisional,
    },
    tasks: state.tasks.map((t) => ({ ...t, reasons: [...t.reasons] })),
    correctionNotices: state.correctionNotices.map((n) => ({ seq: n.seq, on: n.on, items: n.items.map((i) => ({ ...i })) })),
    outcome: state.outcome ? { kind: state.outcome.kind, on: state.outcome.on, reasons: [...state.outcome.reasons], legalBasis: [...state.outcome.legalBasis] } : null,
    commitment: commitmentView(state),
    admission: (row.admission as FileView['admission'] | null) ?? null,
    allowedActions: allowedActions(type, state, input.actor, civilDateInShanghai(input.now)),
    timeline: input.actions.map((a) => ({
      seq: a.seq,
      type: a.type,
      actorId: a.actorId,
      actorName: a.actorId === null ? 'system' : (names.get(a.actorId) ?? `#${a.actorId}`),
      actorRole: a.actorRole,
      on: a.on,
      at: a.at,
      payload: { ...(a.payload as Record<string, unknown>) },
      reason: a.reason ?? null,
      legalBasis: a.legalBasis ?? null,
    })),
    documents: input.documents,
  };
}

/** The post-verification of a commitment as the file page shows it (告知承诺制), or null for other procedures. */
function commitmentView(state: FileState): FileView['commitment'] {
  const c = state.commitment;
  if (c === null) return null;
  return {
    verificationDueOn: c.verificationDueOn,
    verification: c.verification && { on: c.verification.on, result: c.verification.result, findings: c.verification.findings },
    rectificationDueOn: c.rectificationDueOn,
    rectified: c.rectified && { on: c.rectified.on, findings: c.rectified.findings },
    revocation: c.revocation && { on: c.revocation.on, reasons: [...c.revocation.reasons], legalBasis: c.revocation.legalBasis },
  };
}
