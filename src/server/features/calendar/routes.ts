import { z } from 'zod';
import {
  CalendarDaysQuery,
  CalendarDaysResponse,
  CalendarOverride,
  CalendarOverridesResponse,
  CalendarYearsResponse,
  DeadlinesResponse,
  DeadlineView,
  DueQuery,
  DueResponse,
  IsWorkdayQuery,
  IsWorkdayResponse,
  PublishYearRequest,
  PublishYearResponse,
  RegisterDeadlineRequest,
} from '../../../schemas/calendar.ts';
import { ErrorResponse, IsoDate, OkResponse } from '../../../schemas/common.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import { roleHas } from '../../../domain/access/permissions.ts';
import { actorName, type AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requireAccount, requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as calendar from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const tags = ['calendar'];

export function registerCalendarRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/calendar/days',
    { schema: { tags, summary: 'Each day from..to: working or rest, why, and whether provisional', querystring: CalendarDaysQuery, response: { 200: CalendarDaysResponse, 400: ErrorResponse } } },
    async (req) => ({ days: await calendar.listDays(ctx.db, req.query.from, req.query.to) }),
  );
  app.get(
    '/api/calendar/is-workday',
    { schema: { tags, summary: 'Is the date a working day of the PRC?', querystring: IsWorkdayQuery, response: { 200: IsWorkdayResponse, 400: ErrorResponse } } },
    async (req) => calendar.isWorkday(ctx.db, req.query.date),
  );
  app.get(
    '/api/calendar/due',
    { schema: { tags, summary: 'The N-th working day strictly after from (start day not counted)', querystring: DueQuery, response: { 200: DueResponse, 400: ErrorResponse } } },
    async (req) => calendar.dueDate(ctx.db, req.query.from, req.query.workingDays),
  );
  app.get(
    '/api/calendar/years',
    { schema: { tags, summary: 'Years with a published schedule and years that rest on the law alone', response: { 200: CalendarYearsResponse } } },
    async () => calendar.listYears(ctx),
  );
  app.get(
    '/api/calendar/overrides',
    { schema: { tags, summary: 'Days set by an administrator', querystring: z.object({ year: z.coerce.number().int().min(1999).max(2100).optional() }), response: { 200: CalendarOverridesResponse, 400: ErrorResponse } } },
    async (req) => ({ overrides: await calendar.listOverrides(ctx.db, req.query.year) }),
  );
  app.put(
    '/api/calendar/overrides/:date',
    {
      schema: {
        tags,
        summary: 'Set one day as working or rest (administrator); deadlines it moves are recomputed',
        params: z.object({ date: IsoDate }),
        body: CalendarOverride.omit({ date: true }),
        response: { 200: z.object({ deadlinesRecomputed: z.number().int(), deadlinesChanged: z.number().int(), holdersNotified: z.number().int() }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.CALENDAR_ADMINISTER);
      return auditedWrite(ctx, req, reply, { action: 'calendar.override.set', subject: `calendar:${req.params.date}` }, async (tx) => {
        const r = await calendar.setOverride(ctx, tx, actorName(actor), { ...req.body, date: req.params.date });
        const body = { deadlinesRecomputed: r.recomputed, deadlinesChanged: r.changed, holdersNotified: r.notified };
        return { body, summary: body };
      });
    },
  );
  app.delete(
    '/api/calendar/overrides/:date',
    { schema: { tags, summary: 'Remove an override (administrator)', params: z.object({ date: IsoDate }), response: { 200: OkResponse, ...errors } } },
    async (req, reply) => {
      requirePermission(req, Permission.CALENDAR_ADMINISTER);
      return auditedWrite(ctx, req, reply, { action: 'calendar.override.remove', subject: `calendar:${req.params.date}` }, async (tx) => {
        const r = await calendar.removeOverride(ctx, tx, req.params.date);
        return { body: { ok: true as const }, summary: { ...r } };
      });
    },
  );
  app.post(
    '/api/calendar/years/:year/publish',
    {
      schema: {
        tags,
        summary: "Load a year's State Council notice (administrator): days, then recompute deadlines and notify holders",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: PublishYearRequest,
        response: { 200: PublishYearResponse, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.CALENDAR_ADMINISTER);
      return auditedWrite(ctx, req, reply, { action: 'calendar.year.publish', subject: `calendar:${req.params.year}` }, async (tx) => {
        const body = await calendar.publishYear(ctx, tx, actorName(actor), req.params.year, req.body);
        return { body, summary: { ...body } };
      });
    },
  );
  app.get(
    '/api/calendar/deadlines',
    { schema: { tags, summary: 'Deadlines I hold (administrators: all)', response: { 200: DeadlinesResponse, 401: ErrorResponse } } },
    async (req) => {
      const actor = requireAccount(req);
      return { items: await calendar.listDeadlines(ctx.db, actor, roleHas(actor.account.role, Permission.DEADLINES_READ_ALL)) };
    },
  );
  app.post(
    '/api/calendar/deadlines',
    { schema: { tags, summary: 'Compute and keep a deadline I hold; it is recomputed when the calendar changes', body: RegisterDeadlineRequest, response: { 201: DeadlineView, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.DEADLINES_REGISTER);
      return auditedWrite(ctx, req, reply, { action: 'deadline.register' }, async (tx) => {
        const d = await calendar.registerDeadline(tx, actor, req.body);
        return { body: d, status: 201, subject: `deadline:${d.id}`, summary: { due: d.due, provisional: d.provisional } };
      });
    },
  );
}
