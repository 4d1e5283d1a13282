// An alert's life: opened by a rule → acknowledged by its owner → handled with the disposal recorded → closed by the
// FTZ Office after checking the disposal (or reopened for more). Escalation does not change the status: it raises
// the alert's escalation count and tells the FTZ Office and the administrators, while the owner keeps the alert.
import { z } from 'zod';

export const AlertStatus = z.enum(['open', 'acknowledged', 'handled', 'closed']);
export type AlertStatus = z.infer<typeof AlertStatus>;
export type AlertAction = 'acknowledge' | 'handle' | 'close' | 'reopen';

const ALLOWED: Record<AlertAction, readonly AlertStatus[]> = {
  acknowledge: ['open'],
  handle: ['open', 'acknowledged'],
  close: ['handled'],
  reopen: ['handled'],
};

export function alertActionAllowed(action: AlertAction, status: AlertStatus): boolean {
  return ALLOWED[action].includes(status);
}

/** Escalation applies to alerts nobody has handled yet. */
export function awaitsHandling(status: AlertStatus): boolean {
  return status === 'open' || status === 'acknowledged';
}
