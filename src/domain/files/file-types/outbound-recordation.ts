// NDRC-track recordation (备案) of a non-sensitive outbound-investment project (Trial Measures Art. 17; NDRC Order
// No. 11; ODI-01, ODI-03): the notice of recordation within 7 working days of acceptance (TIME-60), no extension.
// The window officer decides; opened by the investment feature.
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { WARN_THEN_REASSIGN_TO_AREA } from './escalation-ladders.ts';
import { OutboundForm } from './investment-forms.ts';

const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-60', certificate: 'TIME-15' });

export const outboundRecordation = defineFileType({
  code: 'outbound-recordation',
  nameZh: '境外投资项目备案',
  nameEn: 'Recordation of an outbound-investment project',
  formSchema: OutboundForm,
  limits,
  departments: ['DEVELOPMENT_REFORM'],
  completionRule: { kind: 'all' },
  deemedApproval: { enabled: false }, // TIME-71
  dueSoonWorkingDays: 1,
  escalation: WARN_THEN_REASSIGN_TO_AREA,
  openedThrough: 'POST /api/investment/outbound',
  transitions: standardTransitions({ limits }, { requireTasks: false, officerDecides: true, deemedApproval: false }),
});
