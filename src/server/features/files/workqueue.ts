import { recordScope } from '../../../domain/access/record-scope.ts';
import { addWorkingDaysOrSame } from './working-day-window.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { CLOSED_STATUSES, FileStatus, fileTypes, getFileType } from '../../../domain/files/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { FileSummary, WorkqueueName, WorkqueueResponse } from '../../../schemas/files.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { loadCalendar } from '../calendar/load-calendar.ts';

const QUEUES: readonly WorkqueueName[] = ['mine', 'unassigned', 'due_soon', 'overdue', 'awaiting_applicant', 'closed'];
const CLOSED: string[] = [...CLOSED_STATUSES];
const VERIFYING: string[] = [FileStatus.UNDER_VERIFICATION, FileStatus.RECTIFICATION_ORDERED];
// The queue's window is the widest any file type uses; each row's own SLA tag then uses its type's value.
const DUE_SOON_WORKING_DAYS = Math.max(...Object.values(fileTypes).map((t) => t.dueSoonWorkingDays));

/**
 * The files of a queue that the actor can act on. Window officers: files they are responsible for, and
 * files nobody has taken yet; department reviewers: their department's open tasks; applicants: their
 * own files; area officers: files of their area; inspectors: commitments awaiting verification (告知承诺);
 * administrators and analysts: every open file.
 */
function queueQuery(db: DbOrTx, actor: AccountActor, queue: WorkqueueName, today: string, soonLimit: string) {
  const a = actor.account;
  let q = db
    .selectFrom('application_files as f')
    .innerJoin('accounts as ap', 'ap.id', 'f.applicant_account_id')
    // 'closed' lists finished files (so an applicant finds its certificate or refusal); every other queue, open ones.
    .where('f.status', queue === 'closed' ? 'in' : 'not in', CLOSED);
  if (a.role === Role.DEPARTMENT_REVIEWER) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('file_tasks as t')
          .select('t.file_id')
          .whereRef('t.file_id', '=', 'f.id')
          .where('t.department_code', '=', a.departmentCode ?? '')
          .where('t.status', queue === 'closed' ? '<>' : '=', 'open')
          .where((e) => (queue === 'mine' ? e('t.assignee_id', '=', a.id) : queue === 'unassigned' ? e('t.assignee_id', 'is', null) : e.lit(true))),
      ),
    );
    if (queue === 'mine' || queue === 'unassigned' || queue === 'closed') return q;
  } else if (a.role === Role.APPLICANT) {
    q = q.where('f.applicant_account_id', '=', a.id);
    if (queue === 'mine' || queue === 'closed') return q;
    if (queue === 'unassigned') return q.where('f.id', '<', 0);
  } else if (a.role === Role.INSPECTOR) {
    // 告知承诺 (TC-02): an inspector's work is verifying commitments after the certificate; nobody holds it.
    if (queue === 'closed') return q;
    q = q.where('f.status', 'in', VERIFYING);
    if (queue === 'mine') return q;
    if (queue === 'unassigned') return q.where('f.id', '<', 0);
  } else {
    const scope = recordScope(a);
    if (scope.kind === 'area') q = q.where('f.area_code', '=', scope.areaCode);
    // An owner-scoped account that is no applicant (an outside assessor) sees only files it applied for: none.
    if (scope.kind === 'owner') q = q.where('f.applicant_account_id', '=', scope.accountId);
    if (queue === 'mine') return q.where('f.responsible_officer_id', '=', a.id);
    if (queue === 'closed') return a.role === Role.WINDOW_OFFICER ? q.where('f.responsible_officer_id', '=', a.id) : q;
    if (queue === 'unassigned') return q.where('f.responsible_officer_id', 'is', null);
    if (a.role === Role.WINDOW_OFFICER) q = q.where((eb) => eb.or([eb('f.responsible_officer_id', '=', a.id), eb('f.responsible_officer_id', 'is', null)]));
  }
  if (queue === 'overdue') return q.where('f.due_on', '<', today);
  if (queue === 'due_soon') return q.where('f.due_on', '>=', today).where('f.due_on', '<=', soonLimit);
  return q.where('f.status', 'in', [FileStatus.CORRECTION_REQUESTED, FileStatus.PAUSED, FileStatus.RECTIFICATION_ORDERED]);
}

/** A workqueue's files (most urgent first) and the count of every queue. */
export async function listWorkqueue(ctx: AppContext, actor: AccountActor, queue: WorkqueueName): Promise<WorkqueueResponse> {
  const calendar = await loadCalendar(ctx.db);
  const today = civilDateInShanghai(ctx.now());
  const soonLimit = addWorkingDaysOrSame(calendar, today, DUE_SOON_WORKING_DAYS);
  const counts = {} as Record<WorkqueueName, number>;
  for (const name of QUEUES) {
    const row = await queueQuery(ctx.db, actor, name, today, soonLimit).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[name] = Number(row.n);
  }
  const rows = await queueQuery(ctx.db, actor, queue, today, soonLimit)
    .select(['f.id', 'f.type', 'f.status', 'f.area_code', 'ap.display_name', 'f.responsible_officer_id', 'f.due_on', 'f.updated_at'])
    .orderBy('f.due_on', (ob) => ob.asc().nullsLast())
    .orderBy('f.id')
    .limit(200)
    .execute();
  const items: FileSummary[] = rows.map((r) => {
    const dueSoonDays = getFileType(r.type).dueSoonWorkingDays;
    const sla = r.due_on === null || queue === 'closed' ? null : r.due_on < today ? 'overdue' : r.due_on <= addWorkingDaysOrSame(calendar, today, dueSoonDays) ? 'due_soon' : 'on_time';
    return { id: r.id, type: r.type, status: r.status, areaCode: r.area_code, applicantName: r.display_name, responsibleOfficerId: r.responsible_officer_id, dueOn: r.due_on, sla, updatedAt: r.updated_at.toISOString() };
  });
  return { queue, counts, items };
}
