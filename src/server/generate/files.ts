// Application files (办件) for `zimao generate` (issue 8: "application files with action logs and open timers"):
// permits of registered enterprises, submitted by an applicant and mostly accepted by the window officer of their
// area within a few working days, as the files feature writes them: each action checked by the engine
// (assertActionAllowed), the projection folded from the log (deriveFileState), and the checks the state needs
// planned as durable timers (fileCheckDays, the same rule planFileTimers applies). What is left out: later steps
// (tasks, decisions, certificates), documents, and the notifications the actions would have sent.
import { addDays, type CivilDate, type WorkingDayCalendar } from '../../domain/calendar/index.ts';
import { assertActionAllowed, deriveFileState, getFileType, watchedDueOn, type Actor, type FileAction, type FileState, type FileTypeDefinition } from '../../domain/files/index.ts';
import { FILE_CHECK_TIMER, fileCheckDays, startOfDayInShanghai } from '../features/files/plan-file-timers.ts';
import { defaultDedupeKey } from '../timers/schedule-timer.ts';
import type { BulkWriter, Cell } from './bulk-insert.ts';
import type { FileSubject } from './enterprises.ts';
import { Prng } from './prng.ts';
import type { Progress } from './progress.ts';

const FILE_COLUMNS = ['id', 'type', 'applicant_account_id', 'enterprise_uscc', 'area_code', 'form', 'status', 'responsible_officer_id', 'due_on', 'version', 'created_at', 'updated_at'];
const ACTION_COLUMNS = ['file_id', 'seq', 'type', 'actor_account_id', 'actor_role', 'on_date', 'at', 'payload', 'reason', 'legal_basis'];
const TIMER_COLUMNS = ['kind', 'subject', 'fire_at', 'payload', 'dedupe_key', 'created_at'];

const PERMITS = ['食品经营许可', '道路运输经营许可', '危险化学品经营许可', '人力资源服务许可', '出版物经营许可', '医疗器械经营许可'];
const PROJECTS = ['仓储物流中心', '研发办公楼', '智能制造厂房', '跨境电商监管仓', '数据中心机房', '冷链集散中心'];

export interface FilesInput {
  writer: BulkWriter;
  seed: number;
  asOf: CivilDate;
  subjects: readonly FileSubject[];
  calendar: WorkingDayCalendar;
  applicantIds: readonly number[];
  /** The window officer who accepts the files of each area. */
  officerByArea: ReadonlyMap<string, number>;
  batchSize: number;
  progress: Progress;
}

export interface FilesResult {
  files: number;
  actions: number;
  timers: number;
  byStatus: Record<string, number>;
}

/** The last `n` working days before `asOf`, newest first (nothing is dated the day of generation itself). */
function recentWorkingDays(calendar: WorkingDayCalendar, asOf: CivilDate, n: number): CivilDate[] {
  return calendar.daysInRange(addDays(asOf, -(3 * n + 30)), addDays(asOf, -1)).filter((d) => d.workday).map((d) => d.date).reverse().slice(0, n);
}

function formFor(prng: Prng, type: FileTypeDefinition, subject: FileSubject): Record<string, unknown> {
  const raw =
    type.code === 'permit-single'
      ? { permitName: prng.pick(PERMITS), areaCode: subject.areaCode, enterpriseUscc: subject.uscc, description: '申请在登记住所开展许可经营活动。' }
      : { projectName: prng.pick(PROJECTS), areaCode: subject.areaCode, enterpriseUscc: subject.uscc, description: '在片区内新建项目，申请规划、施工和环评并联审批。', investmentYuan: prng.between(50, 2000) * 100_000 };
  return type.formSchema.parse(raw) as Record<string, unknown>;
}

const instant = (on: CivilDate, minutes: number) => `${on}T${String(9 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;

export async function generateFiles(input: FilesInput): Promise<FilesResult> {
  const { writer, calendar, asOf } = input;
  const prng = new Prng(input.seed, 'files');
  const types = [getFileType('permit-single'), getFileType('permit-parallel')];
  // Recent enough that the checks they plan lie ahead: the timers are open, not a backlog for the first sweep.
  const days = recentWorkingDays(calendar, asOf, 15);
  const result: FilesResult = { files: 0, actions: 0, timers: 0, byStatus: {} };
  for (let from = 0; from < input.subjects.length; from += input.batchSize) {
    const batch = input.subjects.slice(from, from + input.batchSize);
    const ids = await writer.reserveIds('application_files', 'id', batch.length);
    const fileRows: Cell[][] = [];
    const actionRows: Cell[][] = [];
    const timerRows: Cell[][] = [];
    batch.forEach((subject, k) => {
      const id = ids[k]!;
      const type = types[prng.chance(0.6) ? 0 : 1]!;
      const applicant: Actor = { id: prng.pick(input.applicantIds), role: 'applicant' };
      const officer: Actor = { id: input.officerByArea.get(subject.areaCode)!, role: 'window_officer' };
      const submittedAt = Math.floor(days.length * prng.next() ** 1.5);
      const submittedOn = days[submittedAt]!;
      const log: FileAction[] = [];
      let state: FileState | null = null;
      const act = (actor: Actor, actionType: 'submit' | 'accept', on: CivilDate, at: string, payload: Record<string, unknown>) => {
        log.push(assertActionAllowed(type, state, actor, { type: actionType, on, at, payload }));
        state = deriveFileState(type, log, calendar);
      };
      act(applicant, 'submit', submittedOn, instant(submittedOn, prng.int(480)), { applicantId: applicant.id });
      // Accepted within three working days, unless it came in during the last few days and still waits.
      const acceptedAt = submittedAt - prng.between(0, 3);
      if (acceptedAt >= 0 && (submittedAt > 3 || prng.chance(0.5))) {
        const on = days[acceptedAt]!;
        act(officer, 'accept', on, instant(on, on === submittedOn ? 480 : prng.int(480)), {});
      }
      const final = deriveFileState(type, log, calendar);
      const last = log.at(-1)!;
      fileRows.push([id, type.code, applicant.id, subject.uscc, subject.areaCode, formFor(prng, type, subject), final.status, final.responsibleOfficerId, watchedDueOn(final) ?? final.clock.dueOn, final.version, log[0]!.at, last.at]);
      for (const a of log) actionRows.push([id, a.seq, a.type, a.actorId, a.actorRole, a.on, a.at, a.payload as Record<string, unknown>, a.reason ?? null, a.legalBasis ?? null]);
      for (const { day, planned } of fileCheckDays(type, final, calendar)) {
        const subjectKey = `file:${id}`;
        const fireAt = startOfDayInShanghai(day);
        timerRows.push([FILE_CHECK_TIMER, subjectKey, fireAt, { fileId: id, day, planned }, defaultDedupeKey(FILE_CHECK_TIMER, subjectKey, fireAt), last.at]);
      }
      result.byStatus[final.status] = (result.byStatus[final.status] ?? 0) + 1;
    });
    await writer.copy('application_files', FILE_COLUMNS, fileRows);
    await writer.copy('file_actions', ACTION_COLUMNS, actionRows);
    await writer.copy('timers', TIMER_COLUMNS, timerRows);
    result.files += fileRows.length;
    result.actions += actionRows.length;
    result.timers += timerRows.length;
    input.progress.advance(batch.length);
  }
  return result;
}
