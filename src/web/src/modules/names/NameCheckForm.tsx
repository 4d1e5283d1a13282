import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import type { NameCheckRequest, NameCheckResponse } from '../../../../schemas/names.ts';
import { api, ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';
import { legalFormLabels, NAME_LEGAL_FORMS } from './nameLabels.ts';
import { invalidUscc, MAX_RELATED_USCC, NAME_FIELDS, nameCheckRequest, splitUsccList, type NameCheckValues } from './nameRequest.ts';

export type NameCheckFormProps = {
  /** Called as a check is sent: the previous answer no longer stands. */
  onSubmit: () => void;
  /** The answer, with the request it answers (a reservation sends the same). */
  onResult: (result: NameCheckResponse, request: NameCheckRequest) => void;
  /** An error that is not about one field (those are shown on the field). */
  onError: (error: unknown) => void;
};

/** The name to check: POST /api/names/check (no sign-in); a 400 naming a field is shown on that field. */
export function NameCheckForm({ onSubmit, onResult, onError }: NameCheckFormProps) {
  const t = useT();
  const [form] = Form.useForm<NameCheckValues>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: NameCheckValues) => {
    setBusy(true);
    onSubmit();
    const request = nameCheckRequest(values);
    try {
      onResult(await api.post<NameCheckResponse>('/api/names/check', request), request);
    } catch (cause) {
      const field = cause instanceof ApiError ? NAME_FIELDS.find((f) => f === cause.field?.split('.')[0]) : undefined;
      if (field && cause instanceof ApiError) form.setFields([{ name: field, errors: [cause.message] }]);
      else onError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<NameCheckValues> form={form} name="name-check" layout="vertical" onFinish={(values) => void submit(values)}>
      <Form.Item
        label={t('names.form.name')}
        name="name"
        extra={t('names.form.nameHelp')}
        rules={[
          { required: true, whitespace: true, message: t('names.form.nameRequired') },
          { max: 100 },
        ]}
      >
        <Input placeholder={t('names.form.namePlaceholder')} maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('names.form.legalForm')} name="legalForm" extra={t('names.form.legalFormHelp')}>
        <Select
          allowClear
          placeholder={t('names.form.legalFormPlaceholder')}
          options={NAME_LEGAL_FORMS.map((f) => ({ value: f, label: t(legalFormLabels[f]) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('names.form.relatedUscc')}
        name="relatedUscc"
        extra={t('names.form.relatedUsccHelp')}
        rules={[
          {
            validator: (_, v: string | undefined) => {
              const bad = invalidUscc(v);
              if (bad !== undefined) return Promise.reject(new Error(t('names.form.relatedUsccInvalid', { code: bad })));
              if (splitUsccList(v).length > MAX_RELATED_USCC) return Promise.reject(new Error(t('names.form.relatedUsccTooMany')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <Input.TextArea rows={2} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('names.form.submit')}
      </Button>
    </Form>
  );
}
