import type { AdmissionCheckRequest, EnterpriseForm } from '../../../../schemas/admission.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type YesNoUnknown = 'yes' | 'no' | 'unknown';

/** The self-check form's values. */
export type CheckValues = {
  date: string;
  industryCodes: string[];
  foreignShare: number | null;
  largestForeignInvestorShare?: number | null;
  legalRepresentativeForeign: YesNoUnknown;
  largestShareholderForeign: YesNoUnknown;
  form: EnterpriseForm;
};

export const enterpriseFormLabels: Record<EnterpriseForm, MessageId> = {
  company: 'admission.form.company',
  partnership: 'admission.form.partnership',
  jv: 'admission.form.jv',
  cooperation: 'admission.form.cooperation',
  'individual-business': 'admission.form.individual-business',
  'sole-proprietorship': 'admission.form.sole-proprietorship',
};
export const ENTERPRISE_FORMS = Object.keys(enterpriseFormLabels) as EnterpriseForm[];

/** The fields of the form, by the name the API gives in an error's `field` (its first segment). */
export const CHECK_FIELDS = [
  'date',
  'industryCodes',
  'foreignShare',
  'largestForeignInvestorShare',
  'legalRepresentativeForeign',
  'largestShareholderForeign',
  'form',
] as const satisfies readonly (keyof CheckValues)[];

function yesNo(value: YesNoUnknown): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** POST /api/admission/check's body; "not known" and empty optional fields are left out. */
export function checkRequest(v: CheckValues): AdmissionCheckRequest {
  const legalRep = yesNo(v.legalRepresentativeForeign);
  const largestShareholder = yesNo(v.largestShareholderForeign);
  return {
    date: v.date,
    industryCodes: v.industryCodes,
    foreignShare: v.foreignShare ?? 0,
    ...(v.largestForeignInvestorShare != null ? { largestForeignInvestorShare: v.largestForeignInvestorShare } : {}),
    ...(legalRep !== undefined ? { legalRepresentativeForeign: legalRep } : {}),
    ...(largestShareholder !== undefined ? { largestShareholderForeign: largestShareholder } : {}),
    form: v.form,
  };
}
