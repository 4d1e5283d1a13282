// NDRC-track approval (核准) of a sensitive outbound-investment project (Trial Measures Art. 17; NDRC Order No. 11;
// ODI-01, ODI-03): 20 working days, extendable by 10 (TIME-61). The window officer decides; opened by the investment
// feature.
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { NOTIFY_THEN_REASSIGN_TO_AREA } from './escalation-ladders.ts';
import { OutboundForm } from './investment-forms.ts';

const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-61', certificate: 'TIME-15' });

export const outboundApproval = defineFileType({
  code: 'outbound-approval',
  nameZh: '境外投资项目核准',
  nameEn: 'Approval of a sensitive outbound-investment project',
  formSchema: OutboundForm,
  limits,
  departments: ['DEVELOPMENT_REFORM'],
  completionRule: { kind: 'all' },
  deemedApproval: { enabled: false }, // TIME-71
  dueSoonWorkingDays: 3,
  escalation: NOTIFY_THEN_REASSIGN_TO_AREA,
  openedThrough: 'POST /api/investment/outbound',
  transitions: standardTransitions({ limits }, { requireTasks: false, officerDecides: true, deemedApproval: false }),
});
