// The replication procedure (复制推广) of a reform result: the FTZ Office proposes it, the bodies concerned review it,
// the deciding body decides, and an approved result is published — then the task is replicated. Trial Measures
// Art. 6 (replicate what works and whose risks are controllable), Art. 8 and Regulation 2019 Art. 7 (the FTZ Office
// coordinates replication as the leading group's secretariat; the leading group decides major matters).
import { AppError } from '../app-error.ts';
import { ReformStatus, type Evaluation } from './reform-status.ts';
import { REFORM_VOCABULARIES, checkDecidingBody, checkReplicationScope, type ReformVocabularies } from './reform-vocabularies.ts';

export type ReviewOpinion = 'supports' | 'objects';
export type ReplicationDecision = 'approved' | 'rejected';

export interface Replication {
  readonly scope: string;
  readonly proposal: { readonly summary: string; readonly proposedOn: string };
  readonly reviews: readonly { readonly departmentCode: string; readonly opinion: ReviewOpinion; readonly note: string; readonly reviewedOn: string }[];
  readonly decision: { readonly decision: ReplicationDecision; readonly decidedBy: string; readonly documentNo: string | null; readonly note: string; readonly decidedOn: string } | null;
  readonly publication: { readonly title: string; readonly url: string | null; readonly publishedOn: string } | null;
}

export type ReplicationStep =
  | { step: 'propose'; scope: string; summary: string }
  | { step: 'review'; departmentCode: string; opinion: ReviewOpinion; note?: string | undefined }
  | { step: 'decide'; decision: ReplicationDecision; decidedBy: string; documentNo?: string | undefined; note?: string | undefined }
  | { step: 'publish'; title: string; url?: string | undefined };

export interface ReplicationTask {
  status: ReformStatus;
  evaluation: Evaluation | null;
  replication: Replication | null;
}

const conflict = (message: string): never => {
  throw new AppError('CONFLICT', { field: 'step', message });
};
const bad = (field: string, message: string): never => {
  throw new AppError('INVALID_REQUEST', { field, message });
};

// Guarantees: the task's status and replication record after the step, when the step comes in its order — propose
// an evaluated result whose risks are controllable; review a proposal not yet decided; decide one reviewed at least
// once; publish one approved and not yet published — else CONFLICT naming `step`; bad values are INVALID_REQUEST
// naming the field. A rejected proposal sends the task back to evaluated (it may be proposed again); publishing
// makes it replicated.
export function applyReplicationStep(task: ReplicationTask, input: ReplicationStep, today: string, vocab: ReformVocabularies = REFORM_VOCABULARIES): { status: ReformStatus; replication: Replication } {
  const current = task.replication;
  switch (input.step) {
    case 'propose': {
      if (task.status !== ReformStatus.EVALUATED) conflict(`only an evaluated result is proposed for replication; this task is ${task.status}`);
      if (!task.evaluation?.risksControllable) conflict('Trial Measures Art. 6: only results whose risks are controllable are replicated; the evaluation says they are not');
      const scope = checkReplicationScope(input.scope, 'scope', vocab);
      if (input.summary.trim() === '') bad('summary', 'the proposal says what is to be replicated');
      return { status: ReformStatus.PROPOSED_FOR_REPLICATION, replication: Object.freeze({ scope, proposal: { summary: input.summary.trim(), proposedOn: today }, reviews: [], decision: null, publication: null }) };
    }
    case 'review': {
      const open = pending(task);
      if (open.decision) conflict('this proposal is already decided');
      if (input.opinion === 'objects' && (input.note ?? '').trim() === '') bad('note', 'an objection gives its grounds');
      const review = { departmentCode: input.departmentCode, opinion: input.opinion, note: (input.note ?? '').trim(), reviewedOn: today };
      return { status: task.status, replication: Object.freeze({ ...open, reviews: [...open.reviews, review] }) };
    }
    case 'decide': {
      const open = pending(task);
      if (open.decision) conflict('this proposal is already decided');
      if (open.reviews.length === 0) conflict('a proposal is reviewed before it is decided');
      const decidedBy = checkDecidingBody(input.decidedBy, 'decidedBy', vocab);
      if (input.decision === 'rejected' && (input.note ?? '').trim() === '') bad('note', 'a rejection gives its reasons');
      const decision = { decision: input.decision, decidedBy, documentNo: input.documentNo?.trim() || null, note: (input.note ?? '').trim(), decidedOn: today };
      const status = input.decision === 'approved' ? ReformStatus.PROPOSED_FOR_REPLICATION : ReformStatus.EVALUATED;
      return { status, replication: Object.freeze({ ...open, decision }) };
    }
    case 'publish': {
      const open = pending(task);
      if (open.decision?.decision !== 'approved') conflict('only an approved replication is published');
      if (input.title.trim() === '') bad('title', 'the publication has a title');
      return { status: ReformStatus.REPLICATED, replication: Object.freeze({ ...open, publication: { title: input.title.trim(), url: input.url ?? null, publishedOn: today } }) };
    }
  }
  return conflict(`unknown step`);

  function pending(t: ReplicationTask): Replication {
    if (t.status !== ReformStatus.PROPOSED_FOR_REPLICATION || !current) return conflict(`no replication proposal is open; this task is ${t.status}`);
    return current;
  }
}
