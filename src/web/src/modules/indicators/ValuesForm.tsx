import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CreateSubmissionRequest, IndicatorView, SubmissionDetail } from '../../../../schemas/indicators.ts';
import { api } from '../../api/client.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { SubmissionOutcome } from './SubmissionOutcome.tsx';
import { ValueErrorsAlert } from './ValueErrorsAlert.tsx';

type Row = { indicatorCode?: string; period?: string; value?: number; unit?: string; reason?: string };
export type ValuesFormProps = { areaCode: string; indicators: IndicatorView[]; onSubmitted: () => void };

/** Values entered item by item: POST /api/indicators/submissions; every refused item is listed with its problem. */
export function ValuesForm({ areaCode, indicators, onSubmitted }: ValuesFormProps) {
  const t = useT();
  const name = useLocalName();
  const [form] = Form.useForm<{ rows: Row[]; reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<SubmissionDetail | undefined>(undefined);
  const send = async (v: { rows: Row[]; reason?: string }) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const body: CreateSubmissionRequest = {
      areaCode,
      ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
      values: v.rows.map((r) => ({
        indicatorCode: r.indicatorCode ?? '', period: (r.period ?? '').trim(), value: r.value ?? Number.NaN,
        ...(r.unit?.trim() ? { unit: r.unit.trim() } : {}), ...(r.reason?.trim() ? { reason: r.reason.trim() } : {}),
      })),
    };
    try {
      setDone(await api.post<SubmissionDetail>('/api/indicators/submissions', body));
      form.resetFields();
      onSubmitted();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, message: t('indicators.submit.required') }];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('indicators.submit.formTitle')}</h2>} style={{ marginBottom: 16 }}>
      <ValueErrorsAlert error={error} />
      {done && <SubmissionOutcome detail={done} />}
      <Form form={form} layout="vertical" onFinish={send} initialValues={{ rows: [{}] }}>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'indicatorCode']} label={t('indicators.submit.indicator')} rules={required}>
                    <Select
                      showSearch
                      optionFilterProp="label"
                      style={{ width: 280 }}
                      options={indicators.map((i) => ({ value: i.code, label: `${name(i.nameZh, i.nameEn)}（${name(i.unit.zh, i.unit.en)}）` }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'period']} label={t('indicators.submit.period')} rules={required}>
                    <Input style={{ width: 150 }} placeholder="2024-03" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'value']} label={t('indicators.submit.value')} rules={required}>
                    <InputNumber style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unit']} label={t('indicators.submit.unit')}>
                    <Input style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} label={t('indicators.submit.reason')}>
                    <Input style={{ width: 220 }} />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" aria-label={t('indicators.submit.removeRow')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('indicators.submit.addRow')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="reason" label={t('indicators.submit.batchReason')}>
          <Input maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('indicators.submit.send')}
        </Button>
      </Form>
    </Card>
  );
}
