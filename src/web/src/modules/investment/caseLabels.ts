import type { MessageId } from '../../i18n/zh-CN.ts';

export const kindLabels: Record<'foreign_project' | 'outbound', MessageId> = {
  foreign_project: 'investment.kind.foreign_project',
  outbound: 'investment.kind.outbound',
};

export const procedureLabels: Record<'recordation' | 'approval', MessageId> = {
  recordation: 'investment.procedure.recordation',
  approval: 'investment.procedure.approval',
};

export const reportKindLabels: Record<'status' | 'incident' | 'risk_contact', MessageId> = {
  status: 'investment.report.kind.status',
  incident: 'investment.report.kind.incident',
  risk_contact: 'investment.report.kind.risk_contact',
};
