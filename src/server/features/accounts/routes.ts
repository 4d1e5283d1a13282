import { z } from 'zod';
import { AccountList, ApplicantQuery, ApplicantsResponse, CreateAccountRequest, StaffQuery, StaffResponse, UpdateAccountRequest } from '../../../schemas/accounts.ts';
import { UserView } from '../../../schemas/auth.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { SerialId } from '../../../schemas/common.ts';
import * as accounts from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

export function registerAccountRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/accounts',
    { schema: { tags: ['accounts'], summary: 'All accounts (administrator)', response: { 200: AccountList, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.ACCOUNTS_MANAGE);
      return { items: await accounts.listAccounts(ctx.db) };
    },
  );

  app.get(
    '/api/staff',
    { schema: { tags: ['accounts'], summary: 'Officers a file or task can be assigned or handed to (officers)', querystring: StaffQuery, response: { 200: StaffResponse, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.STAFF_DIRECTORY_READ);
      return { items: await accounts.listStaff(ctx.db, req.query) };
    },
  );

  app.get(
    '/api/applicants',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Active applicant accounts a window officer can file for at the counter (一窗受理); at most 50, narrowed by q',
        querystring: ApplicantQuery,
        response: { 200: ApplicantsResponse, ...errors },
      },
    },
    async (req) => {
      requirePermission(req, Permission.APPLICANT_DIRECTORY_READ);
      return { items: await accounts.listApplicants(ctx.db, req.query) };
    },
  );

  app.post(
    '/api/accounts',
    { schema: { tags: ['accounts'], summary: 'Create an account (administrator)', body: CreateAccountRequest, response: { 201: UserView, ...errors } } },
    async (req, reply) => {
      requirePermission(req, Permission.ACCOUNTS_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'account.create' }, async (tx) => {
        const user = await accounts.createAccount(tx, req.body);
        return { body: user, status: 201, subject: `account:${user.id}`, summary: { accountId: user.id, role: user.role } };
      });
    },
  );

  app.patch(
    '/api/accounts/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change an account: name, role and binding, password, disabled (administrator)',
        params: z.object({ id: SerialId }),
        body: UpdateAccountRequest,
        response: { 200: UserView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ACCOUNTS_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'account.update', subject: `account:${req.params.id}` }, async (tx) => {
        const user = await accounts.updateAccount(tx, actor, req.params.id, req.body, ctx.now());
        return { body: user, summary: { role: user.role, disabled: user.disabled } };
      });
    },
  );
}
