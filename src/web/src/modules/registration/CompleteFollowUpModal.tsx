import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { FollowUpView } from '../../../../schemas/registration.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';

export type CompleteFollowUpModalProps = {
  /** The task to complete; the modal is open while there is one. */
  task: FollowUpView | undefined;
  onClose: () => void;
  onDone: (done: FollowUpView) => void;
};

/** Marks one of the department's follow-up tasks done (POST /api/follow-ups/:id/complete), with an optional note. */
export function CompleteFollowUpModal({ task, onClose, onDone }: CompleteFollowUpModalProps) {
  const t = useT();
  const localName = useLocalName();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const complete = async () => {
    if (!task || busy) return;
    const { note } = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const done = await api.post<FollowUpView>(`/api/follow-ups/${task.id}/complete`, note?.trim() ? { note: note.trim() } : {});
      void message.success(t('registration.followUp.completed', { task: localName(done.zh, done.en) }));
      form.resetFields();
      onDone(done);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={task !== undefined}
      title={task ? t('registration.followUp.completeTitle', { task: localName(task.zh, task.en), name: task.enterpriseName }) : ''}
      okText={t('registration.followUp.complete')}
      cancelText={t('common.action.cancel')}
      confirmLoading={busy}
      onOk={() => void complete()}
      onCancel={() => {
        setError(undefined);
        form.resetFields();
        onClose();
      }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="follow-up-complete">
        <Form.Item name="note" label={t('registration.followUp.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
