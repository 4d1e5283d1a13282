import { watchedDueOn, type FileAction, type FileState, type FileTypeDefinition } from '../../../domain/files/index.ts';
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
  confirm_rectified: { zh: '整改已确认（告知承诺核查）', en: 'had its rectification confirmed (commitment verification)' },
  revoke: { zh: '许可决定已撤销（虚假承诺逾期未整改）', en: 'had its decision revoked (false commitment not rectified)' },
};

/** TC-02 / TC-06: what the verification of a commitment found, told to the applicant. */
const VERIFICATION_TOLD: Record<string, { zh: string; en: string }> = {
  confirmed: { zh: '承诺内容经核查属实', en: 'had its commitment verified as true' },
  false_commitment: { zh: '经核查承诺不实，请在整改期限内整改', en: 'had its commitment found false: rectify within the period' },
};

/** Notifies the applicant of a step that concerns them, and the responsible officer of an escalation. */
export async function notifyOfAction(tx: Tx, fileId: number, type: FileTypeDefinition, action: FileAction, state: FileState): Promise<void> {
  const told = action.type === 'verify_commitment' ? VERIFICATION_TOLD[action.payload.result] : TOLD_TO_APPLICANT[action.type];
  const dueOn = watchedDueOn(state) ?? state.clock.dueOn;
  const data = { fileId, action: action.type, seq: action.seq, status: state.status, dueOn };
  if (told) {
    await notify(tx, {
      accountId: state.applicantId,
      kind: `file.${action.type}`,
      messageZh: `您的办件 #${fileId}（${type.nameZh}）${told.zh}`,
      messageEn: `Your file #${fileId} (${type.nameEn}) ${told.en}`,
      data,
    });
  }
  const escalated = state.escalations.at(-1)?.dueOn ?? null;
  if (action.type === 'escalate' && state.responsibleOfficerId !== null) {
    await notify(tx, {
      accountId: state.responsibleOfficerId,
      kind: 'file.escalated',
      messageZh: `办件 #${fileId}（${type.nameZh}）临近或超过期限 ${escalated ?? ''}，已升级处理`,
      messageEn: `File #${fileId} (${type.nameEn}) is due soon or overdue (${escalated ?? ''}) and was escalated`,
      data,
    });
  }
}
