import { z } from 'zod';
import { fileTypes, getFileType } from '../../../domain/files/index.ts';
import { AppError } from '../../../domain/app-error.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import { CreateFileRequest, DocumentView, FileActionRequest, FileStatisticsResponse, FileTypesResponse, FileView, UploadDocumentRequest, WorkqueueName, WorkqueueResponse } from '../../../schemas/files.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requireAccount, requirePermission } from '../../http/authenticate.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import { fileStatistics } from './statistics.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as files from './service.ts';
import { listWorkqueue } from './workqueue.ts';

const tags = ['files'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

export function registerFileRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/file-types',
    { schema: { tags, summary: 'Procedures zimao handles, with their statutory limits and completion rules', response: { 200: FileTypesResponse } } },
    async () => ({
      items: Object.values(fileTypes).map((t) => ({
        code: t.code,
        nameZh: t.nameZh,
        nameEn: t.nameEn,
        departments: [...t.departments],
        completionRule: { ...t.completionRule },
        decisionWorkingDays: t.limits.decisionWorkingDays,
        maxExtensionWorkingDays: t.limits.maxExtensionWorkingDays,
        legalBasis: t.limits.legalBasis,
        commitment: t.commitment
          ? {
              noticeZh: t.commitment.noticeZh,
              noticeEn: t.commitment.noticeEn,
              verificationWorkingDays: t.commitment.verificationWorkingDays,
              rectificationWorkingDays: t.commitment.rectificationWorkingDays,
              legalBasis: t.commitment.legalBasis,
            }
          : null,
        openedThrough: t.openedThrough ?? null,
      })),
    }),
  );
  app.post(
    '/api/files',
    { schema: { tags, summary: 'Open and submit an application file (applicant)', body: CreateFileRequest, response: { 201: FileView, ...errors } } },
    async (req, reply) => {
      const actor = requireAccount(req);
      files.assertMaySubmit(actor, req.body.type);
      const { openedThrough } = getFileType(req.body.type);
      if (openedThrough) throw new AppError('INVALID_REQUEST', { field: 'type', message: `a ${req.body.type} file is opened from its record: ${openedThrough}` });
      return auditedWrite(ctx, req, reply, { action: 'file.submit' }, async (tx) => {
        const file = await files.createFile(ctx, tx, actor, req.body);
        return { body: file, status: 201, subject: `file:${file.id}`, summary: { fileId: file.id, status: file.status } };
      });
    },
  );
  app.get(
    '/api/files/:id',
    { schema: { tags, summary: 'A file: form, documents, tasks, clock, timeline and the actions you may take', params: z.object({ id: SerialId }), response: { 200: FileView, ...errors } } },
    async (req) => files.getFile(ctx, ctx.db, requireAccount(req), req.params.id),
  );
  app.post(
    '/api/files/:id/actions',
    {
      schema: {
        tags,
        summary: 'Take an action on a file (409 when not allowed in its status, or when it changed since expectedVersion)',
        params: z.object({ id: SerialId }),
        body: FileActionRequest,
        response: { 200: FileView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireAccount(req);
      // takeAction refuses who may never act on this file (FORBIDDEN, left off the trail) under the file's lock.
      return auditedWrite(ctx, req, reply, { action: `file.${req.body.type}`, subject: `file:${req.params.id}` }, async (tx) => {
        const file = await files.takeAction(ctx, tx, actor, req.params.id, req.body);
        return { body: file, summary: { status: file.status, version: file.version, dueOn: file.clock.dueOn } };
      });
    },
  );
  app.post(
    '/api/files/:id/documents',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, summary: 'Upload a document (PDF, PNG, JPEG or OFD; at most 5 MB); stored with its SHA-256', params: z.object({ id: SerialId }), body: UploadDocumentRequest, response: { 201: DocumentView, ...errors } },
    },
    async (req, reply) => {
      const actor = requireAccount(req);
      return auditedWrite(ctx, req, reply, { action: 'file.document.upload', subject: `file:${req.params.id}` }, async (tx) => {
        const doc = await files.uploadDocument(tx, actor, req.params.id, req.body);
        return { body: doc, status: 201, summary: { documentId: doc.id, sha256: doc.sha256, sizeBytes: doc.sizeBytes } };
      });
    },
  );
  app.get(
    '/api/files/:id/documents/:documentId',
    { schema: { tags, summary: 'Download a document', params: z.object({ id: SerialId, documentId: SerialId }), response: { 200: z.unknown().describe('The document bytes, with its media type'), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse } } },
    async (req, reply) => {
      const doc = await files.getDocument(ctx.db, requireAccount(req), req.params.id, req.params.documentId);
      return reply
        .type(doc.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`)
        .header('x-content-sha256', doc.sha256)
        .send(doc.content);
    },
  );
  app.get(
    '/api/files/statistics',
    { schema: { tags, summary: 'Time to decision, on-time rate and overdue files by type, area and department (FTZ Office, area officers)', response: { 200: FileStatisticsResponse, ...errors } } },
    async (req) => fileStatistics(ctx, requirePermission(req, Permission.FILE_STATISTICS_READ)),
  );
  app.get(
    '/api/workqueue',
    { schema: { tags, summary: 'My workqueue: mine, unassigned, due soon, overdue, awaiting the applicant; counts of each', querystring: z.object({ queue: WorkqueueName.default('mine') }), response: { 200: WorkqueueResponse, ...errors } } },
    async (req) => listWorkqueue(ctx, requireAccount(req), req.query.queue),
  );
}
