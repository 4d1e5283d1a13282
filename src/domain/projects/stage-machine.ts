// The stage machine of an investment project (Plan V.(II)): one step forward at a time, negotiating → contracted →
// under_construction → in_production → achieving_results, or dropped from any stage before the last; never back,
// never two steps. Each change is dated no earlier than the current stage began and no later than today, and carries
// the evidence its stage requires (reference-data/plan/pipeline-rules.json): documents by kind and typed facts.
import { AppError } from '../app-error.ts';
import { isCivilDate } from '../calendar/index.ts';
import { PIPELINE_STAGES, stageRule, type FactRule, type PipelineRules, type ProjectStage } from './pipeline-rules.ts';

export interface StageState {
  readonly stage: ProjectStage;
  /** The civil date the current stage began. */
  readonly since: string;
}

export interface StageChangeRequest {
  readonly to: ProjectStage;
  readonly on: string;
  readonly facts?: Readonly<Record<string, unknown>> | undefined;
  /** The kinds of the documents sent with the change, in their order. */
  readonly documentKinds?: readonly string[] | undefined;
}

export type FactValue = string | number;

export interface CheckedStageChange {
  readonly from: ProjectStage;
  readonly to: ProjectStage;
  readonly on: string;
  readonly facts: Readonly<Record<string, FactValue>>;
}

const MAX_TEXT = 500;

// Guarantees: the stage after `stage` in the pipeline; null for the last stage and for dropped.
export function nextStage(stage: ProjectStage): ProjectStage | null {
  const i = (PIPELINE_STAGES as readonly string[]).indexOf(stage);
  return i >= 0 && i < PIPELINE_STAGES.length - 1 ? PIPELINE_STAGES[i + 1]! : null;
}

// Guarantees: the stages a project may move to from `stage`: the next one and dropped; none from the last or dropped.
export function allowedMoves(stage: ProjectStage): ProjectStage[] {
  const next = nextStage(stage);
  return next === null ? [] : [next, 'dropped'];
}

const invalid = (field: string, message: string): never => {
  throw new AppError('INVALID_REQUEST', { field, message });
};

function checkMove(from: ProjectStage, to: ProjectStage): void {
  const allowed = allowedMoves(from);
  if (allowed.includes(to)) return;
  const order = (s: ProjectStage) => (PIPELINE_STAGES as readonly string[]).indexOf(s);
  const why =
    allowed.length === 0
      ? `a project ${from === 'dropped' ? 'that was dropped' : 'achieving results'} moves no further`
      : to === from
        ? `the project is already ${from}`
        : order(to) < order(from)
          ? `a project never goes back from ${from} to ${to}`
          : `from ${from} the next stage is ${allowed[0]}: ${to} skips ${PIPELINE_STAGES.slice(order(from) + 1, order(to)).join(', ')}`;
  throw new AppError('CONFLICT', { field: 'to', message: why, details: { from, to, allowed } });
}

function checkDate(on: string, since: string, today: string): void {
  if (!isCivilDate(on)) invalid('on', `on: a civil date YYYY-MM-DD, not "${on}"`);
  if (on < since) invalid('on', `on: ${on} is before ${since}, the day the current stage began`);
  if (on > today) invalid('on', `on: ${on} is after today (${today}); a stage change is recorded once it happened`);
}

function checkFact(rule: FactRule, value: unknown, on: string): FactValue {
  const field = `facts.${rule.key}`;
  switch (rule.type) {
    case 'text': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text.length === 0 || text.length > MAX_TEXT) return invalid(field, `${field}: text of 1–${MAX_TEXT} characters`);
      return text;
    }
    case 'amount':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e15) return invalid(field, `${field}: an amount in yuan, 0 or more`);
      return value;
    case 'year': {
      const latest = Number(on.slice(0, 4));
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1949 || value > latest) return invalid(field, `${field}: a year from 1949 to ${latest}, the year of the change`);
      return value;
    }
  }
}

function checkEvidence(rules: PipelineRules, to: ProjectStage, on: string, facts: Readonly<Record<string, unknown>>, kinds: readonly string[]): Record<string, FactValue> {
  const rule = stageRule(rules, to);
  const knownKinds = new Set(rules.documentKinds.map((d) => d.key));
  kinds.forEach((kind, i) => {
    if (!knownKinds.has(kind)) invalid(`documents.${i}.kind`, `documents.${i}.kind: ${kind} is not a document kind (${[...knownKinds].join(', ')})`);
  });
  for (const kind of rule.requiredDocuments) {
    if (!kinds.includes(kind)) {
      const name = rules.documentKinds.find((d) => d.key === kind)!;
      invalid(`documents.${kind}`, `documents.${kind}: ${to} needs the ${name.nameEn} (${name.nameZh}) as evidence (Plan V.(II))`);
    }
  }
  const out: Record<string, FactValue> = {};
  for (const key of Object.keys(facts)) {
    const factRule = rules.facts.find((f) => f.key === key);
    if (!factRule) invalid(`facts.${key}`, `facts.${key}: not a fact zimao records (${rules.facts.map((f) => f.key).join(', ')})`);
    if (facts[key] !== undefined && facts[key] !== null) out[key] = checkFact(factRule!, facts[key], on);
  }
  for (const key of rule.requiredFacts) {
    if (out[key] === undefined) {
      const factRule = rules.facts.find((f) => f.key === key)!;
      invalid(`facts.${key}`, `facts.${key}: ${to} needs the ${factRule.nameEn} (${factRule.nameZh})`);
    }
  }
  return out;
}

// Guarantees: for a move the machine allows, dated from the current stage's start to today, with every document kind
// known, every required document and fact present and every fact well typed, the change with its facts trimmed;
// otherwise AppError CONFLICT naming 'to' (a move not allowed) or INVALID_REQUEST naming 'on', 'documents.<kind>',
// 'documents.<i>.kind' or 'facts.<key>', checked in that order.
export function checkStageChange(state: StageState, request: StageChangeRequest, rules: PipelineRules, today: string): CheckedStageChange {
  checkMove(state.stage, request.to);
  checkDate(request.on, state.since, today);
  const facts = checkEvidence(rules, request.to, request.on, request.facts ?? {}, request.documentKinds ?? []);
  return Object.freeze({ from: state.stage, to: request.to, on: request.on, facts: Object.freeze(facts) });
}
