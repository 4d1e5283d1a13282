// The state of filing a registration form (establishment, individual business or change): busy, the answer (an error or the findings of a
// refusal, scrolled into view), one Idempotency-Key per attempt, the refusal's findings put on the fields they name,
// and investors' identity-document types kept fitting their kind.
import { useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import { randomUuid } from '../../api/uuid.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import type { Finding } from './FindingsAlert.tsx';
import { fitIdTypes, showRefusal } from './findingFields.ts';
import type { InvestorValues } from './formModel.ts';

type FieldName = Parameters<FormInstance['setFields']>[0][number]['name'];

export function useRegistrationFiling<Values extends object>(form: FormInstance<Values>) {
  const localName = useLocalName();
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [findings, setFindings] = useState<Finding[]>([]);
  const answerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error !== undefined || findings.length > 0) answerRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [error, findings]);

  /** Runs one filing with this attempt's key; a refusal is shown on the form and a new key is taken for the next. */
  const file = async (post: (idempotencyKey: string) => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setFindings([]);
    try {
      await post(idempotencyKey);
    } catch (cause) {
      setIdempotencyKey(randomUuid());
      setError(cause);
      setFindings(showRefusal(cause, (f) => localName(f.zh, f.en), (fields) => form.setFields(fields.map(({ name, errors }) => ({ name: name as FieldName, errors })))));
    } finally {
      setBusy(false);
    }
  };

  /** Any edit makes a new filing: a new key; an investor who changes kind gets a document type of that kind. */
  const onValuesChange = (changed: Partial<Values>) => {
    setIdempotencyKey(randomUuid());
    const fields = form as unknown as FormInstance; // paths into Form.List rows are not typed by antd
    // Only the establishment and change forms have investors; an individual business's form has none.
    const { investors } = changed as { investors?: (InvestorValues | undefined)[] };
    fitIdTypes(investors, (index) => fields.getFieldValue(['investors', index, 'idType']), (index, idType) => fields.setFieldValue(['investors', index, 'idType'], idType));
  };

  return { busy, error, findings, answerRef, file, onValuesChange };
}
