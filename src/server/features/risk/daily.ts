// The daily run of the risk rules: a durable timer at 02:00 Asia/Shanghai, one row per day (its dedupe key is the
// day), so several zimao processes run the rules once a day between them, and each run schedules the next.
import { addCalendarDays } from '../../../domain/deregistration/index.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { scheduleTimer } from '../../timers/schedule-timer.ts';
import { appendAudit } from '../audit/service.ts';
import { indicatorSeries } from './series.ts';
import { escalateAlert, evaluateRisks, RISK_ESCALATE_TIMER } from './service.ts';

export const RISK_DAILY_TIMER = 'risk.evaluate_daily';

/** The next 02:00 in Asia/Shanghai after `now`. */
export function nextDailyRun(now: Date): Date {
  const today = civilDateInShanghai(now);
  const todayRun = new Date(`${today}T02:00:00+08:00`);
  return todayRun > now ? todayRun : new Date(`${addCalendarDays(today, 1)}T02:00:00+08:00`);
}

export function scheduleDailyRiskRun(tx: Tx, now: Date) {
  const fireAt = nextDailyRun(now);
  return scheduleTimer(tx, { kind: RISK_DAILY_TIMER, subject: 'risk-rules', fireAt, dedupeKey: `${RISK_DAILY_TIMER}|${fireAt.toISOString()}` });
}

/** At start: make sure tomorrow's (or today's) run is scheduled; a second process finds it scheduled and adds nothing. */
export async function ensureDailyRiskRun(ctx: AppContext): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const now = ctx.now();
    const scheduled = await scheduleDailyRiskRun(tx, now);
    if (scheduled.outcome === 'created') {
      await appendAudit(tx, { actor: 'system:risk', action: 'timer.schedule', subject: 'risk-rules', request: { kind: RISK_DAILY_TIMER }, result: { timerId: scheduled.id, fireAt: nextDailyRun(now).toISOString() } }, now);
    }
  });
}

export async function runDailyRisks(tx: Tx, _timer: unknown, ctx: AppContext): Promise<void> {
  await evaluateRisks(ctx, tx, indicatorSeries, 'system:risk');
  await scheduleDailyRiskRun(tx, new Date(ctx.now().getTime() + 1000));
}

export const riskTimerHandlers = { [RISK_ESCALATE_TIMER]: escalateAlert, [RISK_DAILY_TIMER]: runDailyRisks };
