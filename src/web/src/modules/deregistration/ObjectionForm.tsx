import { useState } from 'react';
import { Button, Form, Input, Radio, Space } from 'antd';
import type { NoticeView, ObjectionRequest } from '../../../../schemas/deregistration.ts';
import { api } from '../../api/client.ts';
import { randomUuid } from '../../api/uuid.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { withServerDetail } from '../files/serverDetail.ts';
import { OBJECTOR_KINDS, objectorKindLabels } from './deregistrationLabels.ts';

export type ObjectionFormProps = {
  notice: NoticeView;
  onObjected: (notice: NoticeView) => void;
  onCancel: () => void;
};

/** 提出异议 (EXIT-03): anyone, signed in or not, objects to a running notice with who they are and why. */
export function ObjectionForm({ notice, onObjected, onCancel }: ObjectionFormProps) {
  const t = useT();
  const [form] = Form.useForm<ObjectionRequest>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const required = { required: true, whitespace: true, message: t('deregistration.object.required') };

  const submit = async (values: ObjectionRequest) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const body: ObjectionRequest = { objector: values.objector.trim(), objectorKind: values.objectorKind, contact: values.contact.trim(), grounds: values.grounds.trim() };
      onObjected(await api.post<NoticeView>(`/api/public/deregistration-notices/${notice.id}/objections`, body, { 'Idempotency-Key': idempotencyKey }));
    } catch (cause) {
      setIdempotencyKey(randomUuid());
      setError(withServerDetail(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ObjectionRequest>
      form={form}
      name={`objection-${notice.id}`}
      layout="vertical"
      initialValues={{ objectorKind: 'creditor' }}
      onValuesChange={() => setIdempotencyKey(randomUuid())}
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 720 }}
      aria-label={t('deregistration.object.heading', { name: notice.enterpriseName })}
    >
      <ErrorAlert error={error} />
      <Form.Item name="objector" label={t('deregistration.object.objector')} rules={[required, { max: 200 }]}>
        <Input maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item name="objectorKind" label={t('deregistration.object.kind')} rules={[{ required: true, message: t('deregistration.object.required') }]}>
        <Radio.Group options={OBJECTOR_KINDS.map((k) => ({ value: k, label: t(objectorKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="contact" label={t('deregistration.object.contact')} extra={t('deregistration.object.contactHelp')} rules={[required, { min: 3, max: 200 }]}>
        <Input maxLength={200} autoComplete="tel" />
      </Form.Item>
      <Form.Item name="grounds" label={t('deregistration.object.grounds')} extra={t('deregistration.object.groundsHelp')} rules={[required, { min: 5, max: 2000 }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
          {t('deregistration.object.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.action.cancel')}</Button>
      </Space>
    </Form>
  );
}
