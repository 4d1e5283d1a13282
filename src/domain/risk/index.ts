// Risk warnings (Plan V.(V)): rules over indicator series and the state of an alert. Pure domain code, no I/O.
export { RiskLevel, RiskRule, RiskRulesFile, type RiskCondition } from './risk-rule.ts';
export { evaluateRule, samePeriodLastYear, type RiskFinding, type SeriesPoint } from './evaluate-rule.ts';
export { AlertStatus, alertActionAllowed, awaitsHandling, type AlertAction } from './alert-state.ts';
