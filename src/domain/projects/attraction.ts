// The annual investment-attraction tasks of each area against what the area achieved (Plan V.(II): each area sets
// annual investment-attraction tasks; plan-targets §4: compare plan vs actual per period). What counts as achieved is
// data (pipeline-rules.json `attractionActuals`): projects of the counted direction whose counted stage began in the
// year, with their total investment.
import type { Direction, PipelineRules, ProjectStage } from './pipeline-rules.ts';

export interface AttractionTarget {
  readonly targetCount: number;
  readonly targetInvestmentYuan: number;
}

export interface AttractionProject {
  readonly id: number;
  readonly areaCode: string;
  readonly direction: Direction;
  readonly totalInvestmentYuan: number;
  /** When the project entered each stage it reached (from its history). */
  readonly stageDates: Readonly<Partial<Record<ProjectStage, string>>>;
}

export interface AttractionProgress {
  readonly areaCode: string;
  readonly year: number;
  readonly target: AttractionTarget | null;
  readonly actualCount: number;
  readonly actualInvestmentYuan: number;
  readonly projectIds: readonly number[];
  /** actual / target, 0 or more (over 1 when exceeded); null without a target or with a target of 0. */
  readonly countRatio: number | null;
  readonly investmentRatio: number | null;
}

// Guarantees: for each area given (in order), the projects of that area and of the counted direction whose counted
// stage began in `year`, their count and total investment, and the ratios to the area's target when it has one.
export function attractionProgress(
  year: number,
  areaCodes: readonly string[],
  targets: ReadonlyMap<string, AttractionTarget>,
  projects: readonly AttractionProject[],
  rules: PipelineRules,
): AttractionProgress[] {
  const { countedStage, direction } = rules.attractionActuals;
  return areaCodes.map((areaCode) => {
    const counted = projects.filter((p) => p.areaCode === areaCode && p.direction === direction && p.stageDates[countedStage]?.slice(0, 4) === String(year));
    const actualCount = counted.length;
    const actualInvestmentYuan = counted.reduce((sum, p) => sum + p.totalInvestmentYuan, 0);
    const target = targets.get(areaCode) ?? null;
    const ratio = (actual: number, goal: number | undefined) => (goal === undefined || goal === 0 ? null : actual / goal);
    return {
      areaCode,
      year,
      target,
      actualCount,
      actualInvestmentYuan,
      projectIds: counted.map((p) => p.id),
      countRatio: ratio(actualCount, target?.targetCount),
      investmentRatio: ratio(actualInvestmentYuan, target?.targetInvestmentYuan),
    };
  });
}
