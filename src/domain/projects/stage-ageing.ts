// How long a project has been in its stage and whether it is stalled (pipeline-rules.json `stalledRule`): stalled when
// the calendar days since the stage began exceed the stage's threshold, so on the threshold day it is not yet stalled.
import { daysBetween } from '../calendar/index.ts';
import { stageRule, type PipelineRules } from './pipeline-rules.ts';
import type { StageState } from './stage-machine.ts';

export interface StageAgeing {
  readonly daysInStage: number;
  readonly stalledAfterDays: number | null;
  readonly stalled: boolean;
  /** Days past the threshold when stalled, else null. */
  readonly daysOver: number | null;
}

// Guarantees: daysInStage = today − since in calendar days (0 on the first day); stalled exactly when the stage has a
// threshold and daysInStage > threshold; daysOver = daysInStage − threshold when stalled.
export function stageAgeing(state: StageState, today: string, rules: PipelineRules): StageAgeing {
  const daysInStage = Math.max(0, daysBetween(state.since, today));
  const threshold = stageRule(rules, state.stage).stalledAfterDays;
  const stalled = threshold !== null && daysInStage > threshold;
  return Object.freeze({ daysInStage, stalledAfterDays: threshold, stalled, daysOver: stalled ? daysInStage - threshold! : null });
}
