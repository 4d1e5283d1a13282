// The words and colours of risk warnings, each written out in full so a search for a message id finds its use.
import type { z } from 'zod';
import type { RiskAlertView, RiskRuleView } from '../../../../schemas/risk.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type RiskRule = z.infer<typeof RiskRuleView>;
export type RiskLevel = RiskAlertView['level'];
export type AlertStatus = RiskAlertView['status'];
export type AlertAction = 'acknowledge' | 'handle' | 'close' | 'reopen';

export const levelLabels: Record<RiskLevel, MessageId> = { yellow: 'risk.level.yellow', orange: 'risk.level.orange', red: 'risk.level.red' };
/** Ant Design tag colours; 'gold' reads as yellow on white better than 'yellow'. */
export const levelColors: Record<RiskLevel, string> = { yellow: 'gold', orange: 'orange', red: 'red' };

export const statusLabels: Record<AlertStatus, MessageId> = {
  open: 'risk.status.open',
  acknowledged: 'risk.status.acknowledged',
  handled: 'risk.status.handled',
  closed: 'risk.status.closed',
};
export const statusColors: Record<AlertStatus, string> = { open: 'red', acknowledged: 'blue', handled: 'green', closed: 'default' };

export const ownerLabels: Record<RiskAlertView['owner'], MessageId> = { area: 'risk.owner.area', 'ftz-office': 'risk.owner.ftz-office' };
export const scopeLabels: Record<RiskRule['scope'], MessageId> = { zone: 'risk.scope.zone', 'each-area': 'risk.scope.each-area' };
export const periodLabels: Record<RiskRule['periodKind'], MessageId> = { month: 'risk.period.month', quarter: 'risk.period.quarter', year: 'risk.period.year' };

export const actionLabels: Record<AlertAction, MessageId> = {
  acknowledge: 'risk.action.acknowledge',
  handle: 'risk.action.handle',
  close: 'risk.action.close',
  reopen: 'risk.action.reopen',
};
export const actionDoneLabels: Record<AlertAction, MessageId> = {
  acknowledge: 'risk.action.done.acknowledge',
  handle: 'risk.action.done.handle',
  close: 'risk.action.done.close',
  reopen: 'risk.action.done.reopen',
};

const eventLabels: Record<string, MessageId> = {
  opened: 'risk.event.opened',
  acknowledged: 'risk.event.acknowledged',
  handled: 'risk.event.handled',
  closed: 'risk.event.closed',
  reopened: 'risk.event.reopened',
  escalated: 'risk.event.escalated',
};
/** An event kind in words; a kind this page does not know yet is shown as the server wrote it. */
export function eventLabel(kind: string, t: Translate): string {
  const id = eventLabels[kind];
  return id ? t(id) : kind;
}

const comparatorLabels: Record<string, MessageId> = { lt: 'risk.condition.lt', lte: 'risk.condition.lte', gt: 'risk.condition.gt', gte: 'risk.condition.gte' };

/** A rule's condition in words (threshold, year-on-year fall or consecutive decline), as the rule file states it. */
export function conditionText(rule: RiskRule, t: Translate): string {
  const c = rule.condition;
  const period = t(periodLabels[rule.periodKind]);
  const num = (v: unknown) => (typeof v === 'number' ? v : String(v));
  if (c.kind === 'threshold' && typeof c.comparator === 'string' && comparatorLabels[c.comparator]) {
    return t(comparatorLabels[c.comparator]!, { period, value: num(c.value) });
  }
  if (c.kind === 'yoy-fall') return t('risk.condition.yoyFall', { period, percent: num(c.percent) });
  if (c.kind === 'consecutive-decline') return t('risk.condition.consecutiveDecline', { period, periods: num(c.periods) });
  return t('risk.condition.unknown', { json: JSON.stringify(c) });
}
