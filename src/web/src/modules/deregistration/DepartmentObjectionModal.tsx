import { useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import type { DepartmentObjectionRequest, NoticeView } from '../../../../schemas/deregistration.ts';
import { api, ApiError } from '../../api/client.ts';
import { randomUuid } from '../../api/uuid.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { withServerDetail } from '../files/serverDetail.ts';

export type DepartmentObjectionModalProps = {
  /** The case objected to; the modal is open while there is one. */
  notice: NoticeView | undefined;
  onClose: () => void;
  onObjected: (notice: NoticeView) => void;
};

/**
 * A department's objection to an individual business's summary deregistration pushed to it (EXIT-06), e.g. unpaid
 * taxes or social-insurance contributions: the summary route ends. Only a department the case was pushed to may
 * object; the server's 403 says which departments those are, and is shown as it is.
 */
export function DepartmentObjectionModal({ notice, onClose, onObjected }: DepartmentObjectionModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartmentObjectionRequest>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };

  const object = async () => {
    if (!notice || busy) return;
    const { grounds } = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const body: DepartmentObjectionRequest = { grounds: grounds.trim() };
      const answer = await api.post<NoticeView>(`/api/deregistration/pushed-cases/${notice.id}/objections`, body, { 'Idempotency-Key': idempotencyKey });
      void message.success(t('deregistration.pushed.objected', { name: answer.enterpriseName }));
      form.resetFields();
      onObjected(answer);
    } catch (cause) {
      setIdempotencyKey(randomUuid());
      if (cause instanceof ApiError && cause.status === 400 && cause.field === 'grounds') form.setFields([{ name: 'grounds', errors: [cause.message] }]);
      else setError(withServerDetail(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={notice !== undefined}
      title={notice ? t('deregistration.pushed.objectTitle', { name: notice.enterpriseName }) : ''}
      okText={t('deregistration.pushed.objectSubmit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.action.cancel')}
      confirmLoading={busy}
      onOk={() => void object().catch(() => undefined)}
      onCancel={close}
    >
      <Typography.Paragraph type="secondary">{t('deregistration.pushed.objectHelp')}</Typography.Paragraph>
      <div data-testid="pushed-objection-error">
        <ErrorAlert error={error} />
      </div>
      <Form<DepartmentObjectionRequest> form={form} layout="vertical" name="department-objection" onValuesChange={() => setIdempotencyKey(randomUuid())}>
        <Form.Item
          name="grounds"
          label={t('deregistration.object.grounds')}
          extra={t('deregistration.pushed.groundsHelp')}
          rules={[{ required: true, whitespace: true, message: t('deregistration.object.required') }, { min: 5, max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
