import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { applyReplicationStep, type ReplicationTask } from './replication.ts';
import type { Evaluation } from './reform-status.ts';

const TODAY = '2026-11-24';
const evaluation: Evaluation = { outcome: 'effective', summary: 's', risksControllable: true, evaluator: '自贸办', evaluatedOn: '2026-10-01', toleranceOfFailure: null };
const evaluated: ReplicationTask = { status: 'evaluated', evaluation, replication: null };

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('nothing thrown');
}
const step = (task: ReplicationTask, s: Parameters<typeof applyReplicationStep>[1]): ReplicationTask => ({ ...task, ...applyReplicationStep(task, s, TODAY) });

describe('the replication procedure (复制推广): propose → review → decide → publish', () => {
  it('walks an evaluated result to replicated', () => {
    let t = step(evaluated, { step: 'propose', scope: 'municipal', summary: ' 全市推广 ' });
    expect(t.status).toBe('proposed_for_replication');
    expect(t.replication).toEqual({ scope: 'municipal', proposal: { summary: '全市推广', proposedOn: TODAY }, reviews: [], decision: null, publication: null });
    t = step(t, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' });
    t = step(t, { step: 'review', departmentCode: 'TRANSPORT', opinion: 'objects', note: '需配套规则' });
    expect(t.replication?.reviews.map((r) => r.opinion)).toEqual(['supports', 'objects']);
    t = step(t, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP', documentNo: ' ' });
    expect(t.status).toBe('proposed_for_replication');
    expect(t.replication?.decision).toEqual({ decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP', documentNo: null, note: '', decidedOn: TODAY });
    t = step(t, { step: 'publish', title: '经验复制推广', url: 'https://example.cn/x' });
    expect(t.status).toBe('replicated');
    expect(t.replication?.publication).toEqual({ title: '经验复制推广', url: 'https://example.cn/x', publishedOn: TODAY });
  });

  it('a rejected proposal goes back to evaluated and may be proposed again', () => {
    let t = step(evaluated, { step: 'propose', scope: 'zone', summary: 'x' });
    t = step(t, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' });
    t = step(t, { step: 'decide', decision: 'rejected', decidedBy: 'CQFTZ_LEADING_GROUP', note: '条件不成熟' });
    expect(t.status).toBe('evaluated');
    expect(t.replication?.decision?.decision).toBe('rejected');
    t = step(t, { step: 'propose', scope: 'national', summary: 'again' });
    expect(t.replication).toMatchObject({ scope: 'national', reviews: [], decision: null });
  });

  it('refuses steps out of order with CONFLICT naming step', () => {
    const proposed = step(evaluated, { step: 'propose', scope: 'zone', summary: 'x' });
    // No decision before a review; no publication before an approval; nothing after the decision but publishing.
    expect(errorOf(() => applyReplicationStep(proposed, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    expect(errorOf(() => applyReplicationStep(proposed, { step: 'publish', title: 't' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    const approved = step(step(proposed, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' }), { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP' });
    expect(errorOf(() => applyReplicationStep(approved, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    expect(errorOf(() => applyReplicationStep(approved, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    const replicated = step(approved, { step: 'publish', title: 't' });
    expect(errorOf(() => applyReplicationStep(replicated, { step: 'publish', title: 't' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    expect(errorOf(() => applyReplicationStep(replicated, { step: 'propose', scope: 'zone', summary: 'x' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    // Not yet evaluated: nothing to propose.
    for (const status of ['proposed', 'piloting', 'failed', 'closed'] as const) {
      expect(errorOf(() => applyReplicationStep({ status, evaluation: null, replication: null }, { step: 'propose', scope: 'zone', summary: 'x' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
    }
  });

  it('only a result whose risks are controllable is proposed (Trial Measures Art. 6)', () => {
    const risky: ReplicationTask = { ...evaluated, evaluation: { ...evaluation, risksControllable: false } };
    expect(errorOf(() => applyReplicationStep(risky, { step: 'propose', scope: 'zone', summary: 'x' }, TODAY))).toEqual({ code: 'CONFLICT', field: 'step' });
  });

  it('names the bad field: scope, summary, an objection or rejection without grounds, a body that does not decide, a title', () => {
    expect(errorOf(() => applyReplicationStep(evaluated, { step: 'propose', scope: 'world', summary: 'x' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'scope' });
    expect(errorOf(() => applyReplicationStep(evaluated, { step: 'propose', scope: 'zone', summary: ' ' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'summary' });
    const proposed = step(evaluated, { step: 'propose', scope: 'zone', summary: 'x' });
    expect(errorOf(() => applyReplicationStep(proposed, { step: 'review', departmentCode: 'COMMERCE', opinion: 'objects' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'note' });
    const reviewed = step(proposed, { step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' });
    expect(errorOf(() => applyReplicationStep(reviewed, { step: 'decide', decision: 'approved', decidedBy: 'TAX' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'decidedBy' });
    expect(errorOf(() => applyReplicationStep(reviewed, { step: 'decide', decision: 'rejected', decidedBy: 'CQFTZ_LEADING_GROUP' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'note' });
    const approved = step(reviewed, { step: 'decide', decision: 'approved', decidedBy: 'CQFTZ_LEADING_GROUP' });
    expect(errorOf(() => applyReplicationStep(approved, { step: 'publish', title: '' }, TODAY))).toEqual({ code: 'INVALID_REQUEST', field: 'title' });
  });
});
