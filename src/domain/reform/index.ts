// Public API of reform pilot tasks and the replication procedure (Trial Measures Arts. 5, 6, 8; Regulation 2019
// Arts. 5, 7, 9). Pure: no I/O; the vocabularies are the static JSON of reference-data/plan/reform-tasks.json.
export {
  EVALUATION_OUTCOMES,
  EvaluationOutcome,
  REFORM_STATUSES,
  ReformStatus,
  TOLERANCE_OF_FAILURE_BASIS,
  changeStatus,
  statusTargetsFrom,
  type Evaluation,
  type EvaluationInput,
  type StatusChange,
  type StatusChangeInput,
  type StatusTarget,
} from './reform-status.ts';
export { applyReplicationStep, type Replication, type ReplicationDecision, type ReplicationStep, type ReplicationTask, type ReviewOpinion } from './replication.ts';
export { REFORM_VOCABULARIES, ReformVocabulariesFile, checkDecidingBody, checkReplicationScope, checkSourceKind, type ReformVocabularies } from './reform-vocabularies.ts';
