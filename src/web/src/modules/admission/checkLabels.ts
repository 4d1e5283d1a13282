import type { AdmissionCheckResponse } from '../../../../schemas/admission.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

type Outcome = AdmissionCheckResponse['outcome'];
type Procedure = AdmissionCheckResponse['procedure'];

export const outcomeTag: Record<Outcome, { id: MessageId; color: string }> = {
  prohibited: { id: 'admission.outcome.prohibited', color: 'red' },
  restricted: { id: 'admission.outcome.restricted', color: 'orange' },
  'not-listed': { id: 'admission.outcome.not-listed', color: 'green' },
};

/** NL-30: the procedure that follows, in words. */
export const procedureLabels: Record<Procedure, MessageId> = {
  refuse: 'admission.procedure.refuse',
  approval: 'admission.procedure.approval',
  'information-report': 'admission.procedure.information-report',
  recordation: 'admission.procedure.recordation',
};
