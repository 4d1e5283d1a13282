import { z } from 'zod';
import { AdmissionCheckResponse } from './admission.ts';
import { SecurityReviewView } from './investment.ts';
import { IsoDate } from './common.ts';

export const FileTypeView = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  departments: z.array(z.string()),
  completionRule: z.record(z.string(), z.unknown()),
  decisionWorkingDays: z.number().int(),
  maxExtensionWorkingDays: z.number().int(),
  legalBasis: z.string(),
  commitment: z
    .object({
      noticeZh: z.string(),
      noticeEn: z.string(),
      verificationWorkingDays: z.number().int(),
      rectificationWorkingDays: z.number().int(),
      legalBasis: z.string(),
    })
    .nullable()
    .describe('告知承诺制: the written notice (TC-01) and the post-verification periods; null for other procedures'),
  openedThrough: z
    .string()
    .nullable()
    .describe('Opened from another record by this route (e.g. POST /api/investment/projects), never through POST /api/files; null for procedures filed directly'),
});
export type FileTypeView = z.infer<typeof FileTypeView>;
export const FileTypesResponse = z.object({ items: z.array(FileTypeView) });

export const CreateFileRequest = z.object({
  type: z.string().min(1).max(60).describe('File type code, e.g. permit-single'),
  form: z.record(z.string(), z.unknown()).describe("The type's form; checked against the type's schema"),
  applicantId: z.number().int().positive().max(2_147_483_647).optional().describe('Window officers filing at the counter: the applicant account the file is for'),
});
export type CreateFileRequest = z.infer<typeof CreateFileRequest>;

export const FileActionRequest = z.object({
  type: z.string().min(1).max(40).describe('Action type, e.g. accept, request_correction, approve_task'),
  expectedVersion: z.number().int().min(0).describe('The version of the file you acted on; 409 when it changed since'),
  payload: z.record(z.string(), z.unknown()).default({}),
  reason: z.string().trim().min(1).max(2000).optional(),
  legalBasis: z.string().trim().min(1).max(500).optional(),
});
export type FileActionRequest = z.infer<typeof FileActionRequest>;

const Person = z.object({ id: z.number().int(), displayName: z.string() });
export const SlaState = z.enum(['on_time', 'due_soon', 'overdue']);

export const FileTaskView = z.object({
  id: z.string(),
  departmentCode: z.string(),
  assigneeId: z.number().int().nullable(),
  status: z.string(),
  startedOn: IsoDate,
  workingDays: z.number().int(),
  dueOn: IsoDate.nullable(),
  decidedOn: IsoDate.nullable(),
  reasons: z.array(z.string()),
  legalBasis: z.string().nullable(),
});

export const TimelineEntry = z.object({
  seq: z.number().int(),
  type: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  actorRole: z.string(),
  on: IsoDate,
  at: z.string(),
  payload: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
  legalBasis: z.string().nullable(),
});

export const DocumentView = z.object({
  id: z.number().int(),
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const FileView = z.object({
  id: z.number().int(),
  type: z.string(),
  typeNameZh: z.string(),
  typeNameEn: z.string(),
  areaCode: z.string(),
  enterpriseUscc: z.string().nullable(),
  form: z.record(z.string(), z.unknown()),
  status: z.string(),
  version: z.number().int(),
  applicant: Person,
  responsibleOfficer: Person.nullable().describe('首问负责: the window officer answerable for the file'),
  submittedOn: IsoDate,
  acceptedOn: IsoDate.nullable(),
  correctionDueOn: IsoDate.nullable().describe('Last day for a consolidated correction notice (ALL Art. 32)'),
  sla: SlaState.nullable(),
  clock: z.object({
    state: z.string(),
    limitWorkingDays: z.number().int(),
    pausedWorkingDays: z.number().int(),
    dueOn: IsoDate.nullable(),
    provisional: z.boolean(),
  }),
  tasks: z.array(FileTaskView),
  correctionNotices: z.array(z.object({ seq: z.number().int(), on: IsoDate, items: z.array(z.record(z.string(), z.unknown())) })),
  outcome: z.object({ kind: z.string(), on: IsoDate, reasons: z.array(z.string()), legalBasis: z.array(z.string()) }).nullable(),
  commitment: z
    .object({
      verificationDueOn: IsoDate.nullable().describe('Certificate day + the verification period (TIME-80)'),
      verification: z.object({ on: IsoDate, result: z.enum(['confirmed', 'false_commitment']), findings: z.string() }).nullable(),
      rectificationDueOn: IsoDate.nullable().describe('Finding day + the rectification period (TIME-81)'),
      rectified: z.object({ on: IsoDate, findings: z.string() }).nullable(),
      revocation: z.object({ on: IsoDate, reasons: z.array(z.string()), legalBasis: z.string() }).nullable(),
    })
    .nullable()
    .describe('告知承诺制: post-verification of the commitment; null for other procedures'),
  admission: AdmissionCheckResponse.extend({
    securityReview: SecurityReviewView.optional().describe('The national security review of the establishment at filing (Order No. 37 Art. 4); absent on files filed before it was kept'),
  })
    .nullable()
    .describe('The negative-list check of a foreign-invested establishment at filing (Trial Measures Art. 12); null otherwise'),
  allowedActions: z.array(z.string()).describe('What the signed-in account may do now'),
  timeline: z.array(TimelineEntry),
  documents: z.array(DocumentView),
});
export type FileView = z.infer<typeof FileView>;

export const WorkqueueName = z.enum(['mine', 'unassigned', 'due_soon', 'overdue', 'awaiting_applicant', 'closed']);
export type WorkqueueName = z.infer<typeof WorkqueueName>;
export const FileSummary = z.object({
  id: z.number().int(),
  type: z.string(),
  status: z.string(),
  areaCode: z.string(),
  applicantName: z.string(),
  responsibleOfficerId: z.number().int().nullable(),
  dueOn: IsoDate.nullable(),
  sla: SlaState.nullable(),
  updatedAt: z.string(),
});
export type FileSummary = z.infer<typeof FileSummary>;
export const WorkqueueResponse = z.object({
  queue: WorkqueueName,
  counts: z.record(WorkqueueName, z.number().int()).describe('Files in each queue that you can act on'),
  items: z.array(FileSummary),
});
export type WorkqueueResponse = z.infer<typeof WorkqueueResponse>;

export const UploadDocumentRequest = z.object({
  name: z.string().trim().min(1).max(200),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg', 'application/ofd']).describe('PDF, PNG, JPEG or OFD'),
  contentBase64: z.string().min(1).max(7_000_000).describe('The file, base64; at most 5 MB decoded'),
});
export type UploadDocumentRequest = z.infer<typeof UploadDocumentRequest>;

export const StatisticsRow = z.object({
  key: z.string().describe('File type code, area code or department code'),
  files: z.number().int(),
  decided: z.number().int(),
  decidedOnTime: z.number().int(),
  onTimeRate: z.number().nullable().describe('Share of decided files decided by their due day; null when none decided'),
  averageWorkingDaysToDecision: z.number().nullable().describe('From acceptance to decision, pauses excluded (ALL Arts. 42, 45)'),
  openOverdue: z.number().int(),
});
export type StatisticsRow = z.infer<typeof StatisticsRow>;
export const FileStatisticsResponse = z.object({
  asOf: IsoDate,
  byType: z.array(StatisticsRow),
  byArea: z.array(StatisticsRow),
  byDepartment: z.array(StatisticsRow).describe('Department tasks: decided on time against each task’s own limit'),
  overdue: z.array(FileSummary),
});
export type FileStatisticsResponse = z.infer<typeof FileStatisticsResponse>;
