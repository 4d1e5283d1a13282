// One-form establishment over HTTP: filing (applicant, or window officer at the counter), reading one's
// applications, the officer registering after review, the departments' follow-up tasks, and the public business-scope
// catalogue the form chooses from. Every write goes through auditedWrite.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import {
  CompleteFollowUpRequest,
  CreateEstablishmentRequest,
  CreateIndividualBusinessRequest,
  EstablishmentListResponse,
  EstablishmentView,
  FollowUpListResponse,
  FollowUpView,
  ScopeCatalogueResponse,
} from '../../../schemas/registration.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { registrationData } from './registration-data-file.ts';
import { fileIndividualBusiness } from './individual-businesses.ts';
import * as registration from './service.ts';

const tags = ['registration'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const Id = z.object({ id: SerialId });

export function registerRegistrationRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/establishments',
    {
      schema: {
        tags,
        summary: 'File the one establishment form: registered on the spot when formal review finds nothing for an officer, else a market-registration file (TIME-20); 422 REGISTRATION_REFUSED with every finding',
        body: CreateEstablishmentRequest,
        response: { 201: EstablishmentView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      return auditedWrite(ctx, req, reply, { action: 'establishment.file' }, async (tx) => {
        const filed = await registration.fileEstablishment(ctx, tx, actor, req.body);
        return { body: filed, status: 201, subject: `establishment:${filed.id}`, summary: { route: filed.route, status: filed.status, uscc: filed.uscc, fileId: filed.fileId } };
      });
    },
  );
  app.post(
    '/api/individual-businesses',
    {
      schema: {
        tags,
        summary: 'File an individual business (个体工商户): operator, composition, funds, scope, premises by commitment; the same review and routes as a company',
        body: CreateIndividualBusinessRequest,
        response: { 201: EstablishmentView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      return auditedWrite(ctx, req, reply, { action: 'individual_business.file' }, async (tx) => {
        const filed = await fileIndividualBusiness(ctx, tx, actor, req.body);
        return { body: filed, status: 201, subject: `establishment:${filed.id}`, summary: { route: filed.route, status: filed.status, uscc: filed.uscc, fileId: filed.fileId } };
      });
    },
  );
  app.get(
    '/api/establishments',
    { schema: { tags, summary: 'Establishment applications: the applicant’s own; all for window officers', response: { 200: EstablishmentListResponse, 401: ErrorResponse, 403: ErrorResponse } } },
    async (req) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      return { items: await registration.listEstablishments(ctx, ctx.db, actor) };
    },
  );
  app.get(
    '/api/establishments/:id',
    { schema: { tags, summary: 'One application with its findings, credit code, licence and follow-up tasks', params: Id, response: { 200: EstablishmentView, ...errors } } },
    async (req) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      return registration.getEstablishment(ctx, ctx.db, actor, req.params.id);
    },
  );
  app.post(
    '/api/establishments/:id/register',
    {
      schema: {
        tags,
        summary: 'Register an application whose market-registration file is approved: credit code, licence, follow-up tasks; the file’s certificate is issued',
        params: Id,
        response: { 200: EstablishmentView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_REGISTER);
      return auditedWrite(ctx, req, reply, { action: 'establishment.register', subject: `establishment:${req.params.id}` }, async (tx) => {
        const registered = await registration.registerAfterReview(ctx, tx, actor, req.params.id);
        return { body: registered, summary: { uscc: registered.uscc } };
      });
    },
  );
  app.get(
    '/api/follow-ups',
    {
      schema: {
        tags,
        summary: 'The signed-in department reviewer’s follow-up tasks of new enterprises',
        querystring: z.object({ status: z.enum(['open', 'done']).default('open') }),
        response: { 200: FollowUpListResponse, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (req) => {
      const actor = requirePermission(req, Permission.FOLLOW_UPS_WORK);
      return { items: await registration.listFollowUps(ctx, ctx.db, actor, req.query.status) };
    },
  );
  app.post(
    '/api/follow-ups/:id/complete',
    { schema: { tags, summary: 'Mark one of one’s department’s follow-up tasks done', params: Id, body: CompleteFollowUpRequest, response: { 200: FollowUpView, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.FOLLOW_UPS_WORK);
      await registration.assertMayComplete(ctx.db, actor, req.params.id);
      return auditedWrite(ctx, req, reply, { action: 'follow_up.complete', subject: `follow-up:${req.params.id}` }, async (tx) => {
        const done = await registration.completeFollowUp(ctx, tx, actor, req.params.id, req.body.note);
        return { body: done, summary: { uscc: done.uscc, task: done.taskKey } };
      });
    },
  );
  app.get(
    '/api/registration/scope-catalogue',
    { schema: { tags, summary: 'The business-scope wordings the form chooses from, with their GB/T 4754 class and kind (public)', response: { 200: ScopeCatalogueResponse } } },
    async () => ({ items: registrationData().scope.items.map((i) => ({ ...i })) }),
  );
}
