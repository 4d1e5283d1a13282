// The one form of an establishment (一表申请; Trial Measures Art. 13): everything the register, the licence and the
// departments that follow need, filed once. Formal review (formal-review.ts) decides what happens to it.
import { z } from 'zod';

const Text = z.string().trim().min(1).max(200);
const Yuan = z.number().positive().max(1e13);
const Country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. CN, DE, HK');

export const IdType = z.enum(['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-resident-id', 'uscc', 'foreign-registration']);
export type IdType = z.infer<typeof IdType>;

export const Person = z.strictObject({
  name: Text,
  nationality: Country.default('CN'),
  idType: IdType,
  idNumber: z.string().trim().min(4).max(40),
});
export type Person = z.infer<typeof Person>;

export const ContributionForm = z.enum(['currency', 'in-kind', 'intellectual-property', 'land-use-right', 'equity', 'creditor-right']);

export const Investor = Person.extend({
  kind: z.enum(['person', 'entity']),
  subscribedYuan: Yuan.describe('认缴出资额'),
  contributionForm: ContributionForm.default('currency'),
  contributionDueOn: z.iso.date().describe('认缴出资期限: the day the contribution is paid in full'),
});
export type Investor = z.infer<typeof Investor>;

export const Officer = Person.extend({ position: z.enum(['chair', 'director', 'executive-director', 'manager', 'supervisor', 'chief-supervisor']).optional() });
export type Officer = z.infer<typeof Officer>;

export const EstablishmentLegalForm = z.enum(['limited-liability-company', 'joint-stock-company']);
export type EstablishmentLegalForm = z.infer<typeof EstablishmentLegalForm>;

export const EstablishmentForm = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('The declared name, e.g. 重庆红光科技有限公司'),
  nameReservationId: z.number().int().positive().optional().describe('The applicant’s reservation of this name (名称自主申报), if declared before'),
  legalForm: EstablishmentLegalForm,
  registeredCapitalYuan: Yuan.describe('注册资本 (subscribed)'),
  investors: z.array(Investor).min(1).max(200),
  legalRepresentative: Person.extend({ position: z.enum(['chair', 'executive-director', 'director', 'manager']) }),
  directors: z.array(Officer).min(1).max(19),
  supervisors: z.array(Officer).max(19).default([]),
  managers: z.array(Officer).max(19).default([]),
  businessScope: z.strictObject({
    itemCodes: z.array(z.string().min(1).max(20)).min(1).max(50).describe('Codes of the business-scope catalogue'),
    mainItemCode: z.string().min(1).max(20).describe('The main business; its GB/T 4754 class is the enterprise’s industry'),
  }),
  preApprovals: z
    .array(z.strictObject({ itemCode: z.string().min(1).max(20), approvalNo: Text, authority: Text }))
    .max(20)
    .default([])
    .describe('Approvals obtained before registration for pre-approval scope items'),
  domicile: z.strictObject({
    address: z.string().trim().min(6).max(200).describe('重庆市 + district + street and number'),
    commitment: z.literal(true, { error: 'the applicant must commit that the domicile is real and usable (住所申报承诺, REG-03)' }),
  }),
  contact: z.strictObject({ name: Text, phone: z.string().regex(/^[0-9+\-() ]{6,20}$/, 'a telephone number'), email: z.email().optional() }),
  /** Order No. 37 Art. 4 facts a foreign investor declares (security review); asked only when investors are foreign. */
  foreignControl: z
    .strictObject({ votingInfluence: z.boolean().optional(), acquiresActualControl: z.boolean().optional(), nearMilitaryFacility: z.boolean().optional() })
    .optional(),
  applicantId: z.number().int().positive().max(2_147_483_647).optional().describe('Window officers filing at the counter: the applicant account'),
});
export type EstablishmentForm = z.infer<typeof EstablishmentForm>;
export type EstablishmentFormInput = z.input<typeof EstablishmentForm>;

/** Foreign investors: a nationality other than CN (investors from Hong Kong, Macao and Taiwan included, FIL Regulation Art. 48). */
export function isForeign(person: { nationality: string }): boolean {
  return person.nationality !== 'CN';
}

/** The admission check's facts (NL-10 … NL-16) derived from the form instead of asked for again. */
export function foreignFacts(form: EstablishmentForm): { foreignShare: number; largestForeignInvestorShare: number; legalRepresentativeForeign: boolean } | null {
  const foreign = form.investors.filter(isForeign);
  if (foreign.length === 0) return null;
  const share = (yuan: number) => Math.round((yuan / form.registeredCapitalYuan) * 100 * 1000) / 1000;
  return {
    foreignShare: Math.min(100, share(foreign.reduce((sum, i) => sum + i.subscribedYuan, 0))),
    largestForeignInvestorShare: Math.min(100, share(Math.max(...foreign.map((i) => i.subscribedYuan)))),
    legalRepresentativeForeign: isForeign(form.legalRepresentative),
  };
}
