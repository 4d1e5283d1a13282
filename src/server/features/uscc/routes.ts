import { z } from 'zod';
import { ErrorResponse } from '../../../schemas/common.ts';
import { IssueUsccRequest, IssueUsccResponse, UsccCheckRequest, UsccCheckResponse, UsccCheckResult } from '../../../schemas/uscc.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import { actorName, type AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as uscc from './service.ts';

const tags = ['credit codes'];

export function registerUsccRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/uscc/:code',
    { schema: { tags, summary: 'Check one Unified Social Credit Code (GB 32100-2015) and explain its parts', params: z.object({ code: z.string().min(1).max(64) }), response: { 200: UsccCheckResult, 400: ErrorResponse } } },
    async (req) => uscc.checkCodes([req.params.code])[0]!,
  );
  app.post(
    '/api/uscc/check',
    { schema: { tags, summary: 'Check up to 1000 credit codes (reads only; nothing is stored)', body: UsccCheckRequest, response: { 200: UsccCheckResponse, 400: ErrorResponse } } },
    async (req) => ({ results: uscc.checkCodes(req.body.codes) }),
  );
  app.post(
    '/api/uscc/issue',
    {
      schema: {
        tags,
        summary: 'Generate the next credit code for a new entity (window officer, administrator); send an Idempotency-Key',
        body: IssueUsccRequest,
        response: { 201: IssueUsccResponse, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.USCC_ISSUE);
      return auditedWrite(ctx, req, reply, { action: 'uscc.issue' }, async (tx) => {
        const issued = await uscc.issueCode(tx, actorName(actor), req.body);
        return { body: issued, status: 201, subject: `uscc:${issued.code}`, summary: { code: issued.code } };
      });
    },
  );
}
