// A permit decided by one department: 20 working days extendable by 10 with the head's approval (ALL Art. 42
// para. 1; TIME-12); completion 'any' over its task.
import { z } from 'zod';
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { NOTIFY_THEN_REASSIGN_TO_AREA } from './escalation-ladders.ts';
import { AreaCode, LongText, ShortText, UsccField } from './form-fields.ts';

export const PermitSingleForm = z.strictObject({
  permitName: ShortText.describe('The permit applied for'),
  areaCode: AreaCode,
  enterpriseUscc: UsccField.describe('USCC of the enterprise applying'),
  description: LongText.describe('Scope of the activity'),
});
export type PermitSingleForm = z.infer<typeof PermitSingleForm>;

const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-12', certificate: 'TIME-15' });

export const permitSingle = defineFileType({
  code: 'permit-single',
  nameZh: '单部门许可',
  nameEn: 'Permit from a single department',
  formSchema: PermitSingleForm,
  limits,
  departments: ['COMMERCE'],
  completionRule: { kind: 'any' },
  deemedApproval: { enabled: false }, // TIME-71
  dueSoonWorkingDays: 2,
  escalation: NOTIFY_THEN_REASSIGN_TO_AREA,
  transitions: standardTransitions({ limits }, { requireTasks: true, officerDecides: false, deemedApproval: false }),
});
