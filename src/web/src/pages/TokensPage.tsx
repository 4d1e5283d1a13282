import { useState } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import type { ApiTokenView, CreateApiTokenResponse } from '../../../schemas/auth.ts';
import { api } from '../api/client.ts';
import { errorText } from '../api/errorText.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { TokenSecretModal } from '../modules/me/TokenSecretModal.tsx';
import { TokensTable } from '../modules/me/TokensTable.tsx';

type CreateForm = { name: string };

/** /me/tokens: personal API tokens for scripts (Authorization: Bearer …). */
export function TokensPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateForm>();
  const { data, error, loading, reload } = useApi<{ items: ApiTokenView[] }>('/api/me/tokens');
  const [created, setCreated] = useState<CreateApiTokenResponse | undefined>(undefined);
  const [createError, setCreateError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const create = async ({ name }: CreateForm) => {
    setBusy(true);
    setCreateError(undefined);
    try {
      setCreated(await api.post<CreateApiTokenResponse>('/api/me/tokens', { name: name.trim() }));
      form.resetFields();
      reload();
    } catch (cause) {
      setCreateError(cause);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (id: number) => {
    try {
      await api.delete(`/api/me/tokens/${id}`);
      void message.success(t('tokens.revoke.done'));
      reload();
    } catch (cause) {
      void message.error(errorText(cause, locale, t));
    }
  };

  return (
    <>
      <PageHeading title={t('tokens.page.title')} description={t('tokens.page.intro')} />
      <ErrorAlert error={createError} />
      <Form<CreateForm> form={form} name="token-create" layout="inline" onFinish={(v) => void create(v)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item
          label={t('tokens.create.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('tokens.create.nameRequired') }, { max: 80 }]}
        >
          <Input placeholder={t('tokens.create.namePlaceholder')} style={{ minWidth: 240 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('tokens.create.submit')}
          </Button>
        </Space>
      </Form>
      <ErrorAlert error={error} onRetry={reload} />
      <TokensTable items={data?.items ?? []} loading={loading} onRevoke={(id) => void revoke(id)} />
      <TokenSecretModal created={created} onClose={() => setCreated(undefined)} />
    </>
  );
}
