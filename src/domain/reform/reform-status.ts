// The life of a reform pilot task (改革试点任务): proposed → piloting → evaluated → proposed_for_replication →
// replicated, or failed / closed. Trial Measures Art. 6 (evaluate pilots promptly, replicate what works with
// controllable risks) and Art. 5 with Regulation 2019 Art. 5 para. 2 (tolerate failure; 容错免责): a failed pilot
// is recorded with its evaluation and the tolerance, never as a fault of its department or area.
import { AppError } from '../app-error.ts';

export const ReformStatus = {
  PROPOSED: 'proposed',
  PILOTING: 'piloting',
  EVALUATED: 'evaluated',
  PROPOSED_FOR_REPLICATION: 'proposed_for_replication',
  REPLICATED: 'replicated',
  FAILED: 'failed',
  CLOSED: 'closed',
} as const;
export type ReformStatus = (typeof ReformStatus)[keyof typeof ReformStatus];
export const REFORM_STATUSES = Object.freeze(Object.values(ReformStatus));

export const EvaluationOutcome = { EFFECTIVE: 'effective', PARTLY_EFFECTIVE: 'partly_effective', NOT_EFFECTIVE: 'not_effective' } as const;
export type EvaluationOutcome = (typeof EvaluationOutcome)[keyof typeof EvaluationOutcome];
export const EVALUATION_OUTCOMES = Object.freeze(Object.values(EvaluationOutcome));

/** The legal basis written on every failed pilot. */
export const TOLERANCE_OF_FAILURE_BASIS = 'Trial Measures Art. 5 (encourage innovation, tolerate failure); Regulation 2019 Art. 5 para. 2 (容错免责机制)';

export interface EvaluationInput {
  outcome: EvaluationOutcome;
  summary: string;
  /** Trial Measures Art. 6: only results whose risks are controllable are replicated. */
  risksControllable: boolean;
  /** Who evaluated: a department, the FTZ Office, a third-party evaluator. */
  evaluator: string;
}

export interface Evaluation extends EvaluationInput {
  readonly evaluatedOn: string;
  /** Set on a failed pilot: the failure is recorded without penalty. */
  readonly toleranceOfFailure: { readonly basis: string; readonly noPenalty: true } | null;
}

/** The status moves made directly; proposing for replication and replicating go through the replication procedure. */
export type StatusTarget = typeof ReformStatus.PILOTING | typeof ReformStatus.EVALUATED | typeof ReformStatus.FAILED | typeof ReformStatus.CLOSED;

const S = ReformStatus;
const FROM: Readonly<Record<StatusTarget, readonly ReformStatus[]>> = Object.freeze({
  // A failed pilot may be tried again after adjustment (Art. 5: failure is tolerated, not final).
  piloting: [S.PROPOSED, S.FAILED],
  evaluated: [S.PILOTING],
  failed: [S.PILOTING],
  // Withdrawn before the pilot, kept local after evaluation, or ended after a failure.
  closed: [S.PROPOSED, S.EVALUATED, S.FAILED],
});

export interface StatusChangeInput {
  to: StatusTarget;
  note?: string | undefined;
  evaluation?: EvaluationInput | undefined;
}

export interface StatusChange {
  readonly status: ReformStatus;
  /** The day the pilot (re)started, when it does. */
  readonly startedOn?: string;
  /** The evaluation to store: a new one, null to clear it (a pilot tried again), undefined to keep it. */
  readonly evaluation?: Evaluation | null;
}

const bad = (field: string, message: string): never => {
  throw new AppError('INVALID_REQUEST', { field, message });
};

// Guarantees: the change a status move makes to a task, when the move starts from the task's status (else CONFLICT
// naming `to`) and carries what it needs — an evaluation with outcome effective or partly_effective to evaluate,
// not_effective to fail (with the tolerance of failure recorded), none otherwise; a reason to close — else
// INVALID_REQUEST naming `evaluation`, `evaluation.<field>` or `note`.
export function changeStatus(task: { status: ReformStatus }, input: StatusChangeInput, today: string): StatusChange {
  const from = FROM[input.to];
  if (!from.includes(task.status)) throw new AppError('CONFLICT', { field: 'to', message: `a task ${task.status} cannot become ${input.to} (only from ${from.join(' or ')})` });
  const needsEvaluation = input.to === S.EVALUATED || input.to === S.FAILED;
  if (!needsEvaluation && input.evaluation !== undefined) bad('evaluation', `only evaluating or failing a pilot takes an evaluation, not ${input.to}`);
  if (input.to === S.CLOSED && (input.note ?? '').trim() === '') bad('note', 'closing a task says why');
  if (input.to === S.PILOTING) return Object.freeze({ status: S.PILOTING, startedOn: today, evaluation: null });
  if (input.to === S.CLOSED) return Object.freeze({ status: S.CLOSED });
  const e = input.evaluation ?? bad('evaluation', `${input.to === S.FAILED ? 'failing' : 'evaluating'} a pilot needs its evaluation (Trial Measures Art. 6)`);
  if (e.summary.trim() === '') bad('evaluation.summary', 'the evaluation says what the pilot showed');
  if (e.evaluator.trim() === '') bad('evaluation.evaluator', 'the evaluation names who evaluated');
  if (input.to === S.FAILED && e.outcome !== EvaluationOutcome.NOT_EFFECTIVE) bad('evaluation.outcome', `a failed pilot is evaluated not_effective, not ${e.outcome}; record an effective one as evaluated`);
  if (input.to === S.EVALUATED && e.outcome === EvaluationOutcome.NOT_EFFECTIVE) bad('evaluation.outcome', 'a pilot that did not work is recorded as failed (Trial Measures Art. 5: without penalty)');
  const toleranceOfFailure = input.to === S.FAILED ? Object.freeze({ basis: TOLERANCE_OF_FAILURE_BASIS, noPenalty: true as const }) : null;
  const evaluation: Evaluation = Object.freeze({ outcome: e.outcome, summary: e.summary.trim(), risksControllable: e.risksControllable, evaluator: e.evaluator.trim(), evaluatedOn: today, toleranceOfFailure });
  return Object.freeze({ status: input.to, evaluation });
}

// Guarantees: the status moves allowed from `status` (for forms and views).
export function statusTargetsFrom(status: ReformStatus): StatusTarget[] {
  return (Object.keys(FROM) as StatusTarget[]).filter((to) => FROM[to].includes(status));
}
