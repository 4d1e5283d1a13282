import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Form, Space, Tag, Typography, type FormInstance } from 'antd';
import type { NoticeView, StartSummaryDeregistrationRequest } from '../../../../schemas/deregistration.ts';
import { api, ApiError } from '../../api/client.ts';
import { randomUuid } from '../../api/uuid.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { withServerDetail } from '../files/serverDetail.ts';
import { maskId } from '../registration/maskId.ts';
import type { IdType } from '../registration/formModel.ts';
import { FormSection } from '../registration/FormSection.tsx';
import { idTypeLabels } from '../registration/registrationLabels.ts';
import { DECLARATION_KEYS, DECLARATIONS, type DeclarationKey } from './deregistrationLabels.ts';

export type Investor = { name: string; idType?: IdType; idNumber: string };
type Reason = { code: string; field: string; zh: string; en: string; legalBasis: string };
type Values = { commitments?: number[]; declarations?: Partial<Record<DeclarationKey, boolean>> };
type FieldData = Parameters<FormInstance<Values>['setFields']>[0][number];

/** The reasons a 422 REGISTRATION_REFUSED of summary deregistration carries (error.details.reasons), or []. */
function refusalReasons(error: unknown): Reason[] {
  if (!(error instanceof ApiError) || error.code !== 'REGISTRATION_REFUSED' || !Array.isArray(error.details?.reasons)) return [];
  return (error.details.reasons as unknown[]).filter((r): r is Reason => typeof r === 'object' && r !== null && typeof (r as Reason).zh === 'string' && typeof (r as Reason).field === 'string');
}

export type SummaryDeregistrationFormProps = {
  uscc: string;
  /** The investors of record (the particulars in force): every one commits (EXIT-01). */
  investors: Investor[];
  onStarted: (notice: NoticeView) => void;
  /** An individual business: no public notice; its case goes to tax and social insurance for 10 days (EXIT-06). */
  individual?: boolean;
};

/**
 * Starting summary deregistration (简易注销, MER Art. 33): every investor's written commitment, the ten statements
 * of EXIT-01 and EXIT-05, and what follows (a 20-day public notice anyone may object to; for an individual business
 * 10 days in which only tax and social insurance may object, EXIT-06). The server decides: a
 * statement left unticked or an investor missing comes back as a reason (422), shown and put on its checkbox.
 */
export function SummaryDeregistrationForm({ uscc, investors, onStarted, individual = false }: SummaryDeregistrationFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const localName = useLocalName();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const answerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error !== undefined) answerRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [error]);

  const submit = async (values: Values) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setReasons([]);
    const body: StartSummaryDeregistrationRequest = {
      commitments: (values.commitments ?? []).map((i) => investors[i]!).map((inv) => ({ name: inv.name, idNumber: inv.idNumber })),
      declarations: Object.fromEntries(DECLARATION_KEYS.map((k) => [k, values.declarations?.[k] === true])) as StartSummaryDeregistrationRequest['declarations'],
    };
    try {
      onStarted(await api.post<NoticeView>(`/api/enterprises/${encodeURIComponent(uscc)}/summary-deregistration`, body, { 'Idempotency-Key': idempotencyKey }));
    } catch (cause) {
      setIdempotencyKey(randomUuid());
      const refused = refusalReasons(cause);
      setError(cause);
      setReasons(refused);
      const fields: FieldData[] = [];
      for (const r of refused) {
        const [head, key] = r.field.split('.');
        if (head === 'commitments') fields.push({ name: ['commitments'], errors: [localName(r.zh, r.en)] });
        else if (head === 'declarations' && key !== undefined && key in DECLARATIONS) fields.push({ name: ['declarations', key as DeclarationKey], errors: [localName(r.zh, r.en)] });
      }
      form.setFields(fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="summaryDeregistration"
      layout="vertical"
      initialValues={{ commitments: [], declarations: Object.fromEntries(DECLARATION_KEYS.map((k) => [k, false])) }}
      onValuesChange={() => setIdempotencyKey(randomUuid())}
      onFinish={(v) => void submit(v)}
      scrollToFirstError={{ block: 'center' }}
    >
      <Alert
        type="warning"
        showIcon
        title={t(individual ? 'deregistration.form.departmentsTitle' : 'deregistration.form.noticeTitle')}
        description={t(individual ? 'deregistration.form.departmentsText' : 'deregistration.form.noticeText')}
        style={{ marginBottom: 16 }}
        data-testid="deregistration-statement"
      />
      <div ref={answerRef} aria-live="polite" style={{ scrollMarginTop: 80 }}>
        {reasons.length > 0 ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="deregistration-reasons"
            title={t('deregistration.form.refused')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {reasons.map((r, i) => (
                  <li key={`${r.field}-${i}`} data-code={r.code}>
                    <Tag>{r.code}</Tag>
                    {localName(r.zh, r.en)}
                    <div style={{ fontSize: 12, opacity: 0.8 }}>{t('deregistration.form.reasonMeta', { basis: r.legalBasis })}</div>
                  </li>
                ))}
              </ul>
            }
            style={{ marginBottom: 16 }}
          />
        ) : (
          <ErrorAlert error={withServerDetail(error)} />
        )}
      </div>
      <FormSection title={t(individual ? 'deregistration.form.operatorCommitment' : 'deregistration.form.commitments')}>
        <Typography.Paragraph type="secondary">{t(individual ? 'deregistration.form.operatorCommitmentHelp' : 'deregistration.form.commitmentsHelp')}</Typography.Paragraph>
        <Form.Item name="commitments" rules={[{ required: true, type: 'array', min: 1, message: t('deregistration.form.commitmentsRequired') }]}>
          <Checkbox.Group>
            <Space orientation="vertical">
              {investors.map((inv, i) => (
                <Checkbox key={`${inv.idNumber}-${i}`} value={i}>
                  {t('deregistration.form.commitment', { name: inv.name, idType: inv.idType ? t(idTypeLabels[inv.idType]) : '', idNumber: maskId(inv.idNumber, inv.idType) })}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      </FormSection>
      <FormSection title={t('deregistration.form.declarations')}>
        <Typography.Paragraph type="secondary">{t('deregistration.form.declarationsHelp')}</Typography.Paragraph>
        {DECLARATION_KEYS.map((key) => {
          const d = DECLARATIONS[key];
          return (
            <Form.Item key={key} name={['declarations', key]} valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox data-key={key}>
                {localName(d.zh, d.en)}
                {locale === 'en' && <div style={{ fontSize: 12, opacity: 0.75 }}>{d.zh}</div>}
              </Checkbox>
            </Form.Item>
          );
        })}
      </FormSection>
      <Button type="primary" danger size="large" htmlType="submit" loading={busy} disabled={busy}>
        {t(individual ? 'deregistration.form.submitDepartments' : 'deregistration.form.submit')}
      </Button>
    </Form>
  );
}
