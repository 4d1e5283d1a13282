export {
  Direction,
  FactRule,
  InvestorCategory,
  PIPELINE_STAGES,
  PipelineRules,
  ProjectStage,
  StageRule,
  stageRule,
  type PipelineStage,
} from './pipeline-rules.ts';
export { allowedMoves, checkStageChange, nextStage, type CheckedStageChange, type FactValue, type StageChangeRequest, type StageState } from './stage-machine.ts';
export { stageAgeing, type StageAgeing } from './stage-ageing.ts';
export { LandCategory, LandPriorityRules, landPriorityScore, type CategoryCandidate, type LandPriorityInput, type LandScore } from './land-priority.ts';
export { pipelineSummary, type AreaPipeline, type PipelineProject, type StageSummary } from './pipeline-summary.ts';
export { attractionProgress, type AttractionProgress, type AttractionProject, type AttractionTarget } from './attraction.ts';
