// Risk warnings over HTTP (issue 7; Plan V.(V)): the rules, the alerts with their reasons and history, and what the
// owner and the FTZ Office do with them.
import { z } from 'zod';

export const RiskRuleView = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  indicatorCode: z.string(),
  scope: z.enum(['zone', 'each-area']),
  periodKind: z.enum(['month', 'quarter', 'year']),
  condition: z.record(z.string(), z.unknown()).describe('threshold {comparator, value}, yoy-fall {percent} or consecutive-decline {periods}'),
  level: z.enum(['yellow', 'orange', 'red']),
  owner: z.enum(['area', 'ftz-office']),
  escalateAfterWorkingDays: z.number().int(),
  basis: z.string(),
});
export const RiskRuleListResponse = z.object({ items: z.array(RiskRuleView), note: z.string() });

export const RiskAlertEventView = z.object({ kind: z.string(), actor: z.string(), note: z.string().nullable(), at: z.string() });

export const RiskAlertView = z.object({
  id: z.number().int(),
  ruleCode: z.string(),
  ruleZh: z.string(),
  ruleEn: z.string(),
  indicatorCode: z.string(),
  areaCode: z.string().nullable().describe('null: the whole zone'),
  period: z.string(),
  level: z.enum(['yellow', 'orange', 'red']),
  owner: z.enum(['area', 'ftz-office']),
  status: z.enum(['open', 'acknowledged', 'handled', 'closed']),
  finding: z.object({ period: z.string(), observed: z.number(), compared: z.number().nullable(), zh: z.string(), en: z.string() }),
  escalations: z.number().int().describe('How often it was escalated for not being handled in time'),
  disposal: z.string().nullable(),
  basis: z.string(),
  openedAt: z.string(),
  events: z.array(RiskAlertEventView),
});
export type RiskAlertView = z.infer<typeof RiskAlertView>;
export const RiskAlertListResponse = z.object({ items: z.array(RiskAlertView) });
export const RiskAlertQuery = z.object({ status: z.enum(['open', 'acknowledged', 'handled', 'closed', 'active']).default('active').describe('active: open or acknowledged or handled') });

export const HandleAlertRequest = z.strictObject({ disposal: z.string().trim().min(5).max(2000).describe('What was done about it (处置情况)') });
export const AlertNoteRequest = z.strictObject({ note: z.string().trim().max(1000).optional() });
export const EvaluateRisksResponse = z.object({ opened: z.array(RiskAlertView), evaluated: z.number().int().describe('Rule × scope series looked at') });
