import { describe, expect, it } from 'vitest';
import { deriveFileState } from './derive-file-state.ts';
import type { FileAction } from './file-action.ts';
import { acceptedFile, applicant, calendar, errorOf, FileLog, officer, otherOfficer, reviewer, supervisor } from './files-test-kit.ts';
import { permitParallel } from './file-types/permit-parallel.ts';

const housing = reviewer('HOUSING_CONSTRUCTION', 102);

describe('deriveFileState: a parallel permit from submission to certificate', () => {
  it('folds the log into status, responsibility, notices, tasks, clock and outcome', () => {
    const log = new FileLog(permitParallel).act(applicant, 'submit', '2026-02-09', { applicantId: 1 });
    expect(log.current).toMatchObject({ status: 'submitted', responsibleOfficerId: null, clock: { state: 'not_started', dueOn: null } });
    log.act(officer, 'request_correction', '2026-02-10', {
      items: [
        { departmentCode: 'HOUSING_CONSTRUCTION', document: '施工图 construction drawings', reason: 'not stamped' },
        { departmentCode: 'ECOLOGY_ENVIRONMENT', document: '环评报告 EIA report', reason: 'missing' },
      ],
    });
    expect(log.current).toMatchObject({ status: 'correction_requested', responsibleOfficerId: 10 }); // 首问负责: the first officer to act
    expect(log.current.correctionNotices[0]?.items).toHaveLength(2);
    log.act(applicant, 'resubmit', '2026-02-12').act(officer, 'accept', '2026-02-13');
    log.act(officer, 'hand_over', '2026-02-13', { toOfficerId: 11, reason: '休假 on leave over Spring Festival' });
    expect(log.current.handovers).toEqual([{ seq: 5, on: '2026-02-13', fromOfficerId: 10, toOfficerId: 11, reason: '休假 on leave over Spring Festival' }]);
    log.act(otherOfficer, 'start_tasks', '2026-02-24', { tasks: [{ departmentCode: 'HOUSING_CONSTRUCTION' }, { departmentCode: 'ECOLOGY_ENVIRONMENT' }] });
    expect(log.current.tasks.map((t) => t.id)).toEqual(['6-1', '6-2']);
    log.act(housing, 'approve_task', '2026-02-25', { taskId: '6-1' });
    expect(log.current.tasks[0]).toMatchObject({ status: 'approved', assigneeId: 102, decidedOn: '2026-02-25' });
    log.act(reviewer('ECOLOGY_ENVIRONMENT'), 'approve_task', '2026-02-26', { taskId: '6-2' });
    log.act(otherOfficer, 'approve', '2026-02-27').act(otherOfficer, 'issue_certificate', '2026-03-02', {});
    expect(log.current).toMatchObject({
      status: 'certificate_issued', acceptedOn: '2026-02-13', responsibleOfficerId: 11, version: 10, lastActionOn: '2026-03-02',
      outcome: { kind: 'approved', on: '2026-02-27', seq: 9 }, clock: { state: 'stopped', stoppedOn: '2026-02-27' },
    });
  });
});

describe('responsibility (首问负责, Trial Measures Art. 14)', () => {
  it('a file nobody holds is assigned; then only handed over, by its holder or the area officer', () => {
    const log = new FileLog(permitParallel).act(applicant, 'submit', '2025-09-26', { applicantId: 1 });
    expect(errorOf(() => log.act(officer, 'assign', '2025-09-26', { officerId: 11 })).code).toBe('FORBIDDEN');
    log.act(supervisor, 'assign', '2025-09-26', { officerId: 11 });
    expect(log.current.responsibleOfficerId).toBe(11);
    expect(errorOf(() => log.act(supervisor, 'assign', '2025-09-26', { officerId: 10 })).code).toBe('CONFLICT');
    expect(errorOf(() => log.act(officer, 'accept', '2025-09-26')).code).toBe('FORBIDDEN');
    log.act(supervisor, 'hand_over', '2025-09-29', { toOfficerId: 10, reason: 'workload' }).act(officer, 'accept', '2025-09-29');
    expect(log.current).toMatchObject({ status: 'accepted', responsibleOfficerId: 10, handovers: [{ fromOfficerId: 11, toOfficerId: 10 }] });
  });

  it('a window officer submitting at the counter becomes responsible', () => {
    const log = new FileLog(permitParallel).act(officer, 'submit', '2025-09-26', { applicantId: 1 });
    expect(log.current).toMatchObject({ applicantId: 1, responsibleOfficerId: 10 });
  });
});

describe('one consolidated correction notice (一次告知, ALL Art. 32)', () => {
  it('a later notice may repeat documents already named, never add new ones', () => {
    const log = new FileLog(permitParallel).act(applicant, 'submit', '2025-09-26', { applicantId: 1 });
    log.act(officer, 'request_correction', '2025-09-26', { items: [{ document: '环评报告', reason: 'missing' }] });
    log.act(applicant, 'resubmit', '2025-09-29');
    const error = errorOf(() => log.act(officer, 'request_correction', '2025-09-29', { items: [{ document: '营业执照', reason: 'expired' }] }));
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', 'payload.items']);
    log.act(officer, 'request_correction', '2025-09-29', { items: [{ document: '环评报告', reason: 'still unsigned' }] });
    expect(log.current.correctionNotices).toHaveLength(2);
  });
});

describe('closing a file', () => {
  it('withdrawal ends an open pause and cancels the open tasks', () => {
    const log = acceptedFile(permitParallel, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', { tasks: [{ departmentCode: 'HOUSING_CONSTRUCTION' }] });
    log.act(housing, 'pause', '2025-09-29', { kind: 'excluded_procedure', reason: '检测 testing' }).act(applicant, 'withdraw', '2025-10-09', { reason: 'project cancelled' });
    expect(log.current).toMatchObject({ status: 'withdrawn', outcome: { kind: 'withdrawn', reasons: ['project cancelled'] }, clock: { state: 'stopped' } });
    expect(log.current.clock.pauses[0]).toMatchObject({ to: '2025-10-09', workingDays: 2 });
    expect(log.current.tasks[0]).toMatchObject({ status: 'cancelled', decidedOn: '2025-10-09' });
  });
});

describe('a corrupt log is refused, never folded', () => {
  const good = acceptedFile(permitParallel, '2025-09-26').actions;
  it.each([
    ['empty', []],
    ['not starting with submit', good.slice(1)],
    ['a gap in seq', [good[0], { ...good[1], seq: 3 }]],
    ['a second submit', [good[0], { ...good[0], seq: 2 }]],
  ] as [string, FileAction[]][])('%s → INTERNAL', (_name, actions) => {
    expect(errorOf(() => deriveFileState(permitParallel, actions, calendar)).code).toBe('INTERNAL');
  });
});
