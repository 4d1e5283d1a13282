// Market-entity registration: on the spot, or within 3 working days, +3 for complex cases with the head's
// approval (MER Art. 19; TIME-20). The window officer decides; any department tasks started must all approve.
import { z } from 'zod';
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { WARN_THEN_REASSIGN_TO_AREA } from './escalation-ladders.ts';
import { AreaCode, ShortText } from './form-fields.ts';

export const MarketRegistrationForm = z.strictObject({
  entityName: ShortText.describe('Proposed name of the market entity'),
  entityType: z.enum(['limited_company', 'joint_stock_company', 'partnership', 'sole_proprietorship', 'branch', 'individual_business']),
  areaCode: AreaCode,
  address: ShortText.describe('Domicile or main place of business'),
  legalRepresentative: ShortText.describe('Legal representative or person in charge'),
  registeredCapitalYuan: z.number().int().positive().optional(),
  industryCode: z.string().regex(/^\d{4}$/, 'a GB/T 4754-2017 class code').describe('Main industry (class)'),
  /** Declared when foreign investors take part: the admission check runs at filing (Trial Measures Art. 12). */
  foreignInvestment: z
    .strictObject({
      foreignShare: z.number().gt(0).max(100).describe('All foreign investors together, percent of the equity'),
      largestForeignInvestorShare: z.number().gt(0).max(100).optional().describe('The largest single foreign investor with its affiliates, percent'),
      legalRepresentativeForeign: z.boolean().optional(),
      // The facts of actual control besides a share of 50% or more (Order No. 37 Art. 4 para. 2 items 2 and 3) and
      // the location ground of para. 1 item 1: the security review reads them at filing.
      votingInfluence: z.boolean().optional().describe('Order No. 37 Art. 4 para. 2 item 2: voting rights with significant influence below 50%'),
      acquiresActualControl: z.boolean().optional().describe('Art. 4 para. 2 item 3: other significant influence over decisions, personnel, finance, technology'),
      nearMilitaryFacility: z.boolean().optional().describe('Art. 4 para. 1 item 1: around military or military-industry facilities'),
    })
    .optional(),
});
export type MarketRegistrationForm = z.infer<typeof MarketRegistrationForm>;

// The correction-notice period is ALL Art. 32's (TIME-10) and the licence period ALL Art. 44's (TIME-15): whether
// MER sets its own for these steps was not checked (reference-data/procedures/README.md).
const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-20', certificate: 'TIME-15' });

export const marketRegistration = defineFileType({
  code: 'market-registration',
  nameZh: '市场主体登记',
  nameEn: 'Market-entity registration',
  formSchema: MarketRegistrationForm,
  limits,
  departments: [],
  completionRule: { kind: 'all' },
  deemedApproval: { enabled: false }, // TIME-71
  dueSoonWorkingDays: 1,
  escalation: WARN_THEN_REASSIGN_TO_AREA,
  transitions: standardTransitions({ limits }, { requireTasks: false, officerDecides: true, deemedApproval: false }),
  admissionQuestion: (form, on) => {
    const foreign = form.foreignInvestment;
    if (foreign === undefined) return null;
    return {
      date: on,
      industryCodes: [form.industryCode],
      foreignShare: foreign.foreignShare,
      ...(foreign.largestForeignInvestorShare === undefined ? {} : { largestForeignInvestorShare: foreign.largestForeignInvestorShare }),
      ...(foreign.legalRepresentativeForeign === undefined ? {} : { legalRepresentativeForeign: foreign.legalRepresentativeForeign }),
      form: ADMISSION_FORM[form.entityType],
    };
  },
  // Order No. 37 Art. 4 covers establishing an enterprise as well as acquiring one: the main industry and the
  // declared control facts are the question; the rules are src/domain/investment/security-review.ts.
  securityReviewQuestion: (form, on) => {
    const foreign = form.foreignInvestment;
    if (foreign === undefined) return null;
    const { votingInfluence, acquiresActualControl, nearMilitaryFacility } = foreign;
    return {
      date: on,
      industryCodes: [form.industryCode],
      foreignShare: foreign.foreignShare,
      ...(votingInfluence === undefined ? {} : { votingInfluence }),
      ...(acquiresActualControl === undefined ? {} : { acquiresActualControl }),
      ...(nearMilitaryFacility === undefined ? {} : { nearMilitaryFacility }),
    };
  },
});

/** The legal form the admission check asks about (NL-11, NL-12), for each entity type. */
const ADMISSION_FORM = {
  limited_company: 'company',
  joint_stock_company: 'company',
  branch: 'company',
  partnership: 'partnership',
  sole_proprietorship: 'sole-proprietorship',
  individual_business: 'individual-business',
} as const satisfies Record<MarketRegistrationForm['entityType'], string>;
