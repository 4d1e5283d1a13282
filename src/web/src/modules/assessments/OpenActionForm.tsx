import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AssessmentDetail, CreateActionRequest } from '../../../../schemas/assessments.ts';
import { api, ApiError } from '../../api/client.ts';
import { AREA_CODES, areaCodeLabelId } from '../../auth/roles.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { findingLabels } from './labels.ts';

type Values = { title: string; findingId?: number; ownerAreaCode: string; dueOn: Dayjs };

/** The FTZ Office opens a follow-up action with an owner area and a due date, for a finding of the assessment. */
export function OpenActionForm({ detail, onOpened }: { detail: AssessmentDetail; onOpened: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const required = [{ required: true, message: t('assessments.new.required') }];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: CreateActionRequest = { title: v.title.trim(), ownerAreaCode: v.ownerAreaCode, dueOn: v.dueOn.format('YYYY-MM-DD'), ...(v.findingId ? { findingId: v.findingId } : {}) };
      await api.post(`/api/assessments/${detail.id}/actions`, body);
      void message.success(t('assessments.actions.opened'));
      form.resetFields();
      onOpened();
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status === 400 ? cause.field : undefined;
      if (cause instanceof ApiError && (field === 'title' || field === 'findingId' || field === 'ownerAreaCode' || field === 'dueOn')) form.setFields([{ name: field, errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name="open-action" layout="vertical" initialValues={{ ownerAreaCode: detail.areaCode }} onFinish={(v) => void submit(v)} style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      <Form.Item name="title" label={t('assessments.actions.titleField')} rules={[...required, { whitespace: true, message: t('assessments.new.required') }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="findingId" label={t('assessments.actions.finding')}>
          <Select allowClear style={{ minWidth: 260 }} options={detail.findings.map((f) => ({ value: f.id, label: `${t(findingLabels[f.kind])}：${f.text.slice(0, 40)}` }))} />
        </Form.Item>
        <Form.Item name="ownerAreaCode" label={t('assessments.actions.owner')} rules={required}>
          <Select style={{ minWidth: 140 }} options={AREA_CODES.map((c) => ({ value: c, label: t(areaCodeLabelId(c)) }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('assessments.actions.dueOn')} rules={required}>
          <DatePicker />
        </Form.Item>
      </Space>
      <div>
        <Button htmlType="submit" loading={busy}>
          {t('assessments.actions.open')}
        </Button>
      </div>
    </Form>
  );
}
