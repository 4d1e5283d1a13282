import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import type { SetAttractionTaskRequest } from '../../../../schemas/projects.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';

export type TaskFormProps = {
  areaLabel: string;
  areaCode: string;
  year: number;
  /** The FTZ Office sets (approved at once); an area officer proposes. */
  sets: boolean;
  initial: SetAttractionTaskRequest | undefined;
  onClose: (saved: boolean) => void;
};

/** The area's investment-attraction task for the year: projects to sign and their investment (Plan V.(II)). */
export function TaskForm({ areaLabel, areaCode, year, sets, initial, onClose }: TaskFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetAttractionTaskRequest>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await api.put(`/api/attraction-tasks/${areaCode}/${year}`, { ...v, note: v.note || undefined });
      void message.success(t(sets ? 'projects.tasks.setDone' : 'projects.tasks.proposeDone'));
      onClose(true);
    } catch (cause) {
      const field = cause instanceof ApiError ? cause.field : undefined;
      if (field === 'targetCount' || field === 'targetInvestmentYuan') form.setFields([{ name: field, errors: [(cause as ApiError).message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t(sets ? 'projects.tasks.setTitle' : 'projects.tasks.proposeTitle', { area: areaLabel, year })} onOk={() => void save()} confirmLoading={busy} onCancel={() => onClose(false)} okText={t(sets ? 'projects.tasks.set' : 'projects.tasks.propose')}>
      <ErrorAlert error={error} />
      <Form<SetAttractionTaskRequest> form={form} layout="vertical" name="attraction-task" initialValues={initial}>
        <Form.Item name="targetCount" label={t('projects.tasks.targetCount')} rules={[{ required: true, message: t('projects.form.required') }]}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="targetInvestmentYuan" label={t('projects.tasks.targetInvestment')} rules={[{ required: true, message: t('projects.form.required') }]}>
          <InputNumber min={0} precision={0} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="note" label={t('projects.form.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
