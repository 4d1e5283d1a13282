// The question the admission check answers (domain-rules §2): an investment, on a date, in some industries.
// Routes and the CLI parse requests with this schema; checkAdmission itself takes the parsed type and does
// not run zod (it is on the hot path), so anything that reaches it must have passed through here.
import { z } from 'zod';
import { IndustryCode } from './negative-list-edition.ts';

const Percent = z.number().min(0).max(100);

/** The legal form of the enterprise the foreign investor would set up or join (NL-11, NL-12). */
export const EnterpriseForm = z.enum(['company', 'partnership', 'individual-business', 'sole-proprietorship', 'jv', 'cooperation']);
export type EnterpriseForm = z.infer<typeof EnterpriseForm>;

export const AdmissionCheckInput = z
  .strictObject({
    /** NL-01: the investment / application date; selects the edition in force. */
    date: z.iso.date(),
    /** GB/T 4754-2017 codes at any level (NL-20, NL-21); each must be in the industry table. */
    industryCodes: z.array(IndustryCode).min(1).max(20),
    /** All foreign investors together, in percent of the equity; 0 = not a foreign investment. */
    foreignShare: Percent,
    /** Informational: whether the largest shareholder is foreign (not used by any condition today). */
    largestShareholderForeign: z.boolean().optional(),
    /** The largest single foreign investor with its affiliates, in percent (SINGLE_FOREIGN_CAP, CN_RELATIVE_CONTROL). */
    largestForeignInvestorShare: Percent.optional(),
    /** Whether the legal representative is a foreign national (NATIONALITY, CN_LED); unknown counts as not. */
    legalRepresentativeForeign: z.boolean().optional(),
    form: EnterpriseForm,
  })
  .refine((i) => i.largestForeignInvestorShare === undefined || i.largestForeignInvestorShare <= i.foreignShare, {
    path: ['largestForeignInvestorShare'],
    message: 'the largest foreign investor cannot hold more than all foreign investors together',
  });
export type AdmissionCheckInput = z.infer<typeof AdmissionCheckInput>;
