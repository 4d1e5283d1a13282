import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Switch } from 'antd';
import type { EvaluationOutcomeSchema, ReformStatusRequest, ReformTaskDetail } from '../../../../schemas/reform.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { outcomeLabels, reformStatusLabels } from './labels.ts';

type Target = ReformStatusRequest['to'];
type Values = { to: Target; note?: string; outcome?: EvaluationOutcomeSchema; summary?: string; risksControllable?: boolean; evaluator?: string };

/**
 * The FTZ Office moves a task: start the pilot, record its evaluation (effective or partly effective), record a
 * failure (not effective: tolerated without penalty, Trial Measures Art. 5), or close it with the reason.
 */
export function StatusMoveForm({ task, onMoved }: { task: ReformTaskDetail; onMoved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const to = Form.useWatch('to', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const evaluating = to === 'evaluated' || to === 'failed';
  const required = [{ required: true, whitespace: true, message: t('reform.new.required') }];
  const outcomes: EvaluationOutcomeSchema[] = to === 'failed' ? ['not_effective'] : ['effective', 'partly_effective'];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: ReformStatusRequest = {
        to: v.to,
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(evaluating ? { evaluation: { outcome: v.outcome ?? outcomes[0]!, summary: v.summary ?? '', risksControllable: v.risksControllable ?? false, evaluator: v.evaluator ?? '' } } : {}),
      };
      await api.post(`/api/reform/tasks/${task.id}/status`, body);
      void message.success(t('reform.move.moved'));
      form.resetFields();
      onMoved();
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status === 400 ? cause.field?.replace(/^evaluation\./, '') : undefined;
      if (cause instanceof ApiError && (field === 'note' || field === 'outcome' || field === 'summary' || field === 'evaluator')) form.setFields([{ name: field, errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  if (task.nextStatuses.length === 0) return null;
  return (
    <Form<Values> form={form} name="reform-status" layout="vertical" initialValues={{ risksControllable: true }} onFinish={(v) => void submit(v)}>
      <ErrorAlert error={error} />
      <Form.Item name="to" label={t('reform.move.to')} rules={[{ required: true, message: t('reform.new.required') }]}>
        <Select style={{ maxWidth: 280 }} options={task.nextStatuses.map((s) => ({ value: s, label: t(reformStatusLabels[s]) }))} onChange={() => form.setFieldValue('outcome', undefined)} />
      </Form.Item>
      {evaluating && (
        <>
          <Space wrap>
            <Form.Item name="outcome" label={t('reform.detail.outcome')} rules={[{ required: true, message: t('reform.new.required') }]}>
              <Select style={{ minWidth: 160 }} options={outcomes.map((o) => ({ value: o, label: t(outcomeLabels[o]) }))} />
            </Form.Item>
            <Form.Item name="evaluator" label={t('reform.detail.evaluator')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="risksControllable" label={t('reform.detail.risksControllable')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item name="summary" label={t('reform.detail.summary')} rules={required}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('reform.move.note')} rules={to === 'closed' ? [{ required: true, whitespace: true, message: t('reform.move.noteClose') }] : []}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('reform.move.submit')}
      </Button>
    </Form>
  );
}
