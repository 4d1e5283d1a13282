import type { WorkingDayCalendar } from '../../../domain/calendar/index.ts';
import type { Tx } from '../../db/database.ts';
import { notify } from '../notifications/service.ts';
import * as repo from './repository.ts';

export interface RecomputeResult {
  recomputed: number;
  changed: number;
  notified: number;
}

/**
 * Recomputes the deadlines a calendar change between `first` and `last` may affect, inside the
 * change's transaction. Holders are notified of every moved date, and of every provisional
 * deadline that became final (TIME-06: "recompute when the notice appears").
 */
export async function recomputeDeadlines(tx: Tx, calendar: WorkingDayCalendar, first: string, last: string, cause: { zh: string; en: string }, now: Date): Promise<RecomputeResult> {
  const rows = await repo.listDeadlinesTouching(tx, first, last);
  let changed = 0;
  let notified = 0;
  for (const row of rows) {
    const next = calendar.addWorkingDays(row.from_date, row.working_days);
    const moved = next.due !== row.due_date;
    const settled = row.provisional && !next.provisional;
    if (!moved && next.provisional === row.provisional) continue;
    await repo.updateDeadline(tx, row.id, next.due, next.provisional, now);
    if (moved) changed += 1;
    if (row.holder_account_id === null || (!moved && !settled)) continue;
    const tail = next.provisional ? '（仍为暂定）' : '';
    await notify(tx, {
      accountId: row.holder_account_id,
      kind: moved ? 'deadline.moved' : 'deadline.confirmed',
      subject: moved ? `自贸 zimao：期限到期日变更 / Deadline moved: ${row.subject}` : `自贸 zimao：期限已确认 / Deadline confirmed: ${row.subject}`,
      messageZh: moved
        ? `期限“${row.subject}”的到期日由 ${row.due_date} 改为 ${next.due}${tail}：${cause.zh}`
        : `期限“${row.subject}”的到期日 ${row.due_date} 已确认：${cause.zh}`,
      messageEn: moved
        ? `Deadline "${row.subject}" moved from ${row.due_date} to ${next.due}${next.provisional ? ' (still provisional)' : ''}: ${cause.en}`
        : `Deadline "${row.subject}" on ${row.due_date} is now confirmed: ${cause.en}`,
      data: { deadlineId: row.id, subject: row.subject, previousDue: row.due_date, due: next.due, provisional: next.provisional },
    });
    notified += 1;
  }
  return { recomputed: rows.length, changed, notified };
}
