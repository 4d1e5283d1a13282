import { useState } from 'react';
import { App, Button, Form, Input, Select } from 'antd';
import type { CreateReportRequest, InvestmentReportView } from '../../../../schemas/investment.ts';
import { api, ApiError } from '../../api/client.ts';
import { randomUuid } from '../../api/uuid.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { reportKindLabels } from './caseLabels.ts';

type Kind = 'status' | 'incident' | 'risk_contact';
type Values = { kind: Kind; period?: string; body?: string; contact?: { name?: string; phone?: string; country?: string } };

/** Appends a post-investment report to an outbound case: status (with period), incident, or the risk contact. */
export function ReportForm({ caseId, onAdded }: { caseId: number; onAdded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'status';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [key, setKey] = useState(randomUuid);
  const required = [{ required: true, message: t('investment.new.required') }];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    const body: CreateReportRequest =
      v.kind === 'risk_contact'
        ? { kind: v.kind, contact: { name: v.contact?.name?.trim() ?? '', phone: v.contact?.phone?.trim() ?? '', country: (v.contact?.country ?? '').toUpperCase() } }
        : { kind: v.kind, body: v.body?.trim() ?? '', ...(v.kind === 'status' ? { period: v.period?.trim() ?? '' } : {}) };
    try {
      await api.post<InvestmentReportView>(`/api/investment/cases/${caseId}/reports`, body, { 'Idempotency-Key': key });
      void message.success(t('investment.report.added'));
      form.resetFields();
      setKey(randomUuid());
      onAdded();
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status === 400 ? cause.field : undefined;
      const path = field === 'period' || field === 'body' ? [field] : field?.startsWith('contact.') ? ['contact', field.split('.')[1]!] : undefined;
      if (path && cause instanceof ApiError) form.setFields([{ name: path as Parameters<typeof form.setFields>[0][number]['name'], errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name="investment-report" layout="vertical" initialValues={{ kind: 'status' }} onValuesChange={() => setKey(randomUuid())} onFinish={(v) => void submit(v)}>
      <ErrorAlert error={error} />
      <Form.Item name="kind" label={t('investment.report.kind')} rules={required}>
        <Select style={{ maxWidth: 240 }} options={(Object.keys(reportKindLabels) as Kind[]).map((k) => ({ value: k, label: t(reportKindLabels[k]) }))} />
      </Form.Item>
      {kind === 'status' && (
        <Form.Item
          name="period"
          label={t('investment.report.period')}
          extra={t('investment.report.periodHelp')}
          rules={[...required, { pattern: /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, message: t('investment.report.periodHelp') }]}
        >
          <Input style={{ maxWidth: 200 }} />
        </Form.Item>
      )}
      {kind !== 'risk_contact' ? (
        <Form.Item name="body" label={t('investment.report.body')} rules={required}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name={['contact', 'name']} label={t('investment.report.contactName')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name={['contact', 'phone']} label={t('investment.report.contactPhone')} rules={[...required, { pattern: /^\+?[0-9][0-9 ()-]{4,29}$/ }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name={['contact', 'country']}
            label={t('investment.report.contactCountry')}
            normalize={(v: string) => v.toUpperCase()}
            rules={[...required, { pattern: /^[A-Z]{2}$/, message: t('investment.form.countryInvalid') }]}
          >
            <Input maxLength={2} style={{ maxWidth: 120 }} />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
        {t('investment.report.add')}
      </Button>
    </Form>
  );
}
