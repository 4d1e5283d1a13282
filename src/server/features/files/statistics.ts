import { recordScope } from '../../../domain/access/record-scope.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { deriveFileState, fileDecision, getFileType, isClosedStatus } from '../../../domain/files/index.ts';
import type { FileStatisticsResponse, FileSummary, StatisticsRow } from '../../../schemas/files.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { loadCalendar } from '../calendar/load-calendar.ts';
import * as repo from './repository.ts';
import { toFileAction } from './service.ts';

interface Tally {
  files: number;
  decided: number;
  onTime: number;
  days: number[];
  openOverdue: number;
}
const tally = (): Tally => ({ files: 0, decided: 0, onTime: 0, days: [], openOverdue: 0 });

function rows(map: Map<string, Tally>): StatisticsRow[] {
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, t]) => ({
      key,
      files: t.files,
      decided: t.decided,
      decidedOnTime: t.onTime,
      onTimeRate: t.decided === 0 ? null : t.onTime / t.decided,
      averageWorkingDaysToDecision: t.days.length === 0 ? null : t.days.reduce((a, b) => a + b, 0) / t.days.length,
      openOverdue: t.openOverdue,
    }));
}

/**
 * For the FTZ Office (Trial Measures Art. 6, 8): time to decision in working days, on-time rate and the
 * overdue files, by file type, area and department, computed from each file's own log. Area officers
 * see their area only.
 */
export async function fileStatistics(ctx: AppContext, actor: AccountActor): Promise<FileStatisticsResponse> {
  const calendar = await loadCalendar(ctx.db);
  const today = civilDateInShanghai(ctx.now());
  const scope = recordScope(actor.account);
  const files = await repo.listFilesForStatistics(ctx.db, scope.kind === 'area' ? scope.areaCode : null);
  const byType = new Map<string, Tally>();
  const byArea = new Map<string, Tally>();
  const byDepartment = new Map<string, Tally>();
  const overdue: FileSummary[] = [];
  for (const f of files) {
    const type = getFileType(f.type);
    const state = deriveFileState(type, (await repo.listActions(ctx.db, f.id)).map(toFileAction), calendar);
    const clock = state.clock;
    const decision = fileDecision(state);
    const decided = decision !== null;
    const onTime = decision?.onTime ?? false;
    const late = !isClosedStatus(state.status) && state.status !== 'approved' && clock.dueOn !== null && clock.dueOn < today;
    for (const [map, key] of [[byType, f.type], [byArea, f.area_code]] as const) {
      const t = map.get(key) ?? tally();
      t.files += 1;
      if (decided) {
        t.decided += 1;
        if (onTime) t.onTime += 1;
        if (clock.workingDaysUsed !== null) t.days.push(clock.workingDaysUsed);
      }
      if (late) t.openOverdue += 1;
      map.set(key, t);
    }
    for (const task of state.tasks) {
      const t = byDepartment.get(task.departmentCode) ?? tally();
      t.files += 1;
      if (task.decidedOn !== null && task.status !== 'cancelled') {
        t.decided += 1;
        if (task.dueOn !== null && task.decidedOn <= task.dueOn) t.onTime += 1;
        t.days.push(calendar.workingDaysBetween(task.startedOn, task.decidedOn).workingDays);
      }
      if (task.status === 'open' && task.dueOn !== null && task.dueOn < today) t.openOverdue += 1;
      byDepartment.set(task.departmentCode, t);
    }
    if (late) {
      overdue.push({ id: f.id, type: f.type, status: state.status, areaCode: f.area_code, applicantName: f.applicant_name, responsibleOfficerId: state.responsibleOfficerId, dueOn: clock.dueOn, sla: 'overdue', updatedAt: f.updated_at.toISOString() });
    }
  }
  return { asOf: today, byType: rows(byType), byArea: rows(byArea), byDepartment: rows(byDepartment), overdue };
}

/**
 * Files decided per area and month of decision, and how many of them on time (within the statutory or committed
 * time limit, Trial Measures Art. 14), from the decision each action writes on the file's row (fileDecision, the
 * definition fileStatistics uses too). Withdrawn files are not decisions. Read by the indicators feature (issue 7:
 * FILES_DECIDED, FILES_DECIDED_ON_TIME); one grouped query however many files there are (issue 8).
 */
export async function decisionsByMonth(db: DbOrTx): Promise<{ areaCode: string; month: string; decided: number; onTime: number }[]> {
  return repo.decisionsByAreaAndMonth(db);
}

/**
 * Fills the decision columns of migration 0023 from each file's log, for files acted on before the migration (run
 * once, at the start that applies it). Returns how many files were decided.
 */
export async function fillFileDecisions(db: DbOrTx): Promise<number> {
  const calendar = await loadCalendar(db);
  let decided = 0;
  for (const f of await repo.listFilesForStatistics(db, null)) {
    const decision = fileDecision(deriveFileState(getFileType(f.type), (await repo.listActions(db, f.id)).map(toFileAction), calendar));
    if (decision) {
      await repo.setDecision(db, f.id, decision);
      decided += 1;
    }
  }
  return decided;
}
