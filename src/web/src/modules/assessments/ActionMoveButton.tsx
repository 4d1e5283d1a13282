import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import type { ActionView } from '../../../../schemas/assessments.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { moveLabels } from './labels.ts';

export type Move = 'progress' | 'done' | 'verify' | 'return' | 'close';
/** The area's moves are reported with a note; a return gives its reason. */
const NOTE_REQUIRED: readonly Move[] = ['progress', 'done', 'return'];

/** One move on a follow-up action, with its note in a small dialog: the owner area's progress, or the FTZ Office's review. */
export function ActionMoveButton({ action, move, onMoved }: { action: ActionView; move: Move; onMoved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<{ note?: string }>();
  const side = move === 'progress' || move === 'done' ? 'progress' : 'review';

  const submit = async (v: { note?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const note = v.note?.trim();
      await api.post(`/api/assessment-actions/${action.id}/${side}`, { move, ...(note ? { note } : {}) });
      void message.success(t('assessmentActions.moved'));
      setOpen(false);
      form.resetFields();
      onMoved();
    } catch (cause) {
      if (cause instanceof ApiError && cause.field === 'note') form.setFields([{ name: 'note', errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" type={move === 'verify' || move === 'done' ? 'primary' : 'default'} onClick={() => setOpen(true)}>
        {t(moveLabels[move]!)}
      </Button>
      <Modal open={open} title={`${t(moveLabels[move]!)}：${action.title}`} okText={t(moveLabels[move]!)} cancelText={t('common.action.cancel')} confirmLoading={busy} onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden>
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" name={`action-${move}`} onFinish={(v) => void submit(v)}>
          <Form.Item name="note" label={t('assessmentActions.note')} rules={NOTE_REQUIRED.includes(move) ? [{ required: true, whitespace: true, message: t('assessmentActions.noteRequired') }] : []}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
