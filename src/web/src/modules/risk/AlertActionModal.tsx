import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { RiskAlertView } from '../../../../schemas/risk.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { actionDoneLabels, actionLabels, type AlertAction } from './riskLabels.ts';

export type PendingAction = { alert: RiskAlertView; action: AlertAction };

export type AlertActionModalProps = {
  /** The alert and the action to take; the modal is open while there is one. */
  pending: PendingAction | undefined;
  onClose: () => void;
  onDone: (updated: RiskAlertView) => void;
};

type Values = { disposal?: string; note?: string };

/**
 * Acknowledge, handle, close or reopen one alert (POST /api/risk/alerts/:id/<action>). Handling asks for the disposal
 * (处置情况, at least 5 characters, as HandleAlertRequest requires); the others take an optional note.
 */
export function AlertActionModal({ pending, onClose, onDone }: AlertActionModalProps) {
  const t = useT();
  const localName = useLocalName();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const handling = pending?.action === 'handle';

  const reset = () => {
    setError(undefined);
    form.resetFields();
  };

  const submit = async () => {
    if (!pending || busy) return;
    const values = await form.validateFields();
    const body = handling ? { disposal: values.disposal?.trim() ?? '' } : values.note?.trim() ? { note: values.note.trim() } : {};
    setBusy(true);
    setError(undefined);
    try {
      const updated = await api.post<RiskAlertView>(`/api/risk/alerts/${pending.alert.id}/${pending.action}`, body);
      void message.success(t(actionDoneLabels[pending.action], { id: updated.id }));
      reset();
      onDone(updated);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={pending !== undefined}
      title={pending ? t('risk.modal.title', { action: t(actionLabels[pending.action]), id: pending.alert.id, rule: localName(pending.alert.ruleZh, pending.alert.ruleEn) }) : ''}
      okText={pending ? t(actionLabels[pending.action]) : ''}
      cancelText={t('common.action.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => {
        reset();
        onClose();
      }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="risk-alert-action">
        {handling ? (
          <Form.Item
            name="disposal"
            label={t('risk.modal.disposal')}
            extra={t('risk.modal.disposalHelp')}
            rules={[
              {
                // Counted after trimming, as the server counts it.
                validator: (_, value: unknown) =>
                  typeof value === 'string' && value.trim().length >= 5 ? Promise.resolve() : Promise.reject(new Error(t('risk.modal.disposalMin'))),
              },
              { max: 2000 },
            ]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        ) : (
          <Form.Item name="note" label={t('risk.modal.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
