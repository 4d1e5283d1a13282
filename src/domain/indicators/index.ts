// Public API of the indicators domain (issue 7): the catalogue of the Plan's targets as data, periods, evaluation of
// raw, derived and computed indicators, validation of submitted values, progress with traffic lights, forecast and
// the scorecard. Pure: no I/O; the catalogue is passed in by the caller.
export {
  CatalogueFile,
  Comparator,
  Indicator,
  Measure,
  PeriodKind,
  Target,
  TargetPeriodKind,
  catalogueProblems,
  findIndicator,
  findUnit,
  operandsOf,
  parseCatalogue,
  targetsOf,
  type Baseline,
  type Catalogue,
  type ComputedSource,
  type Formula,
  type LightBoundaries,
  type Unit,
} from './catalogue.ts';
export { evaluate, firstDataMonth, lastDataMonth, MAX_MISSING, type Evaluation, type EvaluationContext } from './evaluate.ts';
export { fitLine, valueAt, type Line, type Point } from './forecast.ts';
export { formatMonth, hasEnded, monthOf, monthOfDate, parsePeriod, periodOf, periodsBetween, yearRange, type Month, type MonthRange, type Period } from './periods.ts';
export { achieves, compare, evaluateProgress, type Allocation, type Light, type Progress, type ProgressInput } from './progress.ts';
export { allocationFor, assessTarget } from './assess.ts';
export { buildScorecard, scorecardScopes, type ScorecardCell, type ScorecardRow } from './scorecard.ts';
export { seriesOf, type SeriesPoint } from './series.ts';
export { shapeOf, type TrackPoint } from './trajectory.ts';
export {
  existingKey,
  roundValue,
  validateValues,
  type AcceptedValue,
  type CurrentValue,
  type MissingPeriods,
  type SubmittedValue,
  type ValidationInput,
  type ValidationResult,
  type ValueProblem,
} from './validate-values.ts';
export { buildStore, ZONE, type StoreEntry, type ValueStore } from './value-store.ts';
