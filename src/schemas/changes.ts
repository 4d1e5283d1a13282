// Change registration over HTTP (变更登记, MER Art. 24; issue 6) and an enterprise's register history. The request is
// the domain's schema (src/domain/registration/change-request.ts).
import { z } from 'zod';
import { ChangeRequest, CHANGE_FIELDS } from '../domain/registration/index.ts';
import { IsoDate } from './common.ts';
import { FindingView } from './registration.ts';

export const CreateChangeRequest = ChangeRequest;
export type CreateChangeRequest = z.input<typeof ChangeRequest>;

const ChangeField = z.enum(CHANGE_FIELDS);

export const ChangeView = z.object({
  id: z.number().int(),
  uscc: z.string(),
  applicantId: z.number().int(),
  status: z.enum(['registered', 'under_review', 'rejected']),
  route: z.enum(['on_the_spot', 'officer_review']).describe('on_the_spot: applied by automated formal review (REG-04)'),
  kind: z.enum(['change', 'filing']).describe('change: a registration item changes (MER Art. 8); filing: only directors, supervisors or managers (备案, Art. 9)'),
  changedFields: z.array(ChangeField).describe('The particulars whose value changes'),
  registrationItems: z.array(ChangeField),
  filings: z.array(ChangeField),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  fileId: z.number().int().nullable().describe('The market-registration file an officer decides (officer_review)'),
  fileStatus: z.string().nullable(),
  licenceVersion: z.number().int().nullable().describe('The licence version the change issued; null when no licence field changed'),
  findings: z.array(FindingView),
  changes: z.record(z.string(), z.unknown()).describe('The changed particulars as filed'),
});
export type ChangeView = z.infer<typeof ChangeView>;

export const ChangeListResponse = z.object({ items: z.array(ChangeView.omit({ findings: true, changes: true })) });
export type ChangeListResponse = z.infer<typeof ChangeListResponse>;

export const RegisterEntryView = z.object({
  id: z.number().int(),
  kind: z.enum(['establishment', 'change', 'filing', 'deregistration']),
  summary: z.record(z.string(), z.unknown()).describe('What the entry records, e.g. the changed particulars and the former name'),
  recordedAt: z.string(),
});
export type RegisterEntryView = z.infer<typeof RegisterEntryView>;
export const RegisterEntryListResponse = z.object({ items: z.array(RegisterEntryView) });
export type RegisterEntryListResponse = z.infer<typeof RegisterEntryListResponse>;

/** 章程备案 (MER Art. 9): the articles of association as adopted, or an amendment, filed with the register. */
export const FileArticlesRequest = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('File name, e.g. 公司章程.pdf'),
  mediaType: z.enum(['application/pdf', 'application/ofd', 'image/png', 'image/jpeg']).describe('PDF, OFD, PNG or JPEG'),
  contentBase64: z.string().min(1).max(7_000_000).describe('The signed articles, base64; at most 5 MB decoded'),
  adoptedOn: IsoDate.describe('The day the shareholders adopted these articles (or the amendment)'),
});
export type FileArticlesRequest = z.infer<typeof FileArticlesRequest>;

export const ArticlesFilingView = z.object({
  id: z.number().int(),
  uscc: z.string(),
  name: z.string(),
  mediaType: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  adoptedOn: IsoDate,
  amendment: z.boolean().describe('false for the first filing; true for every later one'),
  inForce: z.boolean().describe('The newest filing is in force'),
  filedAt: z.string(),
  download: z.string(),
});
export type ArticlesFilingView = z.infer<typeof ArticlesFilingView>;
export const ArticlesFilingListResponse = z.object({ items: z.array(ArticlesFilingView) });
