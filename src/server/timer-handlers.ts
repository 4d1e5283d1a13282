// Every kind of durable timer zimao schedules, with the feature handler that fires it. The sweeper of each process
// gets this one table, so a timer scheduled by any feature fires in whichever process sweeps it.
import { fileTimerHandlers } from './features/files/check-file-timer.ts';
import { deregistrationTimerHandlers } from './features/deregistration/individual.ts';
import { riskTimerHandlers } from './features/risk/daily.ts';
import type { TimerHandlers } from './timers/sweeper.ts';

export const timerHandlers: TimerHandlers = { ...fileTimerHandlers, ...deregistrationTimerHandlers, ...riskTimerHandlers };
