// The vocabulary of summary deregistration: the notice's states, the objectors, and the declarations of EXIT-01 and
// EXIT-05 with their words (the domain's DECLARATION_KEYS, src/domain/deregistration/eligibility.ts; kept here so
// the browser bundle carries no zod). Each map is keyed by its union from the API schema: a new value is a compile error.
import type { NoticeView, ObjectionRequest, StartSummaryDeregistrationRequest } from '../../../../schemas/deregistration.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type NoticeState = NoticeView['state'];
export type ObjectorKind = ObjectionRequest['objectorKind'];
export type DeclarationKey = keyof StartSummaryDeregistrationRequest['declarations'];

export const noticeStateTags: Record<NoticeState, { id: MessageId; explainId: MessageId; color: string; alert: 'info' | 'success' | 'warning' | 'error' }> = {
  in_notice: { id: 'deregistration.state.in_notice', explainId: 'deregistration.explain.in_notice', color: 'processing', alert: 'info' },
  awaiting_application: { id: 'deregistration.state.awaiting_application', explainId: 'deregistration.explain.awaiting_application', color: 'gold', alert: 'warning' },
  deregistration_due: { id: 'deregistration.state.deregistration_due', explainId: 'deregistration.explain.deregistration_due', color: 'gold', alert: 'info' },
  lapsed: { id: 'deregistration.state.lapsed', explainId: 'deregistration.explain.lapsed', color: 'default', alert: 'warning' },
  objected: { id: 'deregistration.state.objected', explainId: 'deregistration.explain.objected', color: 'red', alert: 'error' },
  deregistered: { id: 'deregistration.state.deregistered', explainId: 'deregistration.explain.deregistered', color: 'default', alert: 'success' },
  withdrawn: { id: 'deregistration.state.withdrawn', explainId: 'deregistration.explain.withdrawn', color: 'default', alert: 'info' },
};

/**
 * An individual business's case (route 'departments', EXIT-06) is not noticed to the public: it goes to tax and social
 * insurance for 10 days and, with no objection, is deregistered directly. Its states read differently; a state not
 * listed here reads as the public notice's.
 */
export const departmentsExplainIds: Partial<Record<NoticeState, MessageId>> = {
  in_notice: 'deregistration.departments.explain.in_notice',
  objected: 'deregistration.departments.explain.objected',
  deregistration_due: 'deregistration.explain.deregistration_due',
  deregistered: 'deregistration.departments.explain.deregistered',
};

export const OBJECTOR_KINDS: readonly ObjectorKind[] = ['creditor', 'department', 'employee', 'other'];
export const objectorKindLabels: Record<ObjectorKind, MessageId> = {
  creditor: 'deregistration.object.kind.creditor',
  department: 'deregistration.object.kind.department',
  employee: 'deregistration.object.kind.employee',
  other: 'deregistration.object.kind.other',
};

/** The statements the enterprise declares, in the order of the rules; the Chinese is the wording of the rules. */
export const DECLARATIONS: Record<DeclarationKey, { code: string; zh: string; en: string }> = {
  'debts-settled': { code: 'EXIT-01', zh: '未发生债权债务或已将债权债务清偿完结', en: 'No debts incurred, or all settled' },
  'no-unpaid-costs-wages-social-insurance-taxes': {
    code: 'EXIT-01',
    zh: '不存在未结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款）',
    en: 'No unpaid liquidation costs, wages, social insurance, statutory compensation or taxes (with late fees and fines)',
  },
  'no-approval-required': { code: 'EXIT-05', zh: '注销无须依法经批准', en: 'Deregistration needs no approval by law' },
  'not-revoked-or-closed': { code: 'EXIT-05', zh: '未被吊销营业执照、责令关闭、撤销', en: 'Licence not revoked; not ordered closed; registration not cancelled' },
  'not-on-abnormal-or-serious-violation-list': { code: 'EXIT-05', zh: '未被列入经营异常名录或严重违法失信名单', en: 'Not on the abnormal-operations or serious-violation list' },
  'no-frozen-or-pledged-equity-or-chattel-mortgage': { code: 'EXIT-05', zh: '不存在股权（财产份额）被冻结、出质或者动产抵押', en: 'No frozen or pledged equity, no chattel mortgage' },
  'no-investments-in-other-entities': { code: 'EXIT-05', zh: '未对其他企业投资', en: 'Holds no investments in other entities' },
  'no-investigation-or-compulsory-measures': { code: 'EXIT-05', zh: '未被立案调查或者采取行政强制措施', en: 'Not under investigation or compulsory measures' },
  'no-pending-litigation-or-arbitration': { code: 'EXIT-05', zh: '不是正在诉讼或者仲裁程序中的当事人', en: 'Not party to pending litigation or arbitration' },
  'no-unexecuted-fine': { code: 'EXIT-05', zh: '不存在未执行完毕的行政处罚', en: 'No administrative penalty left unexecuted' },
};
export const DECLARATION_KEYS = Object.keys(DECLARATIONS) as DeclarationKey[];

/**
 * Whether a notice in this state keeps the enterprise from starting summary deregistration again: one running or
 * awaiting the application (the server refuses a second), one lapsed (the server still holds it), one objected to
 * (the summary route is closed: ordinary deregistration). Only a withdrawn notice leaves the way open.
 */
export function blocksNewNotice(state: NoticeState): boolean {
  return state !== 'withdrawn';
}
