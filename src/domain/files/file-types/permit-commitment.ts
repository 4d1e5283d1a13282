// A permit under notification-commitment (告知承诺制; Trial Measures Art. 14; 国办发〔2020〕42号; domain-rules §4):
// the authority's written notice is part of the type (TC-01); the applicant signs a written commitment in the form
// (TC-02, TC-07); the window officer decides on it, on the spot where possible (ALL Art. 42's 20 working days
// remain the outer limit, TIME-12); the commitment is verified after the certificate (TIME-80), a false one is
// ordered rectified (TIME-81) and, if not cured, the decision is revoked (TC-06). An applicant who made a false
// commitment may not use this type until its credit is repaired (TC-05): the service checks that at submission.
import { z } from 'zod';
import { commitmentFrom } from '../commitment.ts';
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { AreaCode, LongText, ShortText, UsccField } from './form-fields.ts';

export const PermitCommitmentForm = z.strictObject({
  permitName: ShortText.describe('The permit applied for'),
  areaCode: AreaCode,
  enterpriseUscc: UsccField.describe('USCC of the enterprise applying'),
  description: LongText.describe('Scope of the activity'),
  commitment: z.strictObject({
    /** TC-01: the applicant has read the authority's written notice of conditions, standards and consequences. */
    noticeRead: z.literal(true, 'the applicant must confirm having read the notice (TC-01)'),
    /** TC-02: the written commitment that the conditions are met. */
    statement: LongText.describe('The written commitment that the conditions are met'),
    signedBy: ShortText.describe('Who signs the commitment for the applicant'),
  }),
});
export type PermitCommitmentForm = z.infer<typeof PermitCommitmentForm>;

const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-12', certificate: 'TIME-15' });

export const permitCommitment = defineFileType({
  code: 'permit-commitment',
  nameZh: '告知承诺制许可',
  nameEn: 'Permit under notification-commitment',
  formSchema: PermitCommitmentForm,
  limits,
  departments: [],
  completionRule: { kind: 'all' },
  deemedApproval: { enabled: false }, // TIME-71
  dueSoonWorkingDays: 2,
  escalation: [
    { when: 'due_soon', do: 'notify_supervisor' },
    { when: 'overdue', do: 'notify_supervisor' },
  ],
  commitment: commitmentFrom({
    zh:
      '本事项实行告知承诺制。申请人应当符合本事项办事指南列明的许可条件和标准。申请人书面承诺已经符合条件、标准并愿意承担不实承诺的法律责任的，' +
      '审批机关依据承诺作出许可决定，并在颁证后的核查期限内对承诺内容进行核查。发现承诺不实的，责令限期整改；逾期不整改或者整改后仍不符合条件的，' +
      '依法撤销许可决定，虚假承诺情况记入信用记录并公示，申请人在信用修复前不再适用告知承诺制。申请人可以选择不适用告知承诺制，按一般程序申请。',
    en:
      'This item is handled under notification-commitment. The applicant must meet the conditions and standards listed in the item guide. ' +
      'When the applicant commits in writing that it meets them and accepts liability for a false commitment, the authority decides on the commitment ' +
      'and verifies it within the verification period after the certificate is issued. A false commitment is ordered rectified within a period; if it is ' +
      'not rectified, or the applicant still does not qualify, the decision is revoked, the false commitment is recorded in the credit file and published, ' +
      'and the applicant may not use notification-commitment again until its credit is repaired. The applicant may instead apply under the ordinary procedure.',
  }),
  transitions: standardTransitions({ limits }, { requireTasks: false, officerDecides: true, deemedApproval: false, commitment: true }),
});
