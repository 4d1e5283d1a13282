import { AuditListQuery, AuditListResponse, AuditVerifyResponse } from '../../../schemas/audit.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { listAudit, verifyAuditChain } from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

export function registerAuditRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], summary: 'Audit entries, newest first (administrator, inspector)', querystring: AuditListQuery, response: { 200: AuditListResponse, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.AUDIT_READ);
      return { items: await listAudit(ctx.db, req.query) };
    },
  );
  app.get(
    '/api/audit/verify',
    { schema: { tags: ['audit'], summary: 'Recompute the hash chain and name the first broken row', response: { 200: AuditVerifyResponse, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.AUDIT_READ);
      return verifyAuditChain(ctx.db);
    },
  );
}
