import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTimerHandlers } from '../../src/server/features/files/check-file-timer.ts';
import { sweepOnce } from '../../src/server/timers/sweeper.ts';
import { createTestApp, errorOf, TEST_NOW, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let window: Session;
let commerce: Session;
const permitForm = { permitName: '对外贸易经营者备案', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: '货物进出口' };

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const created = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'commerce-reviewer', displayName: '商务委 审核', password: 'commerce-pass-2026', role: 'department_reviewer', departmentCode: 'COMMERCE' } });
  expect(created.statusCode).toBe(201);
  applicant = await t.login('applicant');
  window = await t.login('window');
  commerce = await t.login('commerce-reviewer', 'commerce-pass-2026');
});
afterAll(async () => t.close());

async function act(as: Session, id: number, version: number, type: string, payload: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return t.request('POST', `/api/files/${id}/actions`, { as, body: { type, expectedVersion: version, payload, ...extra } });
}

describe('a permit from submission to certificate', () => {
  it('runs submit → accept → parallel task → approve → certificate, with the clock, timeline and notifications', async () => {
    const submitted = await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } });
    expect(submitted.statusCode).toBe(201);
    const file = submitted.json();
    expect(file).toMatchObject({ status: 'submitted', version: 1, responsibleOfficer: null, acceptedOn: null });
    expect(file.allowedActions).toContain('withdraw');

    const queue = (await t.request('GET', '/api/workqueue?queue=unassigned', { as: window })).json();
    expect(queue.items.map((f: { id: number }) => f.id)).toContain(file.id);

    const accepted = await act(window, file.id, 1, 'accept');
    expect(accepted.statusCode).toBe(200);
    // Accepted on Tuesday 2026-11-24; 20 working days, the day of acceptance not counted (ALL Arts. 42, 82).
    expect(accepted.json()).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-24', clock: { state: 'running', limitWorkingDays: 20, dueOn: '2026-12-22' } });
    expect(accepted.json().responsibleOfficer.displayName).toContain('王芳');

    const fanned = await act(window, file.id, 2, 'start_tasks', { tasks: [{ departmentCode: 'COMMERCE' }] });
    expect(fanned.statusCode).toBe(200);
    const task = fanned.json().tasks[0];
    expect(task).toMatchObject({ departmentCode: 'COMMERCE', status: 'open' });

    const reviewerQueue = (await t.request('GET', '/api/workqueue?queue=unassigned', { as: commerce })).json();
    expect(reviewerQueue.items.map((f: { id: number }) => f.id)).toContain(file.id);
    expect(reviewerQueue.counts.unassigned).toBeGreaterThanOrEqual(1);

    const taskDone = await act(commerce, file.id, 3, 'approve_task', { taskId: task.id });
    expect(taskDone.statusCode).toBe(200);
    const approved = await act(window, file.id, 4, 'approve');
    expect(approved.json()).toMatchObject({ status: 'approved', outcome: { kind: 'approved' } });
    const issued = await act(window, file.id, 5, 'issue_certificate', { certificateNo: 'CQ-2026-0001' });
    expect(issued.json().status).toBe('certificate_issued');
    expect(issued.json().timeline.map((a: { type: string }) => a.type)).toEqual(['submit', 'accept', 'start_tasks', 'approve_task', 'approve', 'issue_certificate']);
    // The answer to an action is built from what it wrote; it is the page a reader gets afterwards, naming each actor.
    const page = await t.request('GET', `/api/files/${file.id}`, { as: window });
    expect(issued.json()).toEqual(page.json());
    const names = new Map((await t.request('GET', '/api/accounts', { as: await t.login('admin') })).json().items.map((a: { id: number; displayName: string }) => [a.id, a.displayName]));
    expect(page.json().timeline.map((a: { actorId: number; actorName: string }) => a.actorName)).toEqual(page.json().timeline.map((a: { actorId: number }) => names.get(a.actorId)));
    expect(new Set(page.json().timeline.map((a: { actorName: string }) => a.actorName)).size).toBe(3);

    const closed = (await t.request('GET', '/api/workqueue?queue=closed', { as: applicant })).json();
    expect(closed.items.find((f: { id: number }) => f.id === file.id)).toMatchObject({ status: 'certificate_issued', sla: null });
    const open = (await t.request('GET', '/api/workqueue?queue=mine', { as: applicant })).json();
    expect(open.items.map((f: { id: number }) => f.id)).not.toContain(file.id);

    const notes = (await t.request('GET', '/api/me/notifications', { as: applicant })).json().items as { kind: string; data: { fileId: number } }[];
    expect(notes.filter((n) => n.data.fileId === file.id).map((n) => n.kind)).toEqual(expect.arrayContaining(['file.accept', 'file.approve', 'file.issue_certificate']));
  });
});

describe('the statutory clock through the API', () => {
  it('extends by the head-approved working days up to the maximum (ALL Art. 42), and pauses and resumes', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    expect((await act(window, file.id, 1, 'accept')).json().clock.dueOn).toBe('2026-12-22');
    const extended = await act(window, file.id, 2, 'extend', { workingDays: 10, approvedBy: '区市场监管局局长', reason: '需现场核查' });
    // 10 more working days after 2026-12-22; 2027-01-01 is New Year's Day by law, so the answer is provisional.
    expect(extended.json().clock).toMatchObject({ limitWorkingDays: 30, dueOn: '2027-01-06', provisional: true });
    const tooMuch = await act(window, file.id, 3, 'extend', { workingDays: 1, approvedBy: '局长', reason: '再延' });
    expect(tooMuch.statusCode).toBeGreaterThanOrEqual(400);
    expect(tooMuch.statusCode).toBeLessThan(500);
    expect((await t.request('GET', `/api/files/${file.id}`, { as: window })).json().version).toBe(3);

    const paused = await act(window, file.id, 3, 'pause', { kind: 'excluded_procedure', reason: '专家评审' });
    expect(paused.json()).toMatchObject({ status: 'paused', clock: { state: 'paused', dueOn: null } });
    const resumed = await act(window, file.id, 4, 'resume');
    // Paused and resumed on the same day: no working day was paused, so the deadline stands.
    expect(resumed.json()).toMatchObject({ status: 'accepted', clock: { pausedWorkingDays: 0, dueOn: '2027-01-06' } });
  });
});

describe('the staff directory', () => {
  it('lists the officers a task can go to, by role and department, without private data', async () => {
    const res = await t.request('GET', '/api/staff?role=department_reviewer&departmentCode=COMMERCE', { as: window });
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((s) => s.displayName)).toEqual(['商务委 审核']);
    expect(Object.keys(items[0]!).sort()).toEqual(['areaCode', 'departmentCode', 'displayName', 'id', 'role']);
    const windows = (await t.request('GET', '/api/staff?role=window_officer', { as: window })).json().items as { role: string }[];
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.every((s) => s.role === 'window_officer')).toBe(true);
    // Without a role: every active officer, never an applicant.
    const all = (await t.request('GET', '/api/staff', { as: window })).json().items as { role: string }[];
    expect(all.length).toBeGreaterThan(windows.length);
    expect(all.some((s) => s.role === 'applicant')).toBe(false);
  });
});

describe('statistics for the FTZ Office', () => {
  it('counts decisions on time by type, area and department, and confines an area officer to its area', async () => {
    const analyst = await t.login('analyst');
    const stats = (await t.request('GET', '/api/files/statistics', { as: analyst })).json();
    const permits = stats.byType.find((r: { key: string }) => r.key === 'permit-single');
    // The file of the first journey was accepted and decided on 2026-11-24, well within its 20 working days.
    expect(permits).toMatchObject({ decided: 1, decidedOnTime: 1, onTimeRate: 1, averageWorkingDaysToDecision: 0 });
    // Every area that has a file (the demo's investment files included), and only those.
    const filed = await t.ctx.db.selectFrom('application_files').select(['area_code', 'type']).execute();
    const areas = [...new Set(filed.map((f) => f.area_code))].sort();
    expect(areas).toContain('LJ');
    expect(stats.byArea.map((r: { key: string }) => r.key)).toEqual(areas);
    expect(stats.byDepartment.find((r: { key: string }) => r.key === 'COMMERCE')).toMatchObject({ decided: 1, decidedOnTime: 1 });
    // An area officer counts its own area's files only.
    const xy = (await t.request('GET', '/api/files/statistics', { as: await t.login('area-xy') })).json();
    const xyTypes = [...new Set(filed.filter((f) => f.area_code === 'XY').map((f) => f.type))].sort();
    expect(xy.byType.map((r: { key: string }) => r.key)).toEqual(xyTypes);
    expect(xy.byArea.map((r: { key: string }) => r.key)).toEqual(xyTypes.length > 0 ? ['XY'] : []);
    expect(errorOf(await t.request('GET', '/api/files/statistics', { as: applicant }))).toMatchObject({ status: 403 });
  });
});

describe('refusals', () => {
  it('answers 409 naming the status and allowed actions for an action not allowed now, writing nothing', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    const before = await t.count('audit_log');
    const res = await act(window, file.id, 1, 'approve');
    const err = errorOf(res);
    expect(err).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(res.json().error.details).toMatchObject({ status: 'submitted' });
    expect(res.json().error.details.allowed).toContain('accept');
    const again = (await t.request('GET', `/api/files/${file.id}`, { as: window })).json();
    expect(again.version).toBe(1);
    // The refusal itself is on the trail; the file is not touched.
    expect(await t.count('audit_log')).toBe(before + 1);
  });

  it('serialises concurrent actions: one wins, the other gets 409 and the log grows by one', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    const [a, b] = await Promise.all([act(window, file.id, 1, 'accept'), act(window, file.id, 1, 'request_correction', { items: [{ document: '章程', reason: '未签字' }] })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const after = (await t.request('GET', `/api/files/${file.id}`, { as: window })).json();
    expect(after.version).toBe(2);
    expect(after.timeline).toHaveLength(2);
  });

  it('lets a window officer file at the counter for an applicant, and only for one', async () => {
    const applicantId = applicant.userId;
    const filed = await t.request('POST', '/api/files', { as: window, body: { type: 'permit-single', form: permitForm, applicantId } });
    expect(filed.statusCode).toBe(201);
    expect(filed.json().applicant.id).toBe(applicantId);
    expect(filed.json().timeline[0]).toMatchObject({ type: 'submit', actorRole: 'window_officer' });
    expect(errorOf(await t.request('POST', '/api/files', { as: window, body: { type: 'permit-single', form: permitForm } }))).toMatchObject({ status: 400, field: 'applicantId' });
    expect(errorOf(await t.request('POST', '/api/files', { as: window, body: { type: 'permit-single', form: permitForm, applicantId: window.userId } }))).toMatchObject({ status: 400, field: 'applicantId' });
    // An applicant files only in its own name.
    expect(errorOf(await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm, applicantId: window.userId } }))).toMatchObject({ status: 403 });
  });

  it('refuses a form that does not fit the type, naming the field', async () => {
    const res = await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: { ...permitForm, areaCode: 'XX' } } });
    expect(errorOf(res)).toMatchObject({ status: 400, field: 'form.areaCode' });
    const unknown = await t.request('POST', '/api/files', { as: applicant, body: { type: 'no-such-type', form: {} } });
    expect(errorOf(unknown)).toMatchObject({ status: 404, field: 'type' });
  });

  it('refuses who may never act on a file with 403, under its lock, leaving the file and the trail as they were', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    const before = { audit: await t.count('audit_log'), actions: await t.count('file_actions') };
    const refusals = [
      { as: await t.login('area-xy'), type: 'accept', field: 'id' }, // another area's officer
      { as: commerce, type: 'approve_task', field: 'id' }, // a department with no task on the file
      { as: applicant, type: 'accept', field: 'type' }, // a role that never accepts
    ];
    for (const r of refusals) expect(errorOf(await act(r.as, file.id, 1, r.type))).toMatchObject({ status: 403, code: 'FORBIDDEN', field: r.field });
    expect(errorOf(await act(window, 999_999, 1, 'accept'))).toMatchObject({ status: 404, field: 'id' });
    // The refusals left nothing; the unknown file's 404 is an attempt, and is on the trail.
    expect(await t.count('file_actions')).toBe(before.actions);
    expect(await t.count('audit_log')).toBe(before.audit + 1);
    expect((await t.request('GET', `/api/files/${file.id}`, { as: window })).json()).toMatchObject({ version: 1, status: 'submitted' });
  });

  it('answers an action with the documents uploaded before it, as the file page lists them', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    expect(file.documents).toEqual([]);
    const upload = (name: string) =>
      t.request('POST', `/api/files/${file.id}/documents`, { as: applicant, body: { name, mediaType: 'application/pdf', contentBase64: Buffer.from(`%PDF-1.4 ${name}`).toString('base64') } });
    const uploaded = [(await upload('营业执照.pdf')).json(), (await upload('申请书.pdf')).json()];
    const accepted = await act(window, file.id, 1, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().documents.map((d: { id: number; name: string }) => [d.id, d.name])).toEqual(uploaded.map((d) => [d.id, d.name]));
    expect(accepted.json()).toEqual((await t.request('GET', `/api/files/${file.id}`, { as: window })).json());
    expect(accepted.json().timeline.map((a: { type: string; actorName: string }) => [a.type, a.actorName])).toEqual([['submit', expect.any(String)], ['accept', expect.any(String)]]);
  });

  it('names an officer new to the file when it is handed over, as the file page does', async () => {
    const admin = await t.login('admin');
    const created = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'window-handover', displayName: '李交接 窗口', password: 'handover-pass-2026', role: 'window_officer' } });
    expect(created.statusCode, created.body).toBe(201);
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    expect((await act(window, file.id, 1, 'accept')).statusCode).toBe(200);
    const handed = await act(window, file.id, 2, 'hand_over', { toOfficerId: created.json().id, reason: '轮岗' });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json().responsibleOfficer).toEqual({ id: created.json().id, displayName: '李交接 窗口' });
    expect(handed.json()).toEqual((await t.request('GET', `/api/files/${file.id}`, { as: window })).json());
  });

  it('keeps files to those concerned: another area officer gets 403', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    const xy = await t.login('area-xy');
    expect(errorOf(await t.request('GET', `/api/files/${file.id}`, { as: xy }))).toMatchObject({ status: 403 });
    const lj = await t.login('area-lj');
    expect((await t.request('GET', `/api/files/${file.id}`, { as: lj })).statusCode).toBe(200);
  });
});

describe('correction and the sweeper', () => {
  it('sends one consolidated correction notice and puts the file in the applicant\'s queue', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    const res = await act(window, file.id, 1, 'request_correction', { items: [{ departmentCode: 'COMMERCE', document: '经营范围说明', reason: '缺少' }, { document: '法定代表人身份证明', reason: '不清晰' }] });
    expect(res.json()).toMatchObject({ status: 'correction_requested' });
    expect(res.json().correctionNotices[0].items).toHaveLength(2);
    const mine = (await t.request('GET', '/api/workqueue?queue=awaiting_applicant', { as: applicant })).json();
    expect(mine.items.map((f: { id: number }) => f.id)).toContain(file.id);
    expect((await act(applicant, file.id, 2, 'resubmit')).json().status).toBe('submitted');
  });

  it('deems a file accepted when no correction notice came within 5 working days (ALL Art. 32), once', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    expect(file.correctionDueOn).toBe('2026-12-01');
    // The sweeper runs on 2026-12-02, the sixth working day after receipt; sessions are read at TEST_NOW.
    const sweepAt = async () => {
      const realNow = t.ctx.now;
      t.ctx.now = () => new Date('2026-12-02T01:00:00Z');
      try {
        return await sweepOnce(t.ctx, fileTimerHandlers);
      } finally {
        t.ctx.now = realNow;
      }
    };
    const first = await sweepAt();
    expect(first.failed).toEqual([]);
    const after = (await t.request('GET', `/api/files/${file.id}`, { as: window })).json();
    expect(after).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-24' });
    expect(after.timeline.at(-1)).toMatchObject({ type: 'deem_accepted', actorName: 'system', legalBasis: 'ALL Art. 32' });
    const second = await sweepAt();
    expect(second.failed).toEqual([]);
    const again = (await t.request('GET', `/api/files/${file.id}`, { as: window })).json();
    expect(again.version).toBe(after.version);
    expect(t.ctx.now().getTime()).toBe(TEST_NOW.getTime());
  });
});

describe("a file's timers", () => {
  /** Every timer row of the file, with xmin: a row rewritten in place gets a new one. */
  const timersOf = async (id: number) =>
    (
      await sql<{ id: number; version: string; day: string; pending: boolean }>`
        SELECT id, xmin::text AS version, payload->>'day' AS day, (fired_at IS NULL AND cancelled_at IS NULL) AS pending
          FROM timers WHERE subject = ${`file:${id}`} ORDER BY id`.execute(t.ctx.db)
    ).rows;
  const plannedOf = async (id: number) => (await t.ctx.db.selectFrom('application_files').select('timers_planned').where('id', '=', id).executeTakeFirstOrThrow()).timers_planned;
  const pendingDays = (rows: { day: string; pending: boolean }[]) => rows.filter((r) => r.pending).map((r) => r.day);

  it('re-plans them only when an action changes the checks, and keeps what it planned on the file', async () => {
    const file = (await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: permitForm } })).json();
    const submitted = await timersOf(file.id);
    // Received 2026-11-24: the day after the 5 working days for a correction notice (ALL Art. 32).
    expect(pendingDays(submitted)).toContain('2026-12-02');
    expect(JSON.parse((await plannedOf(file.id))!).map((c: { day: string }) => c.day)).toEqual(pendingDays(submitted));

    await act(window, file.id, 1, 'accept');
    const accepted = await timersOf(file.id);
    // Due 2026-12-22: the day after is the overdue check; the correction check is no longer pending.
    expect(pendingDays(accepted)).toContain('2026-12-23');
    expect(pendingDays(accepted)).not.toContain('2026-12-02');

    // Opening a department's task leaves the file's deadline, so its checks, as they were: no timer row is written.
    const started = await act(window, file.id, 2, 'start_tasks', { tasks: [{ departmentCode: 'COMMERCE' }] });
    expect(await timersOf(file.id)).toEqual(accepted);

    // A file whose plan is not known (as `zimao generate` writes them) is planned at its next action, to the same checks.
    await t.ctx.db.updateTable('application_files').set({ timers_planned: null }).where('id', '=', file.id).execute();
    await act(commerce, file.id, 3, 'approve_task', { taskId: started.json().tasks[0].id });
    const replanned = await timersOf(file.id);
    expect(pendingDays(replanned)).toEqual(pendingDays(accepted));
    expect(replanned.map((r) => r.id)).toEqual(accepted.map((r) => r.id));
    expect(await plannedOf(file.id)).not.toBeNull();

    // Approved: the certificate's time limit is watched now, then nothing once it is issued.
    await act(window, file.id, 4, 'approve');
    const approved = pendingDays(await timersOf(file.id));
    expect(approved.length).toBeGreaterThan(0);
    expect(approved).not.toContain('2026-12-23');
    await act(window, file.id, 5, 'issue_certificate', { certificateNo: 'CQ-2026-0002' });
    expect(pendingDays(await timersOf(file.id))).toEqual([]);
    expect(await plannedOf(file.id)).toBe('[]');
  });
});
