import { describe, expect, it } from 'vitest';
import type { ActionType } from './action-type.ts';
import { allowedActions } from './allowed-actions.ts';
import type { Actor } from './file-action.ts';
import {
  acceptedFile, analyst, applicant, errorOf, FileLog, officer, otherApplicant, otherOfficer, reviewer, supervisor, system,
} from './files-test-kit.ts';
import { marketRegistration } from './file-types/market-registration.ts';
import { permitParallel } from './file-types/permit-parallel.ts';

const housing = reviewer('HOUSING_CONSTRUCTION', 102);
const tax = reviewer('TAX', 104);
const submitted = () => new FileLog(permitParallel).act(applicant, 'submit', '2025-09-26', { applicantId: 1 });
const inReview = () =>
  acceptedFile(permitParallel, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', {
    tasks: [{ departmentCode: 'HOUSING_CONSTRUCTION' }, { departmentCode: 'ECOLOGY_ENVIRONMENT' }],
  });
const scenarios: Record<string, () => FileLog> = {
  new: () => new FileLog(permitParallel),
  submitted,
  correction_requested: () => submitted().act(officer, 'request_correction', '2025-09-29', { items: [{ document: '规划图', reason: 'missing' }] }),
  accepted: inReview,
  paused: () => inReview().act(officer, 'pause', '2025-09-29', { kind: 'awaiting_applicant', reason: 'drawings' }),
  approved: () => {
    const log = inReview().act(housing, 'approve_task', '2025-09-29', { taskId: '3-1' });
    return log.act(reviewer('ECOLOGY_ENVIRONMENT'), 'approve_task', '2025-09-29', { taskId: '3-2' }).act(officer, 'approve', '2025-09-30');
  },
  withdrawn: () => inReview().act(applicant, 'withdraw', '2025-09-29'),
  market_accepted: () => acceptedFile(marketRegistration, '2025-09-26'),
};

// status scenario, actor, expected allowed actions (in ActionType order)
const table: [string, string, Actor, ActionType[]][] = [
  ['new', 'applicant', applicant, ['submit']],
  ['new', 'window officer', officer, ['submit']],
  ['new', 'department reviewer', housing, []],
  ['new', 'analyst', analyst, []],
  ['submitted', 'own applicant', applicant, ['withdraw']],
  ['submitted', 'another applicant', otherApplicant, []],
  ['submitted', 'window officer', officer, ['accept', 'request_correction', 'assign']],
  ['submitted', 'area officer', supervisor, ['assign']],
  ['submitted', 'system', system, ['deem_accepted']],
  ['correction_requested', 'own applicant', applicant, ['resubmit', 'withdraw']],
  ['correction_requested', 'responsible officer', officer, ['resubmit', 'hand_over']],
  ['correction_requested', 'another officer', otherOfficer, []],
  ['correction_requested', 'area officer', supervisor, ['hand_over']],
  ['accepted', 'responsible officer', officer, ['start_tasks', 'extend', 'pause', 'hand_over']],
  ['accepted', 'reviewer with a task', housing, ['assign_task', 'approve_task', 'reject_task', 'pause']],
  ['accepted', 'reviewer without a task', tax, []],
  ['accepted', 'own applicant', applicant, ['withdraw']],
  ['accepted', 'system', system, ['escalate']],
  ['accepted', 'analyst', analyst, []],
  ['paused', 'own applicant (awaiting them)', applicant, ['withdraw', 'resume']],
  ['paused', 'responsible officer', officer, ['hand_over', 'resume']],
  ['paused', 'reviewer with a task', housing, ['resume']],
  ['approved', 'responsible officer', officer, ['hand_over', 'issue_certificate']],
  ['approved', 'system', system, ['escalate']],
  ['approved', 'own applicant', applicant, []],
  ['withdrawn', 'responsible officer', officer, []],
  ['withdrawn', 'own applicant', applicant, []],
  ['market_accepted', 'responsible officer (officer decides)', officer, ['start_tasks', 'approve', 'reject', 'extend', 'pause', 'hand_over']],
];

describe('allowedActions per status and actor', () => {
  it.each(table)('%s, %s', (scenario, _who, actor, expected) => {
    const log = scenarios[scenario]?.() ?? new FileLog(permitParallel);
    const order = (list: readonly ActionType[]) => [...list].sort();
    expect(order(allowedActions(log.type, log.state, actor))).toEqual(order(expected));
  });

  it('date guards apply when a day is given: no deemed acceptance inside the correction window', () => {
    const state = submitted().current;
    expect(allowedActions(permitParallel, state, system, '2025-09-29')).toEqual([]);
    expect(allowedActions(permitParallel, state, system, '2025-10-13')).toEqual(['deem_accepted']);
  });
});

describe('assertActionAllowed refusals', () => {
  it('409 CONFLICT names the status and the allowed actions, and nothing is appended', () => {
    const log = submitted();
    const error = errorOf(() => log.act(officer, 'approve', '2025-09-29'));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ status: 'submitted', allowed: ['accept', 'request_correction', 'assign'], reason: 'not allowed while the file is submitted' });
    expect(error.message).toContain('status submitted; allowed now: accept, request_correction, assign');
    expect(log.current.version).toBe(1);
  });

  it.each([
    ['an applicant approving (never allowed for the role)', applicant, 'approve', {}],
    ['an analyst accepting', analyst, 'accept', {}],
    ['another applicant withdrawing', otherApplicant, 'withdraw', {}],
  ] as [string, Actor, ActionType, object][])('403 FORBIDDEN for %s', (_name, actor, type, payload) => {
    expect(errorOf(() => submitted().act(actor, type, '2025-09-29', payload)).code).toBe('FORBIDDEN');
  });

  it('403 FORBIDDEN for another officer on a held file (首问负责), for another department, for a task assigned to a colleague', () => {
    const log = inReview();
    expect(errorOf(() => log.act(otherOfficer, 'extend', '2025-09-29', { workingDays: 1, approvedBy: 'h', reason: 'r' })).code).toBe('FORBIDDEN');
    expect(errorOf(() => log.act(reviewer('ECOLOGY_ENVIRONMENT', 103), 'approve_task', '2025-09-29', { taskId: '3-1' })).code).toBe('FORBIDDEN');
    log.act(housing, 'assign_task', '2025-09-29', { taskId: '3-1', assigneeId: 199 });
    expect(errorOf(() => log.act(housing, 'approve_task', '2025-09-29', { taskId: '3-1' })).message).toContain('assigned to reviewer 199');
    expect(errorOf(() => new FileLog(permitParallel).act(applicant, 'submit', '2025-09-26', { applicantId: 2 })).code).toBe('FORBIDDEN');
  });

  it.each([
    ['extend', { workingDays: 0, approvedBy: 'h', reason: 'r' }, 'payload.workingDays'],
    ['extend', { workingDays: 2, approvedBy: 'h' }, 'payload.reason'],
    ['pause', { kind: 'lunch', reason: 'r' }, 'payload.kind'],
    ['hand_over', { toOfficerId: 11, reason: 'leave', extra: 1 }, 'payload'],
    ['reject_task', { taskId: '3-1', reasons: [], legalBasis: 'x' }, 'payload.reasons'],
  ] as [ActionType, object, string][])('400 INVALID_REQUEST for %s with %o, naming %s', (type, payload, field) => {
    const actor = type === 'reject_task' ? housing : officer;
    const error = errorOf(() => inReview().act(actor, type, '2025-09-29', payload));
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
  });

  it('400 INVALID_REQUEST for an unknown task, and for an action dated before the last one', () => {
    expect(errorOf(() => inReview().act(housing, 'approve_task', '2025-09-29', { taskId: '9-9' })).field).toBe('payload.taskId');
    expect(errorOf(() => inReview().act(officer, 'pause', '2025-09-25', { kind: 'excluded_procedure', reason: 'r' })).field).toBe('on');
  });
});

describe('extension (ALL Art. 42)', () => {
  it('beyond the type maximum is refused: INVALID_REQUEST for too many days, CONFLICT once the maximum is used', () => {
    const log = acceptedFile(permitParallel, '2025-09-26');
    const extend = (days: number) => log.act(officer, 'extend', '2025-10-09', { workingDays: days, approvedBy: '区政府负责人', reason: 'joint review' });
    const tooMany = errorOf(() => extend(16));
    expect([tooMany.code, tooMany.field]).toEqual(['INVALID_REQUEST', 'payload.workingDays']);
    extend(10);
    expect(errorOf(() => extend(6)).message).toContain('at most 5 more');
    extend(5);
    const used = errorOf(() => extend(1));
    expect(used.code).toBe('CONFLICT');
    expect(used.details?.allowed).not.toContain('extend');
    expect(log.current.clock).toMatchObject({ extensionWorkingDays: 15, limitWorkingDays: 60 });
  });

  it('market registration allows +3 only (MER Art. 19); a lapsed limit cannot be extended', () => {
    expect(errorOf(() => acceptedFile(marketRegistration, '2025-09-26').act(officer, 'extend', '2025-09-29', { workingDays: 4, approvedBy: 'h', reason: 'r' })).field).toBe('payload.workingDays');
    // Accepted 09-26: due 09-30 (09-28 make-up, 09-29, 09-30); 10-09 is too late.
    const late = errorOf(() => acceptedFile(marketRegistration, '2025-09-26').act(officer, 'extend', '2025-10-09', { workingDays: 3, approvedBy: 'h', reason: 'r' }));
    expect(late.details?.reason).toBe('the time limit ran out on 2025-09-30');
  });
});
