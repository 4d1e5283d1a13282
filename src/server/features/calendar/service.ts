import { AppError } from '../../../domain/app-error.ts';
import { isCivilDate, STATUTORY_LAST_YEAR, publishedSchedule, yearOf } from '../../../domain/calendar/index.ts';
import type {
  CalendarDay,
  CalendarOverride,
  CalendarYearsResponse,
  DeadlineView,
  DueResponse,
  IsWorkdayResponse,
  PublishYearRequest,
  PublishYearResponse,
} from '../../../schemas/calendar.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { calendarCall, loadCalendar } from './load-calendar.ts';
import { recomputeDeadlines } from './recompute-deadlines.ts';
import * as repo from './repository.ts';

/** Where a year's schedule comes from, in English (`source`) and Chinese (`sourceZh`). */
type YearSource = { source: string; sourceZh: string };

// Guarantees: the dataset name and the installed chinese-days version (read from the package, so an
// upgrade cannot leave a stale version here), in both languages.
function bundledNoticeSource(): YearSource {
  const { dataset, version } = publishedSchedule().source;
  return {
    source: `${dataset} ${version} (State Council General Office annual notices)`,
    sourceZh: `${dataset} ${version} 数据集（据国务院办公厅历年节假日安排通知整理）`,
  };
}

// Guarantees: the basis of a year an administrator loaded from its State Council notice, naming who loaded it.
function adminNoticeSource(publishedBy: string): YearSource {
  return { source: `loaded by ${publishedBy}`, sourceZh: `国务院办公厅通知（由 ${publishedBy} 录入）` };
}

/** A year without a notice: the law's statutory holidays are computed and weekends rest, no make-up days yet. */
const STATUTORY_SOURCE: YearSource = {
  source: 'Measures on National Holidays and Commemoration Days: statutory holidays computed, weekends rest',
  sourceZh: '按《全国年节及纪念日放假办法》推算法定节假日，周六、周日休息',
};

/** The days from `from` to `to` (at most 400), each with kind, name and provisional flag. */
export async function listDays(db: DbOrTx, from: string, to: string): Promise<CalendarDay[]> {
  const calendar = await loadCalendar(db);
  return calendarCall(() => calendar.daysInRange(from, to)).map((d) => ({ ...d }));
}

export async function isWorkday(db: DbOrTx, date: string): Promise<IsWorkdayResponse> {
  const calendar = await loadCalendar(db);
  const info = calendarCall(() => calendar.dayInfo(date));
  return { date, workday: info.workday, ...(info.provisional ? { provisional: true as const } : {}) };
}

/** The N-th working day strictly after `from` (Civil Code Art. 201; ALL Art. 82). */
export async function dueDate(db: DbOrTx, from: string, workingDays: number): Promise<DueResponse> {
  const calendar = await loadCalendar(db);
  const d = calendarCall(() => calendar.addWorkingDays(from, workingDays));
  return { from, workingDays, due: d.due, ...(d.provisional ? { provisional: true as const } : {}) };
}

/** Several deadlines from one day, the calendar read once (a new enterprise's follow-up tasks). */
export async function dueDates(db: DbOrTx, from: string, workingDays: readonly number[]): Promise<string[]> {
  const calendar = await loadCalendar(db);
  return workingDays.map((n) => calendarCall(() => calendar.addWorkingDays(from, n)).due);
}

/** Every year the calendar knows from a notice, plus the years around today that rest on the law alone. */
export async function listYears(ctx: AppContext): Promise<CalendarYearsResponse> {
  const loaded = await repo.listPublishedYears(ctx.db);
  const bundled = publishedSchedule().years;
  const thisYear = ctx.now().getUTCFullYear();
  const years = new Set<number>([...bundled, ...loaded.map((y) => y.year)]);
  for (let y = thisYear - 1; y <= Math.min(thisYear + 3, STATUTORY_LAST_YEAR); y += 1) years.add(y);
  return {
    years: [...years].sort((a, b) => b - a).map((year) => {
      const admin = loaded.find((y) => y.year === year);
      if (admin) return { year, status: 'published' as const, ...adminNoticeSource(admin.published_by), noticeUrl: admin.notice_url };
      if (bundled.includes(year)) return { year, status: 'published' as const, ...bundledNoticeSource(), noticeUrl: null };
      return { year, status: 'provisional' as const, ...STATUTORY_SOURCE, noticeUrl: null };
    }),
  };
}

export async function listOverrides(db: DbOrTx, year?: number) {
  const rows = await repo.listOverrides(db, year);
  return rows.map((o) => ({ date: o.date, workday: o.workday, name: o.name, reason: o.reason, noticeUrl: o.notice_url, createdBy: o.created_by, createdAt: o.created_at.toISOString() }));
}

function assertDate(date: string, field: string): void {
  if (!isCivilDate(date)) throw new AppError('INVALID_REQUEST', { field, message: `${date} is not a calendar date (YYYY-MM-DD)` });
}

/** Sets one day (an emergency change or a correction) and recomputes the deadlines it moves. */
export async function setOverride(ctx: AppContext, tx: Tx, by: string, override: CalendarOverride) {
  assertDate(override.date, 'date');
  await repo.upsertOverride(tx, { date: override.date, workday: override.workday, name: override.name ?? null, reason: override.reason, notice_url: override.noticeUrl ?? null, created_by: by });
  const calendar = await loadCalendar(tx);
  calendarCall(() => calendar.dayInfo(override.date));
  const cause = { zh: `管理员调整了 ${override.date} 的工作日安排`, en: `an administrator changed ${override.date}` };
  return recomputeDeadlines(tx, calendar, override.date, override.date, cause, ctx.now());
}

export async function removeOverride(ctx: AppContext, tx: Tx, date: string) {
  assertDate(date, 'date');
  const gone = await repo.deleteOverride(tx, date);
  if (!gone) throw new AppError('NOT_FOUND', { field: 'date', message: `no override on ${date}` });
  const calendar = await loadCalendar(tx);
  const cause = { zh: `管理员撤销了 ${date} 的调整`, en: `an administrator removed the change on ${date}` };
  return recomputeDeadlines(tx, calendar, date, date, cause, ctx.now());
}

/**
 * Loads a year's State Council notice: its rest days and make-up working days become overrides,
 * the year stops being provisional, and every deadline it touches is recomputed with holders notified.
 */
export async function publishYear(ctx: AppContext, tx: Tx, by: string, year: number, input: PublishYearRequest): Promise<PublishYearResponse> {
  input.days.forEach((d, i) => {
    assertDate(d.date, `days.${i}.date`);
    if (yearOf(d.date) !== year) throw new AppError('INVALID_REQUEST', { field: `days.${i}.date`, message: `${d.date} is not in ${year}` });
  });
  const seen = new Set<string>();
  input.days.forEach((d, i) => {
    if (seen.has(d.date)) throw new AppError('INVALID_REQUEST', { field: `days.${i}.date`, message: `${d.date} is listed twice` });
    seen.add(d.date);
  });
  for (const d of input.days) {
    await repo.upsertOverride(tx, { date: d.date, workday: d.workday, name: d.name ?? null, reason: `State Council notice for ${year}`, notice_url: input.noticeUrl, created_by: by });
  }
  await repo.upsertPublishedYear(tx, { year, notice_url: input.noticeUrl, published_by: by });
  const calendar = await loadCalendar(tx);
  const cause = { zh: `${year} 年放假安排已公布`, en: `the ${year} holiday schedule was published` };
  const r = await recomputeDeadlines(tx, calendar, `${year}-01-01`, `${year}-12-31`, cause, ctx.now());
  return { year, overridesLoaded: input.days.length, deadlinesRecomputed: r.recomputed, deadlinesChanged: r.changed, holdersNotified: r.notified };
}

function toDeadlineView(row: Awaited<ReturnType<typeof repo.insertDeadline>>): DeadlineView {
  return {
    id: row.id,
    subject: row.subject,
    from: row.from_date,
    workingDays: row.working_days,
    due: row.due_date,
    provisional: row.provisional,
    holderUserId: row.holder_account_id,
    areaCode: row.area_code,
    recomputedAt: row.recomputed_at?.toISOString() ?? null,
  };
}

/** Computes a deadline and keeps it, held by the actor, so a later calendar change recomputes it. */
export async function registerDeadline(tx: Tx, actor: AccountActor, input: { subject: string; from: string; workingDays: number }): Promise<DeadlineView> {
  const calendar = await loadCalendar(tx);
  const d = calendarCall(() => calendar.addWorkingDays(input.from, input.workingDays));
  const row = await repo.insertDeadline(tx, {
    subject: input.subject,
    from_date: input.from,
    working_days: input.workingDays,
    due_date: d.due,
    provisional: d.provisional,
    holder_account_id: actor.account.id,
    area_code: actor.account.areaCode,
  });
  return toDeadlineView(row);
}

/** The actor's deadlines; all of them for those who may read all. */
export async function listDeadlines(db: DbOrTx, actor: AccountActor, all: boolean): Promise<DeadlineView[]> {
  return (await repo.listDeadlines(db, all ? null : actor.account.id, 500)).map(toDeadlineView);
}
