// Which row actions to offer; the server decides again (assertMayAct), this only hides what would be refused.
import type { UserView } from '../../../../schemas/auth.ts';
import type { RiskAlertView } from '../../../../schemas/risk.ts';
import type { AlertAction } from './riskLabels.ts';

const allowedFrom: Record<AlertAction, readonly RiskAlertView['status'][]> = {
  acknowledge: ['open'],
  handle: ['open', 'acknowledged'],
  close: ['handled'],
  reopen: ['handled'],
};

/**
 * The FTZ Office (analyst) may do everything, including taking over an area's alert; an area officer acknowledges and
 * handles its own area's alerts whose owner is the area; administrators only read.
 */
export function actionsFor(user: UserView | null, alert: RiskAlertView): AlertAction[] {
  if (!user) return [];
  const office = user.role === 'analyst';
  const owner = office || (user.role === 'area_officer' && alert.owner === 'area' && alert.areaCode === user.areaCode);
  const mine: AlertAction[] = office ? ['acknowledge', 'handle', 'close', 'reopen'] : owner ? ['acknowledge', 'handle'] : [];
  return mine.filter((action) => allowedFrom[action].includes(alert.status));
}
