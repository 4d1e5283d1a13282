import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import type { VerifyLicenceRequest, VerifyLicenceResponse } from '../../../../schemas/licences.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';

export type VerifyJsonFormProps = {
  /** Called as a check is sent: the previous answer no longer stands. */
  onSubmit: () => void;
  onResult: (result: VerifyLicenceResponse, request: VerifyLicenceRequest) => void;
  onError: (error: unknown) => void;
};

type Values = { json: string };

/** Reads the pasted text as {document, signature}, or says in the field what is wrong with it. */
function parseSigned(text: string): { request: VerifyLicenceRequest } | { problem: string } | { shape: true } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { problem: cause instanceof Error ? cause.message : String(cause) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { shape: true };
  const { document, signature } = value as Record<string, unknown>;
  if (typeof document !== 'object' || document === null || Array.isArray(document) || typeof signature !== 'string') return { shape: true };
  return { request: { document: document as Record<string, unknown>, signature } };
}

/** The signed JSON of a licence, pasted, sent to POST /api/licences/verify. */
export function VerifyJsonForm({ onSubmit, onResult, onError }: VerifyJsonFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ json }: Values) => {
    onSubmit();
    const parsed = parseSigned(json);
    if (!('request' in parsed)) {
      const message = 'problem' in parsed ? t('licences.form.jsonInvalid', { problem: parsed.problem }) : t('licences.form.shapeInvalid');
      form.setFields([{ name: 'json', errors: [message] }]);
      return;
    }
    setBusy(true);
    try {
      onResult(await api.post<VerifyLicenceResponse>('/api/licences/verify', parsed.request), parsed.request);
    } catch (cause) {
      onError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name="licence-verify" layout="vertical" onFinish={(values) => void submit(values)}>
      <Form.Item label={t('licences.form.json')} name="json" extra={t('licences.form.jsonHelp')} rules={[{ required: true, whitespace: true, message: t('licences.form.jsonRequired') }]}>
        <Input.TextArea rows={14} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="licence-json" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('licences.form.submit')}
      </Button>
    </Form>
  );
}
