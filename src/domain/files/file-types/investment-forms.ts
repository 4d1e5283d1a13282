// The forms of the investment procedures (project-approval, outbound-recordation, outbound-approval). The
// investment feature opens these files from an investment case: each form carries the case id and the key
// facts the officer decides on; the full classification stays with the case (GET /api/investment/cases/:id).
import { z } from 'zod';
import { IndustryCode } from '../../admission/negative-list-edition.ts';
import { AreaCode, ShortText } from './form-fields.ts';

const CaseId = z.number().int().positive().max(2_147_483_647).describe('The investment case this file decides (investment_cases.id)');
const IndustryCodes = z.array(IndustryCode).min(1).max(20).describe('GB/T 4754-2017 codes of the project');
const Percent = z.number().min(0).max(100);

/** 外商投资项目核准: a foreign-funded project that a configured rule sends to approval. */
export const ProjectApprovalForm = z.strictObject({
  caseId: CaseId,
  projectName: ShortText.describe('Project name'),
  areaCode: AreaCode,
  industryCodes: IndustryCodes,
  totalInvestmentYuan: z.number().min(0).describe('Total investment in yuan'),
  totalInvestmentUsd: z.number().min(0).optional().describe('Total investment in US dollars, where a rule has a USD threshold'),
  foreignShare: Percent.describe('All foreign investors together, percent of the equity'),
  ruleId: z.string().regex(/^PRJ-[A-Z0-9-]+$/).describe('The approval rule that decides (reference-data/investment/project-rules.json)'),
  authority: z.enum(['STATE_COUNCIL', 'NDRC', 'CQ_DRC']).describe('Who approves under that rule'),
  securityReviewFlagged: z.boolean().describe('The case is flagged for national security review (Order No. 37 Art. 4)'),
});
export type ProjectApprovalForm = z.infer<typeof ProjectApprovalForm>;

/** 境外投资项目备案 / 核准 on the NDRC track; the MOFCOM track's answer is carried for the officer. */
export const OutboundForm = z.strictObject({
  caseId: CaseId,
  projectName: ShortText.describe('Project name'),
  areaCode: AreaCode,
  industryCodes: IndustryCodes,
  investorKind: z.enum(['central', 'local']).describe('Centrally managed enterprise or local enterprise'),
  chineseInvestmentUsd: z.number().min(0).describe('中方投资额 in US dollars'),
  countryCode: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2 code of the destination'),
  sensitive: z.boolean().describe('ODI-01: a sensitive country/region or industry'),
  ndrc: z.strictObject({ tierId: z.string().min(1), authority: z.enum(['NDRC', 'CQ_DRC']) }),
  mofcom: z.strictObject({ tierId: z.string().min(1), procedure: z.enum(['approval', 'recordation']), authority: z.enum(['MOFCOM', 'CQ_COMMERCE']) }),
});
export type OutboundForm = z.infer<typeof OutboundForm>;
