// Submitting indicator values and deciding on them (issue 7; Plan V.(II): areas report against the targets;
// Trial Measures Art. 8(6): the FTZ Office collects the statistics). An area officer submits for its own area, the
// FTZ Office (and an administrator) for any area or for the zone's own figures (CQFTZ); by form or workbook. Every
// value is checked (validate-values.ts) and a submission with any problem stores nothing. A value submitted again is
// a revision: the history keeps who, when, old → new and why. The FTZ Office approves or returns a submission as a
// whole, never its own (four eyes); only approved values count in progress.
import { recordScope } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import { existingKey, monthOfDate, validateValues, ZONE, type CurrentValue, type SubmittedValue, type ValueProblem } from '../../../domain/indicators/index.ts';
import type { CreateSubmissionRequest, HistoryResponse, SubmissionDetail, SubmissionListQuery, SubmissionListResponse, TemplateQuery, UploadSubmissionRequest, ValueErrorView } from '../../../schemas/indicators.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { displayNames } from '../accounts/service.ts';
import { indicatorCatalogue } from './catalogue-file.ts';
import * as repo from './repository.ts';
import { readValuesWorkbook, valuesTemplate as buildTemplate, type CellError } from './values-workbook.ts';

type Names = Map<number, string>;
/** The names of these submissions' submitters and deciders. */
const names = (db: DbOrTx, submissions: readonly { submitted_by: number; decided_by: number | null }[]): Promise<Names> =>
  displayNames(db, submissions.flatMap((s) => (s.decided_by === null ? [s.submitted_by] : [s.submitted_by, s.decided_by])));
const person = (n: Names, id: number) => ({ id, displayName: n.get(id) ?? `#${id}` });

/**
 * The area (or CQFTZ) the actor may submit for: 400 for an unknown code, 403 for an area officer naming another
 * area or the zone; both name areaCode. Called before the write begins, so a refusal changes nothing.
 */
export function assertMayEnter(actor: AccountActor, areaCode: string): void {
  const { areas } = indicatorCatalogue();
  if (areaCode !== ZONE && !areas.includes(areaCode)) throw new AppError('INVALID_REQUEST', { field: 'areaCode', message: `${areaCode} is neither a CQFTZ area (${areas.join(', ')}) nor ${ZONE}` });
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && scope.areaCode !== areaCode) throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you submit for your own area ${scope.areaCode} only` });
}

interface SubmitInput {
  areaCode: string;
  reason?: string | undefined;
  values: SubmittedValue[];
  channel: 'form' | 'upload';
  fileName?: string | undefined;
}

/** Stores a submission whose every value passed, or throws what `refuse` makes of the problems (nothing stored). */
async function submit(ctx: AppContext, tx: Tx, actor: AccountActor, input: SubmitInput, refuse: (problems: ValueProblem[]) => AppError): Promise<SubmissionDetail> {
  assertMayEnter(actor, input.areaCode);
  const catalogue = indicatorCatalogue();
  const codes = [...new Set(input.values.map((v) => v.indicatorCode))];
  const rows = await repo.lockValues(tx, input.areaCode, codes);
  const existing = new Map<string, CurrentValue>();
  for (const r of rows) {
    const current = r.pending_value !== null ? { value: r.pending_value, status: 'pending' as const } : r.approved_value !== null ? { value: r.approved_value, status: 'approved' as const } : null;
    if (current) existing.set(existingKey(r.indicator_code, r.period), current);
  }
  const today = civilDateInShanghai(ctx.now());
  const result = validateValues({ catalogue, scope: input.areaCode, today, reason: input.reason ?? null, existing }, input.values);
  if (result.errors.length > 0) throw refuse(result.errors);
  if (result.accepted.length === 0) {
    throw new AppError('INVALID_REQUEST', { field: input.channel === 'form' ? 'values' : 'contentBase64', message: 'every value equals the current one: there is nothing to submit' });
  }
  const at = ctx.now();
  const submission = await repo.insertSubmission(tx, { areaCode: input.areaCode, channel: input.channel, fileName: input.fileName ?? null, reason: input.reason ?? null, valueCount: result.accepted.length, submittedBy: actor.account.id, at });
  const before = new Map(rows.map((r) => [existingKey(r.indicator_code, r.period), r]));
  const written = await repo.upsertPending(tx, submission.id, input.areaCode, result.accepted);
  const ids = new Map(written.map((w) => [existingKey(w.indicator_code, w.period), w]));
  const history: Omit<repo.HistoryRow, 'id'>[] = [];
  for (const a of result.accepted) {
    const key = existingKey(a.indicatorCode, a.period);
    const row = ids.get(key)!;
    const old = before.get(key);
    const base = { value_id: row.id, revision: row.revision, actor_account_id: actor.account.id, at };
    if (old?.pending_submission_id != null) {
      // The value awaiting approval in an earlier submission is replaced: that submission no longer carries it.
      history.push({ ...base, submission_id: old.pending_submission_id, event: 'superseded', old_value: old.pending_value, new_value: a.value, entered_value: null, entered_unit: null, reason: a.reason });
    }
    history.push({ ...base, submission_id: submission.id, event: 'submitted', old_value: a.previous?.value ?? null, new_value: a.value, entered_value: a.enteredValue, entered_unit: a.enteredUnit, reason: a.reason });
  }
  await repo.insertHistory(tx, history);
  const detail = await getSubmission(tx, actor, submission.id);
  return { ...detail, unchanged: result.unchanged.length, missing: result.missing };
}

/** Submits values entered in the form (JSON); problems name `values.<index>.<field>`. */
export function submitValues(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateSubmissionRequest): Promise<SubmissionDetail> {
  return submit(ctx, tx, actor, { areaCode: input.areaCode, reason: input.reason, values: input.values, channel: 'form' }, (problems) => {
    const errors: ValueErrorView[] = problems.map((p) => ({ index: p.index, field: p.field, zh: p.zh, en: p.en }));
    const first = problems[0]!;
    return new AppError('INVALID_REQUEST', { field: `values.${first.index}.${first.field}`, message: summary(problems.map((p) => `values.${p.index}.${p.field}: ${p.en}`)), details: { errors } });
  });
}

/** Submits the values of a workbook; every problem is reported by sheet, row and column, and nothing is stored. */
export async function uploadValues(ctx: AppContext, tx: Tx, actor: AccountActor, input: UploadSubmissionRequest): Promise<SubmissionDetail> {
  assertMayEnter(actor, input.areaCode);
  const book = await readValuesWorkbook(Buffer.from(input.contentBase64, 'base64'));
  const refuse = (cells: CellError[]) =>
    new AppError('INVALID_REQUEST', {
      field: 'contentBase64',
      message: summary(cells.map((c) => `sheet ${c.sheet} row ${c.row} column ${c.column}: ${c.en}`)),
      details: { errors: cells.map((c) => ({ sheet: c.sheet, row: c.row, column: c.column, field: c.field, zh: c.zh, en: c.en }) satisfies ValueErrorView) },
    });
  if (book.errors.length > 0) {
    // Problems of the file itself come first; the values of the readable rows are checked too, so all are shown at once.
    const checked = validateValues(
      { catalogue: indicatorCatalogue(), scope: input.areaCode, today: civilDateInShanghai(ctx.now()), reason: input.reason ?? null, existing: new Map() },
      book.rows,
    );
    throw refuse([...book.errors, ...checked.errors.filter((p) => p.field !== 'reason').map((p) => cellOf(book, p))].sort((a, b) => a.row - b.row));
  }
  if (book.rows.length === 0) throw new AppError('INVALID_REQUEST', { field: 'contentBase64', message: 'the workbook has no row with a value' });
  return submit(ctx, tx, actor, { areaCode: input.areaCode, reason: input.reason, values: book.rows, channel: 'upload', fileName: input.fileName }, (problems) => refuse(problems.map((p) => cellOf(book, p))));
}

function cellOf(book: Awaited<ReturnType<typeof readValuesWorkbook>>, p: ValueProblem): CellError {
  const row = book.rows[p.index]!.row;
  return { sheet: 'values', row, column: book.columnOf(p.field), field: p.field, zh: p.zh, en: p.en };
}

function summary(lines: string[]): string {
  return `${lines.length} problem(s): ${lines.slice(0, 5).join('; ')}${lines.length > 5 ? '; …' : ''}`;
}

/**
 * Who may decide a submission: the FTZ Office, on a pending one it did not submit (four eyes). NOT_FOUND, CONFLICT
 * or FORBIDDEN naming `id`; checked before the write so a refusal leaves nothing.
 */
export async function assertMayDecide(db: DbOrTx, actor: AccountActor, id: number) {
  const s = await repo.findSubmission(db, id);
  if (!s) throw new AppError('NOT_FOUND', { field: 'id', message: `no submission ${id}` });
  if (s.submitted_by === actor.account.id) throw new AppError('FORBIDDEN', { field: 'id', message: 'you submitted these values: another officer of the FTZ Office decides on them (four eyes)' });
  if (s.status !== 'pending') throw new AppError('CONFLICT', { field: 'id', message: `submission ${id} is already ${s.status}` });
  return s;
}

async function decide(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, outcome: 'approved' | 'returned', note: string | null): Promise<SubmissionDetail> {
  const locked = await repo.lockSubmission(tx, id);
  if (!locked) throw new AppError('NOT_FOUND', { field: 'id', message: `no submission ${id}` });
  await assertMayDecide(tx, actor, id);
  const at = ctx.now();
  const pending = await repo.pendingOf(tx, id);
  await repo.insertHistory(
    tx,
    pending.map((v) => ({
      value_id: v.id, submission_id: id, event: outcome, revision: v.revision, entered_value: null, entered_unit: null, reason: note, actor_account_id: actor.account.id, at,
      // Approved: the previous approved value → the adopted one. Returned: the value not adopted → the one still in force.
      old_value: outcome === 'approved' ? v.approved_value : v.pending_value,
      new_value: outcome === 'approved' ? v.pending_value : v.approved_value,
    })),
  );
  if (outcome === 'approved') await repo.approvePending(tx, id, at);
  else await repo.dropPending(tx, id);
  await repo.decideSubmission(tx, id, { status: outcome, by: actor.account.id, at, note });
  return { ...(await getSubmission(tx, actor, id)), unchanged: 0, missing: [] };
}

export function approveSubmission(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, note: string | undefined) {
  return decide(ctx, tx, actor, id, 'approved', note ?? null);
}

export function returnSubmission(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, reason: string) {
  return decide(ctx, tx, actor, id, 'returned', reason);
}

function submissionView(s: repo.SubmissionRow, n: Names) {
  return {
    id: s.id, areaCode: s.area_code, channel: s.channel, fileName: s.file_name, reason: s.reason, status: s.status, valueCount: s.value_count,
    submittedBy: person(n, s.submitted_by), submittedAt: s.submitted_at.toISOString(),
    decidedBy: s.decided_by === null ? null : person(n, s.decided_by), decidedAt: s.decided_at?.toISOString() ?? null, decisionNote: s.decision_note,
  };
}

/** Submissions within the actor's scope, newest first: an area officer's own area only (403 naming areaCode for another). */
export async function listSubmissions(db: DbOrTx, actor: AccountActor, query: SubmissionListQuery): Promise<SubmissionListResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && query.areaCode && query.areaCode !== scope.areaCode) throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  const { items, total } = await repo.listSubmissions(db, { ...query, areaCode: scope.kind === 'area' ? scope.areaCode : query.areaCode });
  const n = await names(db, items);
  return { items: items.map((s) => submissionView(s, n)), total };
}

/** One submission with its values and what became of each; NOT_FOUND, or FORBIDDEN outside the actor's area. */
export async function getSubmission(db: DbOrTx, actor: AccountActor, id: number): Promise<SubmissionDetail> {
  const s = await repo.findSubmission(db, id);
  if (!s) throw new AppError('NOT_FOUND', { field: 'id', message: `no submission ${id}` });
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && scope.areaCode !== s.area_code) throw new AppError('FORBIDDEN', { field: 'id', message: 'this submission lies outside your area' });
  const events = await repo.historyOfSubmission(db, id);
  const outcome = new Map<number, 'approved' | 'returned' | 'superseded'>();
  for (const e of events) if (e.event !== 'submitted') outcome.set(e.value_id, e.event);
  const items = events
    .filter((e) => e.event === 'submitted')
    .map((e) => ({
      valueId: e.value_id, indicatorCode: e.indicator_code, period: e.period, value: e.new_value!, enteredValue: e.entered_value!, enteredUnit: e.entered_unit!,
      previous: e.old_value, reason: e.reason, revision: e.revision, state: outcome.get(e.value_id) ?? ('pending' as const),
    }));
  return { ...submissionView(s, await names(db, [s])), items, unchanged: 0, missing: [] };
}

/** The history of one value (who, when, old → new, why); the area officer's own area and nothing else. */
export async function valueHistory(db: DbOrTx, actor: AccountActor, key: { indicatorCode: string; areaCode: string; period: string }): Promise<HistoryResponse> {
  const scope = recordScope(actor.account);
  if (scope.kind === 'area' && scope.areaCode !== key.areaCode) throw new AppError('FORBIDDEN', { field: 'areaCode', message: `you may read area ${scope.areaCode} only` });
  const row = await repo.findValue(db, key);
  if (!row) throw new AppError('NOT_FOUND', { field: 'period', message: `no value of ${key.indicatorCode} for ${key.areaCode} ${key.period}` });
  const history = await repo.historyOfValue(db, row.id);
  const n = await displayNames(db, history.map((e) => e.actor_account_id));
  const events = history.map((e) => ({
    event: e.event, submissionId: e.submission_id, revision: e.revision, oldValue: e.old_value, newValue: e.new_value, enteredValue: e.entered_value, enteredUnit: e.entered_unit,
    reason: e.reason, actor: person(n, e.actor_account_id), at: e.at.toISOString(),
  }));
  return { ...key, approvedValue: row.approved_value, pendingValue: row.pending_value, revision: row.revision, events };
}

/** The workbook for an area (or CQFTZ) and a range of ended months, its current values filled in. */
export async function valuesTemplate(ctx: AppContext, actor: AccountActor, query: TemplateQuery): Promise<{ bytes: Buffer; fileName: string }> {
  assertMayEnter(actor, query.areaCode);
  const from = monthOfDate(`${query.from}-01`);
  const lastEnded = monthOfDate(civilDateInShanghai(ctx.now())) - 1;
  const to = Math.min(monthOfDate(`${query.to}-01`), lastEnded);
  if (from > monthOfDate(`${query.to}-01`)) throw new AppError('INVALID_REQUEST', { field: 'from', message: 'from must not be after to' });
  if (from > to) throw new AppError('INVALID_REQUEST', { field: 'to', message: 'the range holds no ended month yet' });
  if (to - from > 12 * 10) throw new AppError('INVALID_REQUEST', { field: 'to', message: 'a template covers at most ten years' });
  const current = new Map<string, CurrentValue>();
  for (const r of await repo.listAreaValues(ctx.db, query.areaCode)) {
    if (r.pending_value !== null) current.set(existingKey(r.indicator_code, r.period), { value: r.pending_value, status: 'pending' });
    else if (r.approved_value !== null) current.set(existingKey(r.indicator_code, r.period), { value: r.approved_value, status: 'approved' });
  }
  const { bytes } = await buildTemplate({ catalogue: indicatorCatalogue(), scope: query.areaCode, from, to, current });
  return { bytes, fileName: `indicators-${query.areaCode}-${query.from}-${query.to}.xlsx` };
}
