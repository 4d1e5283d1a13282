// Public API of area assessments (Plan V.(IV); Trial Measures Art. 8). Pure: no I/O; the templates are the static
// JSON of reference-data/plan/assessment-templates.json, validated at load.
export { ASSESSMENT_KINDS, AssessmentKind, AssessmentStatus, FINDING_KINDS, FindingKind, isThirdParty, periodSpan, type PeriodSpan } from './assessment-kinds.ts';
export {
  ASSESSMENT_TEMPLATES,
  AssessmentTemplate,
  AssessmentTemplatesFile,
  Criterion,
  CriterionScale,
  GradeBand,
  findTemplate,
  isWholeSteps,
  parseTemplatesFile,
  templateFor,
  templateInForce,
  templateProblems,
} from './assessment-templates.ts';
export { assessmentResult, checkScoreEntries, gradeFor, roundTotal, type AssessmentResult, type CheckedScore, type Contribution, type ScoreEntry } from './scoring.ts';
export { ACTION_STATUSES, AREA_MOVES, ActionMove, ActionStatus, OFFICE_MOVES, allClosed, isOverdue, nextActionStatus, type ActionParty } from './follow-up-actions.ts';
