import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateCompletion } from './completion-rule.ts';
import { acceptedFile, errorOf, officer, reviewer } from './files-test-kit.ts';
import { defineFileType, limitsFrom, type CompletionRule, type FileTypeDefinition } from './file-type.ts';
import type { FileTask, TaskStatus } from './file-state.ts';
import { permitParallel } from './file-types/permit-parallel.ts';
import { permitSingle } from './file-types/permit-single.ts';
import { standardTransitions } from './standard-transitions.ts';

const tasks = (...statuses: TaskStatus[]): FileTask[] =>
  statuses.map((status, i) => ({
    id: `1-${i + 1}`, departmentCode: `D${i}`, assigneeId: null, status, startedOn: '2025-01-02', workingDays: 5,
    dueOn: null, pausedWorkingDays: 0, decidedOn: null, reasons: [], legalBasis: null,
  }));

describe('evaluateCompletion', () => {
  const all: CompletionRule = { kind: 'all' };
  const any: CompletionRule = { kind: 'any' };
  const quorum2: CompletionRule = { kind: 'quorum', approvals: 2 };
  it.each([
    [all, [], 'met'],
    [all, ['approved', 'open'], 'pending'],
    [all, ['approved', 'approved'], 'met'],
    [all, ['approved', 'rejected', 'open'], 'unmet'],
    [all, ['approved', 'cancelled'], 'met'],
    [any, [], 'pending'],
    [any, ['rejected', 'open'], 'pending'],
    [any, ['rejected', 'approved'], 'met'],
    [any, ['rejected', 'rejected'], 'unmet'],
    [quorum2, ['approved', 'open', 'open'], 'pending'],
    [quorum2, ['approved', 'rejected', 'open'], 'pending'],
    [quorum2, ['approved', 'approved', 'rejected'], 'met'],
    [quorum2, ['rejected', 'rejected', 'open'], 'unmet'],
    [quorum2, ['approved', 'rejected', 'rejected'], 'unmet'],
  ] as [CompletionRule, TaskStatus[], string][])('%o over %o is %s', (rule, statuses, expected) => {
    expect(evaluateCompletion(rule, tasks(...statuses)).state).toBe(expected);
  });
});

const three = { tasks: [{ departmentCode: 'PLANNING_NATURAL_RESOURCES' }, { departmentCode: 'HOUSING_CONSTRUCTION' }, { departmentCode: 'ECOLOGY_ENVIRONMENT' }] };
const planning = reviewer('PLANNING_NATURAL_RESOURCES', 101);
const housing = reviewer('HOUSING_CONSTRUCTION', 102);
const ecology = reviewer('ECOLOGY_ENVIRONMENT', 103);
const refusal = { reasons: ['容积率超标 floor-area ratio above the plan'], legalBasis: '城乡规划法第四十条' };

describe("completion 'all' (permit-parallel)", () => {
  it('approval waits for every department, then follows', () => {
    const log = acceptedFile(permitParallel, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', three);
    log.act(planning, 'approve_task', '2025-09-29', { taskId: '3-1' }).act(housing, 'approve_task', '2025-09-29', { taskId: '3-2' });
    expect(errorOf(() => log.act(officer, 'approve', '2025-09-30')).code).toBe('CONFLICT');
    log.act(ecology, 'approve_task', '2025-09-30', { taskId: '3-3' }).act(officer, 'approve', '2025-09-30');
    expect(log.current.outcome).toMatchObject({ kind: 'approved', on: '2025-09-30' });
  });

  it('one rejection means it can no longer be met: approval refused, rejection carries the task reasons, open tasks cancelled', () => {
    const log = acceptedFile(permitParallel, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', three);
    log.act(planning, 'approve_task', '2025-09-29', { taskId: '3-1' }).act(housing, 'reject_task', '2025-09-29', { taskId: '3-2', ...refusal });
    expect(log.current.completion).toEqual({ state: 'unmet', approvals: 1, rejections: 1, open: 1 });
    const error = errorOf(() => log.act(officer, 'approve', '2025-09-30'));
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.allowed).toContain('reject');
    log.act(officer, 'reject', '2025-09-30');
    expect(log.current.outcome).toMatchObject({ kind: 'rejected', reasons: refusal.reasons, legalBasis: [refusal.legalBasis] });
    expect(log.current.tasks.map((t) => t.status)).toEqual(['approved', 'rejected', 'cancelled']);
  });

  it('while the rule can still be met, the officer may not reject, nor approve before any task exists', () => {
    const log = acceptedFile(permitParallel, '2025-09-26');
    expect(errorOf(() => log.act(officer, 'approve', '2025-09-26')).message).toContain('no department task');
    log.act(officer, 'start_tasks', '2025-09-26', three);
    expect(errorOf(() => log.act(officer, 'reject', '2025-09-26', refusal)).message).toContain('can still be met');
  });
});

describe("completion 'any' (permit-single)", () => {
  it('one approval suffices', () => {
    const log = acceptedFile(permitSingle, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', { tasks: [{ departmentCode: 'COMMERCE' }] });
    log.act(reviewer('COMMERCE'), 'approve_task', '2025-09-29', { taskId: '3-1' }).act(officer, 'approve', '2025-09-29');
    expect(log.current.status).toBe('approved');
  });
});

describe("completion 'quorum'", () => {
  const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-13', certificate: 'TIME-15' });
  const quorumType = defineFileType({
    ...(permitParallel as FileTypeDefinition), code: 'permit-quorum', limits, formSchema: z.object({}), completionRule: { kind: 'quorum', approvals: 2 },
    transitions: standardTransitions({ limits }, { requireTasks: true, officerDecides: false, deemedApproval: false }),
  });

  it('two of three approvals suffice and the third task is cancelled', () => {
    const log = acceptedFile(quorumType, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', three);
    log.act(planning, 'approve_task', '2025-09-29', { taskId: '3-1' }).act(ecology, 'approve_task', '2025-09-29', { taskId: '3-3' });
    log.act(officer, 'approve', '2025-09-30');
    expect(log.current.tasks.map((t) => t.status)).toEqual(['approved', 'cancelled', 'approved']);
  });

  it('two rejections of three make it unmeetable', () => {
    const log = acceptedFile(quorumType, '2025-09-26').act(officer, 'start_tasks', '2025-09-26', three);
    log.act(planning, 'reject_task', '2025-09-29', { taskId: '3-1', ...refusal });
    expect(log.current.completion.state).toBe('pending');
    log.act(ecology, 'reject_task', '2025-09-29', { taskId: '3-3', reasons: ['no EIA'], legalBasis: '环境影响评价法第二十五条' });
    expect(log.current.completion.state).toBe('unmet');
    log.act(officer, 'reject', '2025-09-30', { reasons: ['两部门不予许可'], legalBasis: 'ALL Art. 38' });
    expect(log.current.outcome?.reasons).toEqual(['两部门不予许可', ...refusal.reasons, 'no EIA']);
  });
});
