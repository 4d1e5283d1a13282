// A permit under optimised approval handled by several departments in parallel (并联审批, Trial Measures Art. 14):
// joint handling, 45 working days extendable by 15 (ALL Art. 42 para. 2 with Art. 26; TIME-13).
import { z } from 'zod';
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { NOTIFY_THEN_REASSIGN_TO_AREA } from './escalation-ladders.ts';
import { AreaCode, LongText, ShortText, UsccField } from './form-fields.ts';

export const PermitParallelForm = z.strictObject({
  projectName: ShortText.describe('Project name'),
  areaCode: AreaCode,
  enterpriseUscc: UsccField.describe('USCC of the enterprise applying'),
  description: LongText.describe('What is to be built or done'),
  investmentYuan: z.number().int().positive().optional().describe('Total investment in yuan'),
});
export type PermitParallelForm = z.infer<typeof PermitParallelForm>;

const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-13', certificate: 'TIME-15' });

export const permitParallel = defineFileType({
  code: 'permit-parallel',
  nameZh: '并联审批许可',
  nameEn: 'Permit under parallel approval',
  formSchema: PermitParallelForm,
  limits,
  departments: ['PLANNING_NATURAL_RESOURCES', 'HOUSING_CONSTRUCTION', 'ECOLOGY_ENVIRONMENT'],
  completionRule: { kind: 'all' },
  deemedApproval: { enabled: false }, // TIME-71: no general deemed approval of a new licence
  dueSoonWorkingDays: 2,
  escalation: NOTIFY_THEN_REASSIGN_TO_AREA,
  transitions: standardTransitions({ limits }, { requireTasks: true, officerDecides: false, deemedApproval: false }),
});
