// One-form establishment over HTTP (issue 6; Trial Measures Art. 13): filing the form, its formal review, the
// registration on the spot or after an officer's review, and the departments' follow-up tasks. The form is the
// domain's schema (src/domain/registration/establishment-form.ts).
import { z } from 'zod';
import { EstablishmentForm, IndividualBusinessForm } from '../domain/registration/index.ts';
import { IsoDate } from './common.ts';

export const CreateEstablishmentRequest = EstablishmentForm;
export type CreateEstablishmentRequest = z.input<typeof EstablishmentForm>;
export const CreateIndividualBusinessRequest = IndividualBusinessForm;
export type CreateIndividualBusinessRequest = z.input<typeof IndividualBusinessForm>;

export const FindingView = z.object({
  code: z.string().describe('The rule, e.g. CAP-02, NAME-10, DOM-01'),
  severity: z.enum(['block', 'officer', 'info']).describe('block: correct and file again; officer: an officer decides; info: recorded'),
  field: z.string().describe('The form field it is about, e.g. investors.0.contributionDueOn'),
  zh: z.string(),
  en: z.string(),
  legalBasis: z.string(),
});

export const FollowUpView = z.object({
  id: z.number().int(),
  uscc: z.string(),
  enterpriseName: z.string(),
  taskKey: z.string(),
  zh: z.string(),
  en: z.string(),
  departmentCode: z.string(),
  dueOn: IsoDate.describe('Working days from registration (reference-data/registration/follow-up-tasks.json)'),
  status: z.enum(['open', 'done']),
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

export const EstablishmentView = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['company', 'individual-business']).describe('company: the one establishment form; individual-business: 个体工商户'),
  applicantId: z.number().int(),
  status: z.enum(['registered', 'under_review', 'rejected', 'withdrawn']),
  route: z.enum(['on_the_spot', 'officer_review']).describe('on_the_spot: registered by automated formal review (REG-04)'),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  secondsToDecision: z.number().nullable().describe('From filing to registration'),
  fileId: z.number().int().nullable().describe('The market-registration file an officer decides (officer_review)'),
  fileStatus: z.string().nullable(),
  uscc: z.string().nullable(),
  findings: z.array(FindingView),
  domicile: z.object({ address: z.string(), districtCode: z.string(), districtName: z.string(), areaCode: z.string(), unitCode: z.string() }).nullable(),
  industryCode: z.string().nullable(),
  foreignInvestment: z.object({ foreignShare: z.number(), largestForeignInvestorShare: z.number(), legalRepresentativeForeign: z.boolean() }).nullable(),
  licence: z.object({ version: z.number().int(), pdf: z.string(), verify: z.string() }).nullable(),
  followUps: z.array(FollowUpView),
  form: z.record(z.string(), z.unknown()).describe('The one form as filed'),
});
export type EstablishmentView = z.infer<typeof EstablishmentView>;

export const EstablishmentListResponse = z.object({ items: z.array(EstablishmentView.omit({ form: true, followUps: true, findings: true })) });
export const FollowUpListResponse = z.object({ items: z.array(FollowUpView) });
export const CompleteFollowUpRequest = z.strictObject({ note: z.string().trim().max(500).optional() });
export const ScopeCatalogueResponse = z.object({
  items: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string(), industryCode: z.string(), kind: z.enum(['general', 'licensed', 'preApproval']) })),
});
