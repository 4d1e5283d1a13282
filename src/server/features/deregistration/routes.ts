// Summary deregistration over HTTP: the enterprise's owner (or the window) starts it and applies after the notice;
// the public portal lists the running notices and takes objections from anyone (EXIT-03), limited per address.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import { DepartmentObjectionRequest, NoticeListResponse, NoticeView, ObjectionRequest, StartSummaryDeregistrationRequest } from '../../../schemas/deregistration.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as deregistration from './service.ts';

const tags = ['deregistration'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const Uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/i, 'an 18-character Unified Social Credit Code');

export function registerDeregistrationRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/enterprises/:uscc/summary-deregistration',
    {
      schema: {
        tags,
        summary: 'Start summary deregistration: every investor’s commitment and the EXIT-05 declarations; publishes the notice (20 days); 422 REGISTRATION_REFUSED with the reasons',
        params: z.object({ uscc: Uscc }),
        body: StartSummaryDeregistrationRequest,
        response: { 201: NoticeView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      await deregistration.enterpriseForActor(ctx.db, actor, req.params.uscc); // a refusal here writes nothing
      return auditedWrite(ctx, req, reply, { action: 'deregistration.start', subject: `enterprise:${req.params.uscc.toUpperCase()}` }, async (tx) => {
        const notice = await deregistration.startSummaryDeregistration(ctx, tx, actor, req.params.uscc, req.body);
        return { body: notice, status: 201, summary: { noticeId: notice.id, noticeTo: notice.noticeTo, applyBy: notice.applyBy } };
      });
    },
  );
  app.get(
    '/api/enterprises/:uscc/summary-deregistration',
    { schema: { tags, summary: 'The enterprise’s summary-deregistration notices and where each stands', params: z.object({ uscc: Uscc }), response: { 200: NoticeListResponse, ...errors } } },
    async (req) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      return { items: await deregistration.noticesOfEnterprise(ctx, ctx.db, actor, req.params.uscc) };
    },
  );
  app.post(
    '/api/enterprises/:uscc/summary-deregistration/:id/apply',
    {
      schema: {
        tags,
        summary: 'Apply for deregistration after the notice (EXIT-04: within 20 days, with no objection): the enterprise is deregistered',
        params: z.object({ uscc: Uscc, id: SerialId }),
        response: { 200: NoticeView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      await deregistration.enterpriseForActor(ctx.db, actor, req.params.uscc);
      return auditedWrite(ctx, req, reply, { action: 'deregistration.apply', subject: `enterprise:${req.params.uscc.toUpperCase()}` }, async (tx) => {
        const notice = await deregistration.applyForDeregistration(ctx, tx, actor, req.params.uscc, req.params.id);
        return { body: notice, summary: { noticeId: notice.id, state: notice.state } };
      });
    },
  );
  app.get(
    '/api/public/deregistration-notices',
    { schema: { tags, summary: 'Summary-deregistration notices running today (EXIT-02), public', response: { 200: NoticeListResponse } } },
    async () => ({ items: await deregistration.publicNotices(ctx, ctx.db) }),
  );
  app.get(
    '/api/public/deregistration-notices/:id',
    { schema: { tags, summary: 'One notice with its objections, public', params: z.object({ id: SerialId }), response: { 200: NoticeView, 400: ErrorResponse, 404: ErrorResponse } } },
    async (req) => deregistration.publicNotice(ctx, ctx.db, req.params.id),
  );
  app.post(
    '/api/public/deregistration-notices/:id/objections',
    {
      // Anyone may object (EXIT-03); the limit keeps one address from flooding the notices.
      config: { rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'Object to a notice while it runs (EXIT-03): the summary route ends; who, when and why are recorded',
        params: z.object({ id: SerialId }),
        body: ObjectionRequest,
        response: { 201: NoticeView, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (req, reply) =>
      auditedWrite(ctx, req, reply, { action: 'deregistration.object', subject: `deregistration-notice:${req.params.id}` }, async (tx) => {
        const notice = await deregistration.objectToNotice(ctx, tx, req.params.id, req.body);
        return { body: notice, status: 201, summary: { objector: req.body.objector, state: notice.state } };
      }),
  );
  app.get(
    '/api/deregistration/pushed-cases',
    { schema: { tags, summary: 'Individual businesses’ summary deregistrations pushed to the departments (EXIT-06), for department reviewers', response: { 200: NoticeListResponse, 401: ErrorResponse, 403: ErrorResponse } } },
    async (req) => {
      requirePermission(req, Permission.FOLLOW_UPS_WORK);
      return { items: await deregistration.pushedCases(ctx, ctx.db) };
    },
  );
  app.post(
    '/api/deregistration/pushed-cases/:id/objections',
    {
      schema: {
        tags,
        summary: 'A department the case was pushed to objects within its 10 days (EXIT-06): the summary route ends',
        params: z.object({ id: SerialId }),
        body: DepartmentObjectionRequest,
        response: { 201: NoticeView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.FOLLOW_UPS_WORK);
      await deregistration.assertMayObjectToPushedCase(ctx.db, actor, req.params.id); // a refusal here writes nothing
      return auditedWrite(ctx, req, reply, { action: 'deregistration.department_object', subject: `deregistration-notice:${req.params.id}` }, async (tx) => {
        const notice = await deregistration.departmentObjection(ctx, tx, actor, req.params.id, req.body);
        return { body: notice, status: 201, summary: { department: actor.account.departmentCode, state: notice.state } };
      });
    },
  );
}
