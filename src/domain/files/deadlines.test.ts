// Deadlines across National Day 2025 and Spring Festival 2026, computed by hand from the published schedule:
//   National Day 2025: 10-01 … 10-08 off (holiday / in-lieu rest); make-up working days Sun 09-28 and Sat 10-11.
//   Spring Festival 2026: 02-15 … 02-23 off; make-up working days Sat 02-14 and Sat 02-28.
// The acceptance day is not counted (TIME-01, Civil Code Art. 201).
import { describe, expect, it } from 'vitest';
import { acceptedFile, applicant, calendar, FileLog, officer, reviewer, system, errorOf } from './files-test-kit.ts';
import { marketRegistration } from './file-types/market-registration.ts';
import { permitParallel } from './file-types/permit-parallel.ts';
import { permitSingle } from './file-types/permit-single.ts';

describe('decision deadline (ALL Art. 42)', () => {
  it('accepted Fri 2025-09-26 with 20 working days is due Thu 2025-10-30', () => {
    // 09-28 (Sun, make-up) 1, 09-29 2, 09-30 3, [10-01…10-08 off], 10-09 4, 10-10 5, 10-11 (Sat, make-up) 6,
    // 10-13…10-17 7–11, 10-20…10-24 12–16, 10-27 17, 10-28 18, 10-29 19, 10-30 20.
    const clock = acceptedFile(permitSingle, '2025-09-26').current.clock;
    expect(clock).toMatchObject({ state: 'running', limitWorkingDays: 20, dueOn: '2025-10-30', provisional: false });
  });

  it('accepted Tue 2026-02-10 with 20 working days is due Mon 2026-03-16, and 2026-03-30 with +10', () => {
    // 02-11 1, 02-12 2, 02-13 3, 02-14 (Sat, make-up) 4, [02-15…02-23 off], 02-24…02-27 5–8, 02-28 (Sat) 9,
    // 03-02…03-06 10–14, 03-09…03-13 15–19, 03-16 20. Ten more: 03-17…03-20 (4), 03-23…03-27 (9), 03-30 (10).
    const log = acceptedFile(permitSingle, '2026-02-10');
    expect(log.current.clock.dueOn).toBe('2026-03-16');
    log.act(officer, 'extend', '2026-03-10', { workingDays: 10, approvedBy: '局长 Head of COMMERCE', reason: 'site visit needed' });
    expect(log.current.clock).toMatchObject({ state: 'extended', limitWorkingDays: 30, extensionWorkingDays: 10, dueOn: '2026-03-30' });
  });

  it('a pause from Mon 2025-09-29 to Fri 2025-10-10 excludes 3 working days and moves the deadline to 2025-11-04', () => {
    // Paused working days are those in (09-29, 10-10]: 09-30, 10-09, 10-10 = 3. 2025-10-30 + 3 → 10-31, 11-03, 11-04.
    const log = acceptedFile(permitSingle, '2025-09-26');
    log.act(officer, 'pause', '2025-09-29', { kind: 'excluded_procedure', reason: '专家评审 expert review (ALL Art. 45)', expectedWorkingDays: 3 });
    expect(log.current.status).toBe('paused');
    // Used before the pause: (09-26, 09-29] = 09-28, 09-29 → 2 of 20.
    expect(log.current.clock).toMatchObject({ state: 'paused', dueOn: null, remainingWorkingDaysAtPause: 18 });
    expect(log.current.clock.pauses[0]?.expectedResumeOn).toBe('2025-10-10');
    log.act(officer, 'resume', '2025-10-10');
    expect(log.current.clock).toMatchObject({ state: 'running', pausedWorkingDays: 3, dueOn: '2025-11-04' });
    expect(log.current.clock.pauses[0]).toMatchObject({ from: '2025-09-29', to: '2025-10-10', workingDays: 3 });
  });

  it('joint handling across Spring Festival: pause, extension and resume combine', () => {
    // permit-parallel, 45 working days from Fri 2026-01-30. Pause Wed 2026-02-11, resume Wed 2026-02-25: the working
    // days in (02-11, 02-25] are 02-12, 02-13, 02-14 (make-up), 02-24, 02-25 = 5. Extension +15. Limit 60 + 5 = 65.
    const log = acceptedFile(permitParallel, '2026-01-30');
    const base = log.current.clock.dueOn;
    log.act(officer, 'pause', '2026-02-11', { kind: 'awaiting_applicant', reason: 'site plan to be redrawn' });
    log.act(applicant, 'resume', '2026-02-25');
    log.act(officer, 'extend', '2026-03-02', { workingDays: 15, approvedBy: '区政府负责人', reason: 'joint review of the site plan' });
    const { clock } = log.current;
    expect(clock.pausedWorkingDays).toBe(5);
    expect(clock.dueOn).toBe(calendar.addWorkingDays('2026-01-30', 65).due);
    expect(clock.dueOn).toBe(calendar.addWorkingDays(base ?? '', 20).due);
  });

  it('market registration accepted Tue 2025-09-30 is due on the make-up Saturday 2025-10-11, and 2025-10-15 with +3 (MER Art. 19)', () => {
    // 10-01…10-08 off; 10-09 1, 10-10 2, 10-11 (Sat, make-up) 3. Then 10-13, 10-14, 10-15.
    const log = acceptedFile(marketRegistration, '2025-09-30');
    expect(log.current.clock.dueOn).toBe('2025-10-11');
    log.act(officer, 'extend', '2025-10-10', { workingDays: 3, approvedBy: '登记机关负责人', reason: '情形复杂' });
    expect(log.current.clock.dueOn).toBe('2025-10-15');
  });

  it('records working days used at the decision, pauses excluded', () => {
    const log = acceptedFile(marketRegistration, '2025-09-26');
    log.act(officer, 'pause', '2025-09-29', { kind: 'awaiting_applicant', reason: 'ID copy' }).act(officer, 'resume', '2025-10-10');
    log.act(officer, 'approve', '2025-10-13');
    // (09-26, 10-13] holds 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13 = 7; 3 of them paused → 4.
    expect(log.current.clock).toMatchObject({ state: 'stopped', stoppedOn: '2025-10-13', workingDaysUsed: 4 });
  });
});

describe('task deadlines (并联审批)', () => {
  it('each task counts its own limit from its start day, across Spring Festival', () => {
    // Started Thu 2026-02-12 with 10 working days: 02-13 1, 02-14 (make-up) 2, 02-24…02-27 3–6, 02-28 7, 03-02 8, 03-03 9, 03-04 10.
    const log = acceptedFile(permitParallel, '2026-02-10');
    log.act(officer, 'start_tasks', '2026-02-12', { tasks: [{ departmentCode: 'HOUSING_CONSTRUCTION', workingDays: 10 }, { departmentCode: 'ECOLOGY_ENVIRONMENT' }] });
    const [housing, ecology] = log.current.tasks;
    expect(housing).toMatchObject({ id: '3-1', departmentCode: 'HOUSING_CONSTRUCTION', status: 'open', startedOn: '2026-02-12', dueOn: '2026-03-04' });
    // Without its own limit a task gets what is left of the file's: 45 − 2 used = 43, so it is due with the file.
    expect(ecology).toMatchObject({ id: '3-2', workingDays: 43, dueOn: log.current.clock.dueOn });
  });

  it('a file pause moves the open tasks by the same working days; a task decided before it does not move', () => {
    const log = acceptedFile(permitParallel, '2025-09-26');
    log.act(officer, 'start_tasks', '2025-09-26', { tasks: [{ departmentCode: 'HOUSING_CONSTRUCTION', workingDays: 5 }, { departmentCode: 'ECOLOGY_ENVIRONMENT', workingDays: 5 }] });
    log.act(reviewer('ECOLOGY_ENVIRONMENT'), 'approve_task', '2025-09-28', { taskId: '3-2' });
    log.act(officer, 'pause', '2025-09-29', { kind: 'excluded_procedure', reason: 'testing' });
    expect(log.current.tasks[0]?.dueOn).toBeNull();
    log.act(officer, 'resume', '2025-10-10');
    // 5 working days from 09-26: 09-28, 09-29, 09-30, 10-09, 10-10 → 10-10; +3 paused → 10-11, 10-13, 10-14.
    expect(log.current.tasks.map((t) => t.dueOn)).toEqual(['2025-10-14', '2025-10-10']);
  });
});

describe('acceptance (ALL Art. 32)', () => {
  const submitted = () => new FileLog(permitSingle).act(applicant, 'submit', '2025-09-26', { applicantId: 1 });

  it('the correction window is 5 working days from receipt: 2025-10-10', () => {
    // 09-28 1, 09-29 2, 09-30 3, 10-09 4, 10-10 5.
    expect(submitted().current.correctionDueOn).toBe('2025-10-10');
  });

  it('is deemed from the day of receipt once the window passes without a notice', () => {
    const log = submitted();
    expect(errorOf(() => log.act(system, 'deem_accepted', '2025-10-10')).code).toBe('CONFLICT');
    const late = errorOf(() => log.act(officer, 'request_correction', '2025-10-11', { items: [{ document: 'lease', reason: 'unsigned' }] }));
    expect(late.code).toBe('CONFLICT');
    expect(late.message).toContain('deemed accepted');
    log.act(system, 'deem_accepted', '2025-10-11');
    expect(log.current).toMatchObject({ status: 'accepted', acceptedOn: '2025-09-26', deemedAccepted: true, responsibleOfficerId: null });
    expect(log.current.clock.dueOn).toBe('2025-10-30');
  });

  it('a late explicit acceptance still counts from the day of receipt', () => {
    const log = submitted().act(officer, 'accept', '2025-10-13'); // window ended 2025-10-10
    expect(log.current).toMatchObject({ acceptedOn: '2025-09-26', deemedAccepted: true, clock: { dueOn: '2025-10-30' } });
    expect(submitted().act(officer, 'accept', '2025-10-10').current).toMatchObject({ acceptedOn: '2025-10-10', deemedAccepted: false });
  });

  it('a resubmission restarts the window from the new receipt day', () => {
    const log = submitted().act(officer, 'request_correction', '2025-09-29', { items: [{ document: 'lease', reason: 'unsigned' }] });
    expect(log.current.correctionDueOn).toBeNull();
    log.act(applicant, 'resubmit', '2025-10-09');
    expect(log.current).toMatchObject({ status: 'submitted', receivedOn: '2025-10-09', correctionDueOn: '2025-10-15' });
  });
});

describe('certificate (ALL Art. 44)', () => {
  it('is due 10 working days after the decision to grant', () => {
    const log = acceptedFile(marketRegistration, '2025-09-29').act(officer, 'approve', '2025-09-30');
    // 10-09 1, 10-10 2, 10-11 3, 10-13…10-17 4–8, 10-20 9, 10-21 10.
    expect(log.current.certificateDueOn).toBe('2025-10-21');
    log.act(officer, 'issue_certificate', '2025-10-09', { certificateNo: 'CQ-2025-0001' });
    expect(log.current).toMatchObject({ status: 'certificate_issued', certificate: { issuedOn: '2025-10-09', certificateNo: 'CQ-2025-0001' } });
  });
});
