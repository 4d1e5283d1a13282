// Conversion and ageing of the pipeline per area (Plan V.(II): move projects to the next stage "at the earliest
// date"; plan-targets §4: report stage ageing and conversion per area). Conversion from a stage is the share of the
// projects that ever reached it which went on to reach the next; ageing is the days the projects now in a stage have
// spent in it, with the stalled ones counted.
import { PIPELINE_STAGES, type PipelineRules, type PipelineStage, type ProjectStage } from './pipeline-rules.ts';
import { stageAgeing } from './stage-ageing.ts';

export interface PipelineProject {
  readonly areaCode: string;
  readonly stage: ProjectStage;
  readonly since: string;
  readonly totalInvestmentYuan: number;
  /** Every stage the project has entered, from its history (negotiating included). */
  readonly reached: readonly ProjectStage[];
}

export interface StageSummary {
  readonly stage: PipelineStage;
  /** Projects now in the stage, and their total investment in yuan. */
  readonly current: number;
  readonly investmentYuan: number;
  /** Projects that ever entered the stage (those now in it, beyond it, or dropped after it). */
  readonly reached: number;
  /** reached(next) / reached(this), 0–1; null for the last stage or when none reached this one. */
  readonly conversionToNext: number | null;
  readonly averageDaysInStage: number | null;
  readonly maxDaysInStage: number | null;
  readonly stalled: number;
}

export interface AreaPipeline {
  readonly areaCode: string;
  readonly total: number;
  readonly dropped: number;
  readonly stages: readonly StageSummary[];
}

function summarise(areaCode: string, projects: readonly PipelineProject[], today: string, rules: PipelineRules): AreaPipeline {
  const reachedCount = (s: PipelineStage) => projects.filter((p) => p.reached.includes(s)).length;
  const stages = PIPELINE_STAGES.map((stage, i): StageSummary => {
    const now = projects.filter((p) => p.stage === stage);
    const ages = now.map((p) => stageAgeing(p, today, rules));
    const reached = reachedCount(stage);
    const next = PIPELINE_STAGES[i + 1];
    const days = ages.map((a) => a.daysInStage);
    return {
      stage,
      current: now.length,
      investmentYuan: now.reduce((sum, p) => sum + p.totalInvestmentYuan, 0),
      reached,
      conversionToNext: next === undefined || reached === 0 ? null : reachedCount(next) / reached,
      averageDaysInStage: days.length === 0 ? null : Math.round(days.reduce((a, b) => a + b, 0) / days.length),
      maxDaysInStage: days.length === 0 ? null : Math.max(...days),
      stalled: ages.filter((a) => a.stalled).length,
    };
  });
  return { areaCode, total: projects.length, dropped: projects.filter((p) => p.stage === 'dropped').length, stages };
}

// Guarantees: one summary per area code given, in that order (an area without projects has zeros and nulls), each
// counting only that area's projects.
export function pipelineSummary(areaCodes: readonly string[], projects: readonly PipelineProject[], today: string, rules: PipelineRules): AreaPipeline[] {
  return areaCodes.map((code) => summarise(code, projects.filter((p) => p.areaCode === code), today, rules));
}
