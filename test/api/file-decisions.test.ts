// The decision kept on each application file's row (migration 0023): written by every action, equal to what the
// file's log says, read by the indicators FILES_DECIDED / FILES_DECIDED_ON_TIME in one grouped query, and filled in
// from the logs for files decided before the migration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveFileState, fileDecision, getFileType, parseFileAction } from '../../src/domain/files/index.ts';
import { loadCalendar } from '../../src/server/features/calendar/load-calendar.ts';
import { decisionsByMonth, fillFileDecisions } from '../../src/server/features/files/service.ts';
import { moveClockTo } from '../helpers/moving-clock.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';

const permitForm = { permitName: '对外贸易经营者备案', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: '货物进出口' };

let t: TestApp;
let applicant: Session;
let window: Session;
let commerce: Session;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const created = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'commerce-decider', displayName: '商务委 审核', password: 'commerce-pass-2026', role: 'department_reviewer', departmentCode: 'COMMERCE' } });
  expect(created.statusCode).toBe(201);
  [applicant, window, commerce] = [await t.login('applicant'), await t.login('window'), await t.login('commerce-decider', 'commerce-pass-2026')];
});
afterAll(async () => t.close());

async function act(as: Session, id: number, version: number, type: string, payload: Record<string, unknown> = {}) {
  const res = await t.request('POST', `/api/files/${id}/actions`, { as, body: { type, expectedVersion: version, payload } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Submitted, accepted and its one department task approved: ready for the window's decision at version 4. */
async function readyForDecision(): Promise<number> {
  const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
  await act(window, file.id, 1, 'accept');
  const fanned = await act(window, file.id, 2, 'start_tasks', { tasks: [{ departmentCode: 'COMMERCE' }] });
  await act(commerce, file.id, 3, 'approve_task', { taskId: fanned.tasks[0].id });
  return file.id;
}

const projection = (id: number) => t.ctx.db.selectFrom('application_files').select(['decided_on', 'decided_on_time']).where('id', '=', id).executeTakeFirstOrThrow();

/** What each file's log says, the way statistics derived it before the projection existed. */
async function decisionsFromLogs() {
  const calendar = await loadCalendar(t.ctx.db);
  const files = await t.ctx.db.selectFrom('application_files').select(['id', 'type', 'area_code']).execute();
  const tally = new Map<string, { areaCode: string; month: string; decided: number; onTime: number }>();
  for (const f of files) {
    const rows = await t.ctx.db.selectFrom('file_actions').selectAll().where('file_id', '=', f.id).orderBy('seq').execute();
    const actions = rows.map((r) => parseFileAction({ seq: r.seq, type: r.type, actorId: r.actor_account_id, actorRole: r.actor_role, on: r.on_date, at: r.at.toISOString(), payload: r.payload, ...(r.reason ? { reason: r.reason } : {}), ...(r.legal_basis ? { legalBasis: r.legal_basis } : {}) }));
    const d = fileDecision(deriveFileState(getFileType(f.type), actions, calendar));
    if (!d) continue;
    const key = `${f.area_code}|${d.decidedOn.slice(0, 7)}`;
    const e = tally.get(key) ?? { areaCode: f.area_code, month: d.decidedOn.slice(0, 7), decided: 0, onTime: 0 };
    tally.set(key, { ...e, decided: e.decided + 1, onTime: e.onTime + (d.onTime ? 1 : 0) });
  }
  return [...tally.values()];
}

const sorted = <T extends { areaCode: string; month: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.areaCode}${a.month}`.localeCompare(`${b.areaCode}${b.month}`));

describe('the decision on the file’s row', () => {
  it('is written by the deciding action, not by a withdrawal, and is late when decided after the due day', async () => {
    const onTime = await readyForDecision();
    await act(window, onTime, 4, 'approve');
    expect(await projection(onTime)).toEqual({ decided_on: '2026-11-24', decided_on_time: true });

    const withdrawn = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    await act(window, withdrawn.id, 1, 'accept');
    await act(applicant, withdrawn.id, 2, 'withdraw');
    expect(await projection(withdrawn.id)).toEqual({ decided_on: null, decided_on_time: null });

    const open = await readyForDecision();
    expect(await projection(open)).toEqual({ decided_on: null, decided_on_time: null });
    // Accepted 2026-11-24, due 2026-12-22 (20 working days); decided on 2027-01-05.
    window = await moveClockTo(t, '2027-01-05', 'window');
    await act(window, open, 4, 'approve');
    expect(await projection(open)).toEqual({ decided_on: '2027-01-05', decided_on_time: false });
    window = await moveClockTo(t, null, 'window');

    const fromRows = await decisionsByMonth(t.ctx.db);
    expect(sorted(fromRows)).toEqual(sorted(await decisionsFromLogs()));
    expect(fromRows.find((r) => r.areaCode === 'LJ' && r.month === '2027-01')).toEqual({ areaCode: 'LJ', month: '2027-01', decided: 1, onTime: 0 });
  });

  it('is filled in from the logs for files decided before migration 0023', async () => {
    const before = sorted(await decisionsByMonth(t.ctx.db));
    expect(before.length).toBeGreaterThan(0);
    await t.ctx.db.updateTable('application_files').set({ decided_on: null, decided_on_time: null }).execute();
    expect(await decisionsByMonth(t.ctx.db)).toEqual([]);
    const filled = await fillFileDecisions(t.ctx.db);
    expect(filled).toBe(before.reduce((n, r) => n + r.decided, 0));
    expect(sorted(await decisionsByMonth(t.ctx.db))).toEqual(before);
  });

  it('is what the indicators FILES_DECIDED and FILES_DECIDED_ON_TIME count, month by month', async () => {
    const expected = (await decisionsByMonth(t.ctx.db)).filter((r) => r.areaCode === 'LJ' && r.month >= '2026-11');
    expect(expected.map((r) => r.month).sort()).toEqual(['2026-11', '2027-01']);
    // A month's value shows once the month is over.
    const analyst = await moveClockTo(t, '2027-02-10', 'analyst');
    for (const [code, field] of [['FILES_DECIDED', 'decided'], ['FILES_DECIDED_ON_TIME', 'onTime']] as const) {
      const res = await t.request('GET', `/api/indicators/${code}/series?areaCode=LJ&periodKind=month&from=2026-11&to=2027-01`, { as: analyst });
      expect(res.statusCode, res.body).toBe(200);
      const value = (month: string) => expected.find((r) => r.month === month)?.[field] ?? 0;
      expect(res.json().points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([['2026-11', value('2026-11')], ['2026-12', 0], ['2027-01', value('2027-01')]]);
    }
    await moveClockTo(t, null, 'analyst');
  });
});
