// Risk warnings (issue 7; Plan V.(V) "early detection, early reporting, early disposal"). The rules of
// reference-data/plan/risk-rules.json run over the approved indicator series (read through the indicators service):
// once a day by a durable timer, or when the FTZ Office asks. A rule fires at most once per scope and period; the
// alert goes to its owner (the area's officers, or the FTZ Office) and is escalated to the FTZ Office and the
// administrators each time its working days pass without the owner handling it. Every step is kept in its history.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { alertActionAllowed, evaluateRule, RiskRulesFile, type AlertAction, type RiskRule } from '../../../domain/risk/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { RiskAlertView } from '../../../schemas/risk.ts';
import { actorName, type AccountActor, type AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { scheduleTimer } from '../../timers/schedule-timer.ts';
import { listStaff } from '../accounts/service.ts';
import { dueDate } from '../calendar/service.ts';
import { notify } from '../notifications/service.ts';
import { readReferenceJson } from '../reference/reference-files.ts';
import { listZoneUnits } from '../reference/service.ts';
import * as repo from './repository.ts';

export const RISK_ESCALATE_TIMER = 'risk.escalate';

let rules: RiskRulesFile | undefined;
export function riskRules(): RiskRulesFile {
  rules ??= RiskRulesFile.parse(readReferenceJson<unknown>('plan/risk-rules.json').content);
  return rules;
}
const ruleOf = (code: string): RiskRule => riskRules().rules.find((r) => r.code === code)!;

/** The approved values of an indicator for one scope (null: the zone), oldest first. */
export type SeriesReader = (db: DbOrTx, indicatorCode: string, areaCode: string | null, periodKind: RiskRule['periodKind'], now: Date) => Promise<{ period: string; value: number }[]>;

export async function evaluateRisks(ctx: AppContext, tx: Tx, readSeries: SeriesReader, by: string): Promise<{ opened: repo.AlertRow[]; evaluated: number }> {
  const areas = (await listZoneUnits(tx)).items.filter((u) => u.level === 'area').map((u) => u.code);
  const opened: repo.AlertRow[] = [];
  let evaluated = 0;
  for (const rule of riskRules().rules) {
    for (const areaCode of rule.scope === 'zone' ? [null] : areas) {
      evaluated++;
      const finding = evaluateRule(rule, await readSeries(tx, rule.indicatorCode, areaCode, rule.periodKind, ctx.now()));
      if (!finding) continue;
      const alert = await repo.insertAlertOnce(tx, {
        rule_code: rule.code,
        area_code: areaCode,
        period: finding.period,
        level: rule.level,
        owner: areaCode === null ? 'ftz-office' : rule.owner,
        status: 'open',
        finding: JSON.stringify(finding),
      });
      if (!alert) continue; // fired for this scope and period before
      await repo.insertEvent(tx, { alert_id: alert.id, kind: 'opened', actor: by, note: finding.zh });
      await tellOwners(tx, alert, rule, `风险预警（${rule.zh}）：${finding.zh}`, `Risk warning (${rule.en}): ${finding.en}`);
      await scheduleEscalation(ctx, tx, alert, rule);
      opened.push(alert);
    }
  }
  return { opened, evaluated };
}

async function scheduleEscalation(ctx: AppContext, tx: Tx, alert: repo.AlertRow, rule: RiskRule): Promise<void> {
  const due = (await dueDate(tx, civilDateInShanghai(ctx.now()), rule.escalateAfterWorkingDays)).due;
  // The start of the day after the last working day allowed, in Asia/Shanghai (UTC+8).
  const fireAt = new Date(new Date(`${due}T00:00:00+08:00`).getTime() + 86_400_000);
  await scheduleTimer(tx, { kind: RISK_ESCALATE_TIMER, subject: `risk-alert:${alert.id}`, fireAt, payload: { alertId: alert.id, escalation: alert.escalations + 1 } });
}

/** The owner's people: the area's officers for an area alert, else the FTZ Office (analysts). */
async function tellOwners(tx: Tx, alert: repo.AlertRow, rule: RiskRule, zh: string, en: string): Promise<void> {
  const owners = alert.owner === 'area' ? (await listStaff(tx, { role: Role.AREA_OFFICER })).filter((s) => s.areaCode === alert.area_code) : await listStaff(tx, { role: Role.ANALYST });
  for (const person of owners) await notify(tx, { accountId: person.id, kind: 'risk.alert', messageZh: zh, messageEn: en, data: { alertId: alert.id, rule: rule.code } });
}

/** Whom an escalation goes to: the FTZ Office and the administrators (Plan V.(I): the leading group's office supervises). */
async function escalationRecipients(db: DbOrTx) {
  return [...(await listStaff(db, { role: Role.ANALYST })), ...(await listStaff(db, { role: Role.ADMIN }))];
}

/** Timer handler: still not handled → escalated to the FTZ Office and the administrators, and watched again. */
export async function escalateAlert(tx: Tx, timer: { payload: unknown }, ctx: AppContext): Promise<void> {
  const alert = await repo.lockAlert(tx, Number((timer.payload as { alertId?: unknown }).alertId));
  if (!alert || !(alert.status === 'open' || alert.status === 'acknowledged')) return;
  const rule = ruleOf(alert.rule_code);
  const escalations = alert.escalations + 1;
  await repo.updateAlert(tx, alert.id, { escalations }, ctx.now());
  await repo.insertEvent(tx, { alert_id: alert.id, kind: 'escalated', actor: 'system:risk', note: `${rule.escalateAfterWorkingDays} working days without handling (escalation ${escalations})` });
  for (const person of await escalationRecipients(tx)) {
    await notify(tx, {
      accountId: person.id,
      kind: 'risk.escalated',
      messageZh: `风险预警未按时处置（第${escalations}次升级）：${rule.zh}${alert.area_code ? `（${alert.area_code}）` : ''}，${alert.period}`,
      messageEn: `Risk warning not handled in time (escalation ${escalations}): ${rule.en}${alert.area_code ? ` (${alert.area_code})` : ''}, ${alert.period}`,
      data: { alertId: alert.id, rule: rule.code },
    });
  }
  await scheduleEscalation(ctx, tx, { ...alert, escalations }, rule);
}


/** Area officers see and handle their own area's alerts; the FTZ Office and administrators see all. */
function mayRead(actor: AccountActor, alert: repo.AlertRow): boolean {
  return actor.account.role !== Role.AREA_OFFICER || alert.area_code === actor.account.areaCode;
}

export async function listAlerts(db: DbOrTx, actor: AccountActor, status: 'open' | 'acknowledged' | 'handled' | 'closed' | 'active'): Promise<RiskAlertView[]> {
  const statuses = status === 'active' ? (['open', 'acknowledged', 'handled'] as const) : ([status] as const);
  const rows = await repo.listAlerts(db, { statuses: [...statuses], ...(actor.account.role === Role.AREA_OFFICER ? { areaCode: actor.account.areaCode ?? '' } : {}) });
  return views(db, rows);
}

export async function getAlert(db: DbOrTx, actor: AccountActor, id: number): Promise<RiskAlertView> {
  const alert = await repo.findAlert(db, id);
  if (!alert || !mayRead(actor, alert)) throw new AppError('NOT_FOUND', { field: 'id', message: `no risk alert ${id}` });
  return (await views(db, [alert]))[0]!;
}

/**
 * Checked before the write, so a refusal keeps nothing: the owner acknowledges and handles (an area's officers for
 * an area alert; the FTZ Office for the zone's, and for any alert it takes over); only the FTZ Office closes or reopens.
 */
export async function assertMayAct(db: DbOrTx, actor: AccountActor, id: number, action: AlertAction): Promise<void> {
  const alert = await repo.findAlert(db, id);
  if (!alert || !mayRead(actor, alert)) throw new AppError('NOT_FOUND', { field: 'id', message: `no risk alert ${id}` });
  const office = actor.account.role === Role.ANALYST;
  if ((action === 'close' || action === 'reopen') && !office) throw new AppError('FORBIDDEN', { field: 'id', message: 'the FTZ Office closes or reopens a warning after checking the disposal' });
  if (!office && alert.owner !== 'area') throw new AppError('FORBIDDEN', { field: 'id', message: 'this warning is the FTZ Office’s to handle' });
}

const EVENT: Record<AlertAction, { status: repo.AlertRow['status']; event: repo.AlertEventRow['kind'] }> = {
  acknowledge: { status: 'acknowledged', event: 'acknowledged' },
  handle: { status: 'handled', event: 'handled' },
  close: { status: 'closed', event: 'closed' },
  reopen: { status: 'acknowledged', event: 'reopened' },
};

export async function actOnAlert(ctx: AppContext, tx: Tx, actor: AccountActor, id: number, action: AlertAction, note: string | undefined): Promise<RiskAlertView> {
  await assertMayAct(tx, actor, id, action);
  const alert = (await repo.lockAlert(tx, id))!;
  if (!alertActionAllowed(action, alert.status)) throw new AppError('CONFLICT', { field: 'id', message: `risk alert ${id} is ${alert.status}: it cannot be ${EVENT[action].event} now` });
  const { status, event } = EVENT[action];
  await repo.updateAlert(tx, id, { status, ...(action === 'handle' ? { disposal: note ?? null } : {}) }, ctx.now());
  await repo.insertEvent(tx, { alert_id: id, kind: event, actor: actorName(actor), note: note ?? null });
  return getAlert(tx, actor, id);
}

async function views(db: DbOrTx, rows: repo.AlertRow[]): Promise<RiskAlertView[]> {
  const events = await repo.eventsOf(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const rule = ruleOf(r.rule_code);
    return {
      id: r.id,
      ruleCode: r.rule_code,
      ruleZh: rule.zh,
      ruleEn: rule.en,
      indicatorCode: rule.indicatorCode,
      areaCode: r.area_code,
      period: r.period,
      level: r.level,
      owner: r.owner,
      status: r.status,
      finding: r.finding as RiskAlertView['finding'],
      escalations: r.escalations,
      disposal: r.disposal,
      basis: rule.basis,
      openedAt: r.opened_at.toISOString(),
      events: events.filter((e) => e.alert_id === r.id).map((e) => ({ kind: e.kind, actor: e.actor, note: e.note, at: e.at.toISOString() })),
    };
  });
}
