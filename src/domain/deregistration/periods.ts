// The periods of summary deregistration by the day the notice starts (reference-data/registration/
// deregistration-periods.json): 45 days of notice before the 2021 reform, 20 after (EXIT-07); 20 days to apply
// once it ends (EXIT-04). Calendar days, the publication day counting as the first day of the notice.
import { z } from 'zod';

export const DeregistrationPeriods = z.object({
  dataset: z.literal('summary-deregistration-periods'),
  /** EXIT-06: the departments an individual business's case is pushed to, which may object (department codes). */
  individualPushedTo: z.array(z.string().min(1)).min(1),
  periods: z
    .array(
      z.object({
        from: z.iso.date(),
        to: z.iso.date().nullable(),
        noticeDays: z.number().int().positive(),
        applyWithinDays: z.number().int().positive(),
        individualObjectionDays: z.number().int().positive().nullable(),
      }),
    )
    .min(1),
});
export type DeregistrationPeriods = z.infer<typeof DeregistrationPeriods>;

export function addCalendarDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface NoticeSchedule {
  readonly noticeFrom: string;
  readonly noticeTo: string;
  readonly applyBy: string;
  readonly noticeDays: number;
}

/** The notice that starts on `start`: its last day and the last day to apply (null before 2017-03-01, no rule). */
export function noticeSchedule(data: DeregistrationPeriods, start: string): NoticeSchedule | null {
  const period = data.periods.find((p) => p.from <= start && (p.to === null || start <= p.to));
  if (!period) return null;
  const noticeTo = addCalendarDays(start, period.noticeDays - 1);
  return { noticeFrom: start, noticeTo, applyBy: addCalendarDays(noticeTo, period.applyWithinDays), noticeDays: period.noticeDays };
}

/** EXIT-06: an individual business's case starting on `start` is pushed to the departments, which may object for this
 * many days; with no objection it is deregistered directly (null: no such rule that day, e.g. before 2021-07-30). */
export function individualSchedule(data: DeregistrationPeriods, start: string): NoticeSchedule | null {
  const period = data.periods.find((p) => p.from <= start && (p.to === null || start <= p.to));
  if (!period || period.individualObjectionDays === null) return null;
  const noticeTo = addCalendarDays(start, period.individualObjectionDays - 1);
  return { noticeFrom: start, noticeTo, applyBy: noticeTo, noticeDays: period.individualObjectionDays };
}
