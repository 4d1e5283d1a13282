// Foreign-investment admission over HTTP: the public self-check (no sign-in), the editions of the negative list
// and their differences (public), and an administrator loading a new edition (audited).
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import {
  AdmissionCheckRequest,
  AdmissionCheckResponse,
  EditionDetailResponse,
  EditionDiffResponse,
  EditionListResponse,
  LoadEditionRequest,
} from '../../../schemas/admission.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import { actorName, type AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { editionFromWorkbook, editionToWorkbook } from './edition-workbook.ts';
import * as views from './editions-view.ts';
import * as admission from './service.ts';

const tags = ['admission'];
const EditionCode = z.string().min(1).max(60);

export function registerAdmissionRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/admission/check',
    {
      schema: {
        tags,
        summary: 'Check a foreign investment against the FTZ negative list in force on its date (Trial Measures Art. 12); reads only, no sign-in',
        body: AdmissionCheckRequest,
        response: { 200: AdmissionCheckResponse, 400: ErrorResponse },
      },
    },
    async (req) => admission.checkInvestment(ctx.db, req.body),
  );
  app.get(
    '/api/negative-lists',
    { schema: { tags, summary: 'Every FTZ negative-list edition zimao holds, with its period of force', response: { 200: EditionListResponse } } },
    async () => views.listEditions(ctx.db),
  );
  app.get(
    '/api/negative-lists/diff',
    {
      schema: {
        tags,
        summary: 'The differences between two editions, measure by measure',
        querystring: z.object({ from: EditionCode, to: EditionCode }),
        response: { 200: EditionDiffResponse, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => views.diff(ctx.db, req.query.from, req.query.to),
  );
  app.get(
    '/api/negative-lists/:code',
    { schema: { tags, summary: 'One edition with its measures and sources', params: z.object({ code: EditionCode }), response: { 200: EditionDetailResponse, 400: ErrorResponse, 404: ErrorResponse } } },
    async (req) => views.getEdition(ctx.db, req.params.code),
  );
  app.get(
    '/api/negative-lists/:code/workbook',
    {
      schema: {
        tags,
        summary: 'One edition as an Excel workbook: to read, or as the template for loading a new edition',
        params: z.object({ code: EditionCode }),
        response: { 200: z.unknown().describe('The .xlsx bytes'), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req, reply) => {
      const edition = await views.editionDocument(ctx.db, req.params.code);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${edition.code}.xlsx"`)
        .send(await editionToWorkbook(edition));
    },
  );
  app.post(
    '/api/negative-lists',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Load a new edition (administrator): JSON or an Excel workbook; editions are never edited in place (409 for a known code)',
        body: LoadEditionRequest,
        response: { 201: z.object({ code: z.string(), revision: z.number().int(), measureCount: z.number().int() }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.NEGATIVE_LISTS_MANAGE);
      const body = req.body;
      const raw = body.format === 'json' ? body.edition : await editionFromWorkbook(Buffer.from(body.contentBase64, 'base64'));
      try {
        return await auditedWrite(ctx, req, reply, { action: 'negative_list.load' }, async (tx) => {
          const loaded = await admission.loadEdition(tx, actorName(actor), raw, ctx.now());
          return { body: loaded, status: 201, subject: `negative-list:${loaded.code}`, summary: loaded };
        });
      } finally {
        admission.editionsChanged(); // committed or not: this process looks again on its next check
      }
    },
  );
}
