import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acceptedFile, calendar, errorOf, officer, system } from './files-test-kit.ts';
import { defineFileType, limitsFrom, type FileTypeDefinition } from './file-type.ts';
import { permitParallel } from './file-types/permit-parallel.ts';
import { permitSingle } from './file-types/permit-single.ts';
import { escalationsDue, escalationTarget, slaState } from './sla.ts';
import { standardTransitions } from './standard-transitions.ts';

describe('slaState', () => {
  // Due Thu 2025-10-09, the first working day after National Day.
  it.each([
    ['2025-09-26', 'on_time'], // left after today: 09-28 (make-up), 09-29, 09-30, 10-09 = 4
    ['2025-09-28', 'on_time'], // 09-29, 09-30, 10-09 = 3
    ['2025-09-29', 'due_soon'], // 09-30, 10-09 = 2
    ['2025-09-30', 'due_soon'], // only 10-09 left
    ['2025-10-05', 'due_soon'], // a holiday: 10-09 left
    ['2025-10-09', 'due_soon'], // the due day itself
    ['2025-10-10', 'overdue'],
  ])('today %s → %s (2 working days threshold)', (today, expected) => {
    expect(slaState('2025-10-09', today, calendar, 2)).toBe(expected);
  });

  it('with a threshold of 0 only the due day is due soon', () => {
    expect(slaState('2025-10-09', '2025-09-30', calendar, 0)).toBe('on_time');
    expect(slaState('2025-10-09', '2025-10-09', calendar, 0)).toBe('due_soon');
  });
});

describe('escalationsDue (TIME-72)', () => {
  // permit-single accepted 2025-09-26 is due 2025-10-30.
  it('nothing while on time; the due-soon step two working days before; the overdue steps after', () => {
    const state = acceptedFile(permitSingle, '2025-09-26').current;
    expect(escalationsDue(permitSingle, state, '2025-10-27', calendar)).toEqual([]);
    expect(escalationsDue(permitSingle, state, '2025-10-28', calendar).map((r) => r.do)).toEqual(['notify_supervisor']);
    expect(escalationsDue(permitSingle, state, '2025-10-31', calendar).map(escalationTarget)).toEqual(['supervisor', 'area_officer']);
  });

  it('a recorded escalation is not due again for the same due day, but is after an extension moves it', () => {
    const log = acceptedFile(permitSingle, '2025-09-26').act(system, 'escalate', '2025-10-28', { level: 'due_soon', to: 'supervisor' });
    expect(log.current.escalations[0]).toMatchObject({ level: 'due_soon', to: 'supervisor', dueOn: '2025-10-30' });
    expect(escalationsDue(permitSingle, log.current, '2025-10-29', calendar)).toEqual([]);
    log.act(officer, 'extend', '2025-10-29', { workingDays: 2, approvedBy: 'head', reason: 'expert opinion pending' });
    // Due 2025-11-03 now; on 10-30 two working days are left (10-31, 11-03).
    expect(escalationsDue(permitSingle, log.current, '2025-10-30', calendar).map((r) => r.do)).toEqual(['notify_supervisor']);
  });

  it('nothing while the clock is paused', () => {
    const log = acceptedFile(permitSingle, '2025-09-26').act(officer, 'pause', '2025-10-20', { kind: 'excluded_procedure', reason: 'hearing' });
    expect(escalationsDue(permitSingle, log.current, '2025-12-01', calendar)).toEqual([]);
  });

  it('watches the certificate deadline (ALL Art. 44) once approved', () => {
    const log = acceptedFile(permitParallel, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', { tasks: [{ departmentCode: 'TAX' }] });
    log.act({ id: 5, role: 'department_reviewer', departmentCode: 'TAX' }, 'approve_task', '2025-09-29', { taskId: '3-1' });
    log.act(officer, 'approve', '2025-09-30'); // certificate due 2025-10-21
    expect(escalationsDue(permitParallel, log.current, '2025-10-16', calendar)).toEqual([]); // 3 left
    expect(escalationsDue(permitParallel, log.current, '2025-10-17', calendar).map((r) => r.when)).toEqual(['due_soon']);
    expect(escalationsDue(permitParallel, log.current, '2025-10-22', calendar)).toHaveLength(2);
  });
});

describe('deemed approval (TIME-71)', () => {
  it('is off by default: the system may never deem a permit approved, however late', () => {
    const log = acceptedFile(permitSingle, '2025-09-26');
    expect(escalationsDue(permitSingle, log.current, '2026-01-05', calendar).some((r) => r.do === 'deem_approved')).toBe(false);
    expect(errorOf(() => log.act(system, 'deem_approved', '2026-01-05')).code).toBe('FORBIDDEN');
  });

  const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-12', certificate: 'TIME-15' });
  const deeming = defineFileType({
    ...(permitSingle as FileTypeDefinition), code: 'permit-deemed', formSchema: z.object({}), limits,
    deemedApproval: { enabled: true, legalBasis: 'item rule (test): 逾期未作决定的视为准予' },
    escalation: [{ when: 'overdue', do: 'deem_approved' }],
    transitions: standardTransitions({ limits }, { requireTasks: true, officerDecides: false, deemedApproval: true }),
  });

  it('where enabled, it is due once overdue and recorded with its legal basis', () => {
    const log = acceptedFile(deeming, '2025-09-26');
    expect(escalationsDue(deeming, log.current, '2025-10-30', calendar)).toEqual([]);
    expect(escalationsDue(deeming, log.current, '2025-10-31', calendar).map((r) => r.do)).toEqual(['deem_approved']);
    const early = errorOf(() => log.act(system, 'deem_approved', '2025-10-30'));
    expect([early.code, early.details?.reason]).toEqual(['CONFLICT', 'the time limit runs until 2025-10-30']);
    log.act(system, 'deem_approved', '2025-10-31');
    expect(log.current.status).toBe('approved');
    expect(log.current.outcome).toMatchObject({ kind: 'deemed_approved', legalBasis: ['item rule (test): 逾期未作决定的视为准予'] });
  });
});
