import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import type { AssessmentDetail, AssessorsResponse, CreateAssessmentRequest } from '../../../../schemas/assessments.ts';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { randomUuid } from '../../api/uuid.ts';
import { AREA_CODES, areaCodeLabelId } from '../../auth/roles.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { ASSESSMENT_KINDS, kindLabels } from './labels.ts';

type Values = { kind: CreateAssessmentRequest['kind']; areaCode: string; period: string; assessorId?: number };
const FIELDS = ['kind', 'areaCode', 'period', 'assessorId'] as const;

/** The FTZ Office creates an assessment of an area for a period; a third-party one may be assigned at once. */
export function NewAssessmentForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (a: AssessmentDetail) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'annual';
  const thirdParty = kind.startsWith('third_party');
  const assessors = useApi<AssessorsResponse>(open ? '/api/assessments/assessors' : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [key] = useState(randomUuid);
  const required = [{ required: true, message: t('assessments.new.required') }];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: CreateAssessmentRequest = { kind: v.kind, areaCode: v.areaCode, period: v.period.trim(), ...(thirdParty && v.assessorId ? { assessorId: v.assessorId } : {}) };
      const created = await api.post<AssessmentDetail>('/api/assessments', body, { 'Idempotency-Key': `${key}-${JSON.stringify(body)}` });
      void message.success(t('assessments.new.created'));
      form.resetFields();
      onCreated(created);
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status < 500 ? cause.field : undefined;
      if (field && (FIELDS as readonly string[]).includes(field) && cause instanceof ApiError) form.setFields([{ name: field as (typeof FIELDS)[number], errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('assessments.new.title')} okText={t('assessments.new.submit')} cancelText={t('common.action.cancel')} confirmLoading={busy} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <ErrorAlert error={error ?? assessors.error} />
      <Form<Values> form={form} name="new-assessment" layout="vertical" initialValues={{ kind: 'annual', areaCode: 'LJ' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="kind" label={t('assessments.new.kind')} rules={required}>
          <Select options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(kindLabels[k]) }))} />
        </Form.Item>
        <Form.Item name="areaCode" label={t('assessments.new.area')} rules={required}>
          <Select options={AREA_CODES.map((c) => ({ value: c, label: t(areaCodeLabelId(c)) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('assessments.new.period')} extra={t('assessments.new.periodHelp')} rules={[...required, { pattern: /^\d{4}(-H[12])?$/, message: t('assessments.new.periodHelp') }]}>
          <Input style={{ maxWidth: 160 }} />
        </Form.Item>
        {thirdParty && (
          <Form.Item name="assessorId" label={t('assessments.new.assessor')} extra={t('assessments.new.assessorHelp')}>
            <Select allowClear loading={assessors.loading} options={(assessors.data?.items ?? []).map((a) => ({ value: a.id, label: a.displayName }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
