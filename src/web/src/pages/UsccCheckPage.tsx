import { useState } from 'react';
import { Button, Form, Input, Space, Typography } from 'antd';
import type { UsccCheckResponse } from '../../../schemas/uscc.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { UsccResultsList } from '../modules/uscc/UsccResultsList.tsx';

type CheckForm = { codes: string };

const MAX_CODES = 1000;

function splitCodes(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** /uscc: check one or many Unified Social Credit Codes (GB 32100-2015). Open to the public. */
export function UsccCheckPage() {
  const t = useT();
  const [response, setResponse] = useState<UsccCheckResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async ({ codes }: CheckForm) => {
    setBusy(true);
    setError(undefined);
    try {
      setResponse(await api.post<UsccCheckResponse>('/api/uscc/check', { codes: splitCodes(codes) }));
    } catch (cause) {
      setResponse(undefined);
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const summary = response
    ? t('uscc.check.summary', {
        total: response.results.length,
        valid: response.results.filter((r) => r.valid).length,
      })
    : '';

  return (
    <>
      <PageHeading title={t('uscc.check.title')} description={t('uscc.check.intro')} />
      <Form<CheckForm> name="uscc-check" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          label={t('uscc.check.codes')}
          name="codes"
          extra={t('uscc.check.codesHelp', { max: MAX_CODES })}
          rules={[
            { required: true, whitespace: true, message: t('uscc.check.codesRequired') },
            {
              validator: (_, v: string | undefined) =>
                splitCodes(v ?? '').length <= MAX_CODES
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('uscc.check.tooMany', { max: MAX_CODES }))),
            },
          ]}
        >
          <Input.TextArea rows={6} spellCheck={false} style={{ fontFamily: 'monospace' }} placeholder="91500000MA5U0XXXXX" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('uscc.check.submit')}
          </Button>
        </Space>
      </Form>
      <section aria-live="polite" style={{ marginTop: 24 }}>
        <ErrorAlert error={error} />
        {response && (
          <>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('uscc.check.results')}
            </Typography.Title>
            <Typography.Paragraph>{summary}</Typography.Paragraph>
            <UsccResultsList results={response.results} />
          </>
        )}
      </section>
    </>
  );
}
