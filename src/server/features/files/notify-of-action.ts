import type { FileAction, FileState, FileTypeDefinition } from '../../../domain/files/index.ts';
import type { Tx } from '../../db/database.ts';
import { notify } from '../notifications/service.ts';

/** Actions the applicant is told about: what the authority did that changes what they must do or expect. */
const TOLD_TO_APPLICANT: Record<string, { zh: string; en: string }> = {
  accept: { zh: '已受理', en: 'was accepted' },
  deem_accepted: { zh: '视为受理（《行政许可法》第三十二条）', en: 'is deemed accepted (ALL Art. 32)' },
  request_correction: { zh: '需要补正材料（一次性告知）', en: 'needs more materials (one consolidated notice)' },
  approve: { zh: '已准予许可', en: 'was approved' },
  deem_approved: { zh: '视为准予', en: 'is deemed approved' },
  reject: { zh: '不予许可', en: 'was refused' },
  extend: { zh: '办理期限已延长', en: 'had its time limit extended' },
  pause: { zh: '计时已暂停', en: 'had its clock paused' },
  resume: { zh: '计时已恢复', en: 'had its clock resumed' },
  issue_certificate: { zh: '证照已颁发', en: 'had its certificate issued' },
};

/** Notifies the applicant of a step that concerns them, and the responsible officer of an escalation. */
export async function notifyOfAction(tx: Tx, fileId: number, type: FileTypeDefinition, action: FileAction, state: FileState): Promise<void> {
  const told = TOLD_TO_APPLICANT[action.type];
  const data = { fileId, action: action.type, seq: action.seq, status: state.status, dueOn: state.clock.dueOn };
  if (told) {
    await notify(tx, {
      accountId: state.applicantId,
      kind: `file.${action.type}`,
      messageZh: `您的办件 #${fileId}（${type.nameZh}）${told.zh}`,
      messageEn: `Your file #${fileId} (${type.nameEn}) ${told.en}`,
      data,
    });
  }
  if (action.type === 'escalate' && state.responsibleOfficerId !== null) {
    await notify(tx, {
      accountId: state.responsibleOfficerId,
      kind: 'file.escalated',
      messageZh: `办件 #${fileId}（${type.nameZh}）临近或超过办理期限 ${state.clock.dueOn ?? ''}，已升级处理`,
      messageEn: `File #${fileId} (${type.nameEn}) is due soon or overdue (${state.clock.dueOn ?? ''}) and was escalated`,
      data,
    });
  }
}
