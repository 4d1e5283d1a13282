import { useEffect, useState } from 'react';
import { Form, Input, Modal, Radio } from 'antd';
import type { CalendarOverride } from '../../../../schemas/calendar.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { isIsoDate } from '../calendar/dates.ts';

type OverrideForm = { date: string; workday: boolean; name?: string; reason: string; noticeUrl?: string };

export type OverrideModalProps = {
  open: boolean;
  /** The override being replaced, or undefined for a new one. */
  initial: CalendarOverride | undefined;
  onClose: () => void;
  onSaved: (date: string) => void;
};

/** Add or replace one day override: PUT /api/calendar/overrides/:date. */
export function OverrideModal({ open, initial, onClose, onSaved }: OverrideModalProps) {
  const t = useT();
  const [form] = Form.useForm<OverrideForm>();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    form.setFieldsValue(
      initial
        ? { date: initial.date, workday: initial.workday, name: initial.name ?? '', reason: initial.reason, noticeUrl: initial.noticeUrl ?? '' }
        : { workday: false },
    );
  }, [open, initial, form]);

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await api.put(`/api/calendar/overrides/${values.date}`, {
        workday: values.workday,
        name: values.name?.trim() ? values.name.trim() : undefined,
        reason: values.reason.trim(),
        noticeUrl: values.noticeUrl?.trim() ? values.noticeUrl.trim() : undefined,
      });
      onSaved(values.date);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={initial ? t('calendarAdmin.modal.editTitle', { date: initial.date }) : t('calendarAdmin.modal.addTitle')}
      okText={t('common.action.save')}
      cancelText={t('common.action.cancel')}
      confirmLoading={busy}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<OverrideForm> form={form} name="override" layout="vertical">
        <Form.Item
          label={t('calendarAdmin.form.date')}
          name="date"
          rules={[
            { required: true, message: t('calendarAdmin.form.dateRequired') },
            { validator: (_, v: string) => (!v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error(t('calendar.due.fromInvalid')))) },
          ]}
        >
          <Input type="date" disabled={initial !== undefined} />
        </Form.Item>
        <Form.Item label={t('calendarAdmin.form.workday')} name="workday" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: false, label: t('calendarAdmin.workday.no') },
              { value: true, label: t('calendarAdmin.workday.yes') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('calendarAdmin.form.name')} name="name" rules={[{ max: 80 }]}>
          <Input placeholder={t('calendarAdmin.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('calendarAdmin.form.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('calendarAdmin.form.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('calendarAdmin.form.noticeUrl')} name="noticeUrl" rules={[{ type: 'url', message: t('calendarAdmin.form.urlInvalid') }]}>
          <Input type="url" placeholder="https://www.gov.cn/…" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
