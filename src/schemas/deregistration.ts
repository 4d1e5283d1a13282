// Summary deregistration over HTTP (简易注销, MER Art. 33; domain-rules §6): the enterprise's application for the
// public notice with its investors' commitments, the public notice and objections, and the final application.
import { z } from 'zod';
import { Commitment, Declarations, LiquidationFiling, LiquidationReport } from '../domain/deregistration/index.ts';
import { IsoDate } from './common.ts';

export const StartSummaryDeregistrationRequest = z.strictObject({
  commitments: z.array(Commitment).min(1).max(200).describe('The written commitment of every investor (EXIT-01)'),
  declarations: Declarations.describe('EXIT-01 and EXIT-05: each must be true for the summary route'),
});
export type StartSummaryDeregistrationRequest = z.infer<typeof StartSummaryDeregistrationRequest>;

export const ObjectionRequest = z.strictObject({
  objector: z.string().trim().min(1).max(200).describe('Who objects: a creditor, a department, an employee …'),
  objectorKind: z.enum(['creditor', 'department', 'employee', 'other']),
  contact: z.string().trim().min(3).max(200),
  grounds: z.string().trim().min(5).max(2000).describe('Why the enterprise may not leave by the summary route'),
});
export type ObjectionRequest = z.infer<typeof ObjectionRequest>;

/** EXIT-06: a department the case of an individual business was pushed to objects. */
export const DepartmentObjectionRequest = z.strictObject({ grounds: z.string().trim().min(5).max(2000).describe('e.g. unpaid taxes or social-insurance contributions') });
export type DepartmentObjectionRequest = z.infer<typeof DepartmentObjectionRequest>;

const ObjectionView = z.object({ id: z.number().int(), objector: z.string(), objectorKind: z.string(), grounds: z.string(), createdAt: z.string() });

export const NoticeView = z.object({
  id: z.number().int(),
  uscc: z.string(),
  enterpriseName: z.string(),
  noticeFrom: IsoDate,
  noticeTo: IsoDate.describe('The last day of the public notice (EXIT-02: 20 days; 45 before the 2021 reform)'),
  applyBy: IsoDate.describe('EXIT-04: the last day to apply after the notice'),
  noticeDays: z.number().int(),
  route: z.enum(['public-notice', 'departments']).describe('public-notice: on the public portal (EXIT-02); departments: an individual business pushed to tax and other departments (EXIT-06)'),
  state: z.enum(['in_notice', 'awaiting_application', 'deregistration_due', 'lapsed', 'objected', 'deregistered', 'withdrawn']),
  investorsCommitted: z.array(z.string()).describe('The investors who committed (names only: identity numbers are not published)'),
  objections: z.array(ObjectionView),
});
export type NoticeView = z.infer<typeof NoticeView>;
export const NoticeListResponse = z.object({ items: z.array(NoticeView) });

export const FileLiquidationRequest = LiquidationFiling;
export const OrdinaryDeregistrationRequest = z.strictObject({ report: LiquidationReport });

export const LiquidationView = z.object({
  id: z.number().int(),
  uscc: z.string(),
  enterpriseName: z.string(),
  cause: z.string(),
  leader: z.string(),
  members: z.array(z.string()).describe('Member names (identity numbers are not published)'),
  formedOn: IsoDate,
  announcedOn: IsoDate,
  claimsUntil: IsoDate.describe('Creditors declare claims until this day (Company Law 2023 Art. 235: 45 days)'),
  state: z.enum(['claims_open', 'may_deregister', 'deregistered']),
  findings: z.array(z.object({ code: z.string(), severity: z.enum(['block', 'info']), field: z.string(), zh: z.string(), en: z.string(), legalBasis: z.string() })),
});
export type LiquidationView = z.infer<typeof LiquidationView>;
export const LiquidationListResponse = z.object({ items: z.array(LiquidationView) });
