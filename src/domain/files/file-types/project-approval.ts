// Approval (核准) of a foreign-funded investment project by the development and reform authority, when a configured
// rule of reference-data/investment/project-rules.json applies (Trial Measures Art. 12; 企业投资项目核准和备案管理条例
// Art. 10; TIME-62): 20 working days, extendable by at most 40 with the approval of the authority's principal head.
// The window officer decides (一窗受理, the decision transmitted from the authority); opened by the investment feature.
import { defineFileType, limitsFrom } from '../file-type.ts';
import { standardTransitions } from '../standard-transitions.ts';
import { NOTIFY_THEN_REASSIGN_TO_AREA } from './escalation-ladders.ts';
import { ProjectApprovalForm } from './investment-forms.ts';

const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-62', certificate: 'TIME-15' });

export const projectApproval = defineFileType({
  code: 'project-approval',
  nameZh: '外商投资项目核准',
  nameEn: 'Approval of a foreign-funded investment project',
  formSchema: ProjectApprovalForm,
  limits,
  departments: ['DEVELOPMENT_REFORM'],
  completionRule: { kind: 'all' },
  deemedApproval: { enabled: false }, // TIME-71
  dueSoonWorkingDays: 3,
  escalation: NOTIFY_THEN_REASSIGN_TO_AREA,
  openedThrough: 'POST /api/investment/projects',
  transitions: standardTransitions({ limits }, { requireTasks: false, officerDecides: true, deemedApproval: false }),
});
