import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { REFORM_STATUSES, TOLERANCE_OF_FAILURE_BASIS, changeStatus, statusTargetsFrom, type EvaluationInput, type ReformStatus, type StatusTarget } from './reform-status.ts';

const TODAY = '2026-11-24';
const works: EvaluationInput = { outcome: 'effective', summary: '试点取得预期效果', risksControllable: true, evaluator: '自贸办' };
const failedEval: EvaluationInput = { ...works, outcome: 'not_effective', summary: '未达预期' };

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('status moves of a reform pilot task', () => {
  it('proposed → piloting starts the pilot today', () => {
    expect(changeStatus({ status: 'proposed' }, { to: 'piloting' }, TODAY)).toEqual({ status: 'piloting', startedOn: TODAY, evaluation: null });
  });

  it('piloting → evaluated keeps the evaluation, dated today, with no tolerance', () => {
    const change = changeStatus({ status: 'piloting' }, { to: 'evaluated', evaluation: { ...works, summary: '  效果良好 ' } }, TODAY);
    expect(change).toEqual({ status: 'evaluated', evaluation: { ...works, summary: '效果良好', evaluatedOn: TODAY, toleranceOfFailure: null } });
  });

  it('piloting → failed records the tolerance of failure without penalty (Trial Measures Art. 5)', () => {
    const change = changeStatus({ status: 'piloting' }, { to: 'failed', evaluation: failedEval }, TODAY);
    expect(change.status).toBe('failed');
    expect(change.evaluation?.toleranceOfFailure).toEqual({ basis: TOLERANCE_OF_FAILURE_BASIS, noPenalty: true });
    expect(TOLERANCE_OF_FAILURE_BASIS).toMatch(/Trial Measures Art\. 5/);
  });

  it('a failed pilot may be tried again (the evaluation is cleared) or closed', () => {
    expect(changeStatus({ status: 'failed' }, { to: 'piloting' }, TODAY)).toMatchObject({ status: 'piloting', evaluation: null });
    expect(changeStatus({ status: 'failed' }, { to: 'closed', note: '不再试点' }, TODAY)).toEqual({ status: 'closed' });
  });

  const allowed: Record<StatusTarget, ReformStatus[]> = {
    piloting: ['proposed', 'failed'],
    evaluated: ['piloting'],
    failed: ['piloting'],
    closed: ['proposed', 'evaluated', 'failed'],
  };
  it.each(Object.entries(allowed) as [StatusTarget, ReformStatus[]][])('→ %s only from %j, else CONFLICT naming to', (to, from) => {
    const input = { to, note: 'reason', ...(to === 'evaluated' ? { evaluation: works } : to === 'failed' ? { evaluation: failedEval } : {}) };
    for (const status of REFORM_STATUSES) {
      if (from.includes(status)) expect(() => changeStatus({ status }, input, TODAY)).not.toThrow();
      else expect(errorOf(() => changeStatus({ status }, input, TODAY))).toEqual({ code: 'CONFLICT', field: 'to' });
    }
  });

  it('replicated and proposed_for_replication are never left by a status move', () => {
    expect(statusTargetsFrom('replicated')).toEqual([]);
    expect(statusTargetsFrom('proposed_for_replication')).toEqual([]);
    expect(statusTargetsFrom('proposed').sort()).toEqual(['closed', 'piloting']);
  });

  it('refuses a missing or mismatched evaluation, naming the field', () => {
    expect(errorOf(() => changeStatus({ status: 'piloting' }, { to: 'evaluated' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'evaluation' });
    expect(errorOf(() => changeStatus({ status: 'piloting' }, { to: 'evaluated', evaluation: failedEval }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'evaluation.outcome' });
    expect(errorOf(() => changeStatus({ status: 'piloting' }, { to: 'failed', evaluation: works }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'evaluation.outcome' });
    expect(errorOf(() => changeStatus({ status: 'piloting' }, { to: 'failed', evaluation: { ...failedEval, summary: ' ' } }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'evaluation.summary' });
    expect(errorOf(() => changeStatus({ status: 'piloting' }, { to: 'evaluated', evaluation: { ...works, evaluator: '' } }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'evaluation.evaluator' });
    expect(errorOf(() => changeStatus({ status: 'proposed' }, { to: 'piloting', evaluation: works }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'evaluation' });
  });

  it('closing needs its reason, naming note', () => {
    expect(errorOf(() => changeStatus({ status: 'proposed' }, { to: 'closed' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'note' });
    expect(errorOf(() => changeStatus({ status: 'proposed' }, { to: 'closed', note: '  ' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'note' });
  });
});
