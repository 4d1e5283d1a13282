// Change registration over HTTP (MER Art. 24): filing a change (the owner applicant, or a window officer at the counter
// for the owner), reading an enterprise's changes, the window registering one after review, and the enterprise's
// register history. Who may file is checked before the write, so a refused caller leaves nothing, not even a trail.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ArticlesFilingListResponse, ArticlesFilingView, ChangeListResponse, ChangeView, CreateChangeRequest, FileArticlesRequest, RegisterEntryListResponse } from '../../../schemas/changes.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { listRegisterHistory } from '../enterprises/service.ts';
import * as articles from './articles.ts';
import * as changes from './changes.ts';

const tags = ['registration'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const Uscc = z.string().min(1).max(18);
const Params = z.object({ uscc: Uscc });
const IdParams = z.object({ uscc: Uscc, id: SerialId });

export function registerChangeRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/enterprises/:uscc/changes',
    {
      schema: {
        tags,
        summary:
          'File a change registration (MER Art. 24) of an enterprise registered through zimao: applied on the spot when formal review finds nothing for an officer, else a market-registration file; 422 REGISTRATION_REFUSED with every finding; 409 for an enterprise registered before zimao',
        params: Params,
        body: CreateChangeRequest,
        response: { 201: ChangeView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      await changes.assertMayFileChange(ctx.db, actor, req.params.uscc, req.body.applicantId);
      return auditedWrite(ctx, req, reply, { action: 'change.file', subject: `enterprise:${req.params.uscc.toUpperCase()}` }, async (tx) => {
        const filed = await changes.fileChange(ctx, tx, actor, req.params.uscc, req.body);
        return { body: filed, status: 201, subject: `change:${filed.id}`, summary: { uscc: filed.uscc, kind: filed.kind, route: filed.route, status: filed.status, changedFields: filed.changedFields, licenceVersion: filed.licenceVersion, fileId: filed.fileId } };
      });
    },
  );
  app.get(
    '/api/enterprises/:uscc/particulars',
    {
      schema: {
        tags,
        summary: 'The one form as registered today (establishment and registered changes), for its owner applicant and window officers',
        params: Params,
        response: { 200: z.object({ uscc: z.string(), applicantId: z.number().int().nullable(), form: z.record(z.string(), z.unknown()) }), ...errors },
      },
    },
    async (req) => changes.currentParticulars(ctx.db, requirePermission(req, Permission.ESTABLISHMENT_FILE), req.params.uscc),
  );
  app.get(
    '/api/enterprises/:uscc/changes',
    { schema: { tags, summary: 'The enterprise’s change applications, newest first (its owner applicant, window officers)', params: Params, response: { 200: ChangeListResponse, ...errors } } },
    async (req) => changes.listChanges(ctx, ctx.db, requirePermission(req, Permission.ESTABLISHMENT_FILE), req.params.uscc),
  );
  app.get(
    '/api/enterprises/:uscc/changes/:id',
    { schema: { tags, summary: 'One change application with its findings and what it changed', params: IdParams, response: { 200: ChangeView, ...errors } } },
    async (req) => changes.getChange(ctx, ctx.db, requirePermission(req, Permission.ESTABLISHMENT_FILE), req.params.uscc, req.params.id),
  );
  app.post(
    '/api/enterprises/:uscc/changes/:id/register',
    {
      schema: {
        tags,
        summary: 'Register a change whose market-registration file is approved: the register, the name register, a new licence version when a licence field changes; the file’s certificate is issued',
        params: IdParams,
        response: { 200: ChangeView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_REGISTER);
      return auditedWrite(ctx, req, reply, { action: 'change.register', subject: `change:${req.params.id}` }, async (tx) => {
        const registered = await changes.registerChangeAfterReview(ctx, tx, actor, req.params.uscc, req.params.id);
        return { body: registered, summary: { uscc: registered.uscc, licenceVersion: registered.licenceVersion } };
      });
    },
  );
  app.get(
    '/api/enterprises/:uscc/register-entries',
    { schema: { tags: ['enterprises'], summary: 'The enterprise’s register history: establishment, changes, filings, deregistration (whoever may read the enterprise)', params: Params, response: { 200: RegisterEntryListResponse, ...errors } } },
    async (req) => listRegisterHistory(ctx.db, requirePermission(req, Permission.ENTERPRISES_READ), req.params.uscc),
  );
  app.post(
    '/api/enterprises/:uscc/articles',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'File the articles of association or an amendment (章程备案, MER Art. 9): kept with its SHA-256, written to the register history',
        params: Params,
        body: FileArticlesRequest,
        response: { 201: ArticlesFilingView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      await articles.assertMayFileArticles(ctx.db, actor, req.params.uscc.toUpperCase());
      return auditedWrite(ctx, req, reply, { action: 'articles.file', subject: `enterprise:${req.params.uscc.toUpperCase()}` }, async (tx) => {
        const filed = await articles.fileArticles(ctx, tx, actor, req.params.uscc, req.body);
        return { body: filed, status: 201, summary: { filingId: filed.id, sha256: filed.sha256, amendment: filed.amendment, adoptedOn: filed.adoptedOn } };
      });
    },
  );
  app.get(
    '/api/enterprises/:uscc/articles',
    { schema: { tags, summary: 'The enterprise’s filed articles of association, newest (in force) first', params: Params, response: { 200: ArticlesFilingListResponse, ...errors } } },
    async (req) => ({ items: await articles.listArticles(ctx.db, requirePermission(req, Permission.ESTABLISHMENT_FILE), req.params.uscc) }),
  );
  app.get(
    '/api/enterprises/:uscc/articles/:id',
    { schema: { tags, summary: 'Download one filed version of the articles', params: IdParams, response: { 200: z.unknown().describe('The document bytes, with its media type'), ...errors } } },
    async (req, reply) => {
      const doc = await articles.articlesDocument(ctx.db, requirePermission(req, Permission.ESTABLISHMENT_FILE), req.params.uscc, req.params.id);
      return reply.type(doc.mediaType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`).header('x-content-sha256', doc.sha256).send(doc.content);
    },
  );
}
