import { z } from 'zod';
import { IsoDate } from './common.ts';

export const DayKind = z.enum(['workday', 'weekend', 'holiday', 'in_lieu_rest', 'adjusted_workday']);
export type DayKind = z.infer<typeof DayKind>;

export const CalendarDay = z.object({
  date: IsoDate,
  workday: z.boolean(),
  kind: DayKind,
  name: z.string().optional().describe('Holiday name in English'),
  nameZh: z.string().optional().describe('Holiday name in Chinese'),
  provisional: z.boolean().describe('True when the year has no published schedule and no override covers the day'),
  source: z.enum(['notice', 'override', 'law', 'weekday']).describe('What decided the day'),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

export const CalendarDaysQuery = z.object({
  from: IsoDate.describe('First day'),
  to: IsoDate.describe('Last day; at most 400 days after from'),
});
export const CalendarDaysResponse = z.object({ days: z.array(CalendarDay) });
export type CalendarDaysResponse = z.infer<typeof CalendarDaysResponse>;

export const IsWorkdayQuery = z.object({ date: IsoDate });
export const IsWorkdayResponse = z.object({
  date: IsoDate,
  workday: z.boolean(),
  provisional: z.literal(true).optional(),
});
export type IsWorkdayResponse = z.infer<typeof IsWorkdayResponse>;

export const DueQuery = z.object({
  from: IsoDate.describe('Start day (not counted, Civil Code Art. 201)'),
  workingDays: z.coerce.number().int().min(1).max(3650).describe('N, a whole number ≥ 1'),
});
export const DueResponse = z.object({
  from: IsoDate,
  workingDays: z.number().int(),
  due: IsoDate.describe('The N-th working day strictly after from'),
  provisional: z.literal(true).optional(),
});
export type DueResponse = z.infer<typeof DueResponse>;

export const CalendarYear = z.object({
  year: z.number().int(),
  status: z.enum(['published', 'provisional']),
  source: z.string().describe('What the schedule rests on, in English: chinese-days dataset, administrator load, or the holiday law alone'),
  sourceZh: z.string().describe('The same basis in Chinese'),
  noticeUrl: z.string().nullable(),
});
export const CalendarYearsResponse = z.object({ years: z.array(CalendarYear) });
export type CalendarYearsResponse = z.infer<typeof CalendarYearsResponse>;

export const CalendarOverride = z.object({
  date: IsoDate,
  workday: z.boolean().describe('True: a working day (e.g. a make-up Saturday); false: a rest day'),
  name: z.string().max(80).nullable().optional().describe('Holiday name, e.g. 春节'),
  reason: z.string().trim().min(1).max(500).describe('Why, e.g. the State Council notice'),
  noticeUrl: z.string().url().nullable().optional(),
});
export type CalendarOverride = z.infer<typeof CalendarOverride>;
export const CalendarOverrideView = CalendarOverride.extend({
  createdBy: z.string(),
  createdAt: z.string(),
});
export const CalendarOverridesResponse = z.object({ overrides: z.array(CalendarOverrideView) });
export type CalendarOverridesResponse = z.infer<typeof CalendarOverridesResponse>;

export const PublishYearRequest = z.object({
  noticeUrl: z.string().url().describe("The State Council General Office's notice for the year"),
  days: z
    .array(CalendarOverride.omit({ reason: true, noticeUrl: true }))
    .max(100)
    .default([])
    .describe('The rest days and make-up working days the notice sets, loaded as overrides'),
});
export type PublishYearRequest = z.infer<typeof PublishYearRequest>;
export const PublishYearResponse = z.object({
  year: z.number().int(),
  overridesLoaded: z.number().int(),
  deadlinesRecomputed: z.number().int(),
  deadlinesChanged: z.number().int(),
  holdersNotified: z.number().int(),
});
export type PublishYearResponse = z.infer<typeof PublishYearResponse>;

/** A deadline some feature computed and registered, so it can be recomputed when a schedule changes. */
export const DeadlineView = z.object({
  id: z.number().int(),
  subject: z.string().describe('What the deadline is for, e.g. file:123/acceptance'),
  from: IsoDate,
  workingDays: z.number().int(),
  due: IsoDate,
  provisional: z.boolean(),
  holderUserId: z.number().int().nullable(),
  areaCode: z.string().nullable(),
  recomputedAt: z.string().nullable(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;
export const RegisterDeadlineRequest = z.object({
  subject: z.string().trim().min(1).max(200),
  from: IsoDate,
  workingDays: z.number().int().min(1).max(3650),
});
export const DeadlinesResponse = z.object({ items: z.array(DeadlineView) });
