import { useState } from 'react';
import { AutoComplete, Button, Card, Form, Input } from 'antd';
import type { DivisionsResponse } from '../../../schemas/reference.ts';
import type { IssueUsccRequest, IssueUsccResponse } from '../../../schemas/uscc.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { randomUuid } from '../api/uuid.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { useLocalName } from '../i18n/useLocalName.ts';
import { IssuedCode } from '../modules/uscc/IssuedCode.tsx';

/** /uscc/issue: issue a new credit code. One Idempotency-Key per filled-in form, so a double click issues one code. */
export function UsccIssuePage() {
  const t = useT();
  const name = useLocalName();
  const [form] = Form.useForm<IssueUsccRequest>();
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const [issued, setIssued] = useState<IssueUsccResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const divisions = useApi<DivisionsResponse>('/api/reference/divisions');
  const divisionOptions = (divisions.data?.items ?? [])
    .filter((d) => d.inZone && /^\d{6}$/.test(d.code))
    .map((d) => ({ value: d.code, label: `${d.code} ${name(d.nameZh, d.nameEn)}` }));

  const submit = async (values: IssueUsccRequest) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const body: IssueUsccRequest = {
        authority: values.authority.trim().toUpperCase(),
        entityType: values.entityType.trim().toUpperCase(),
        division: values.division.trim(),
      };
      setIssued(await api.post<IssueUsccResponse>('/api/uscc/issue', body, { 'Idempotency-Key': idempotencyKey }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const another = () => {
    setIssued(undefined);
    setError(undefined);
    setIdempotencyKey(randomUuid());
  };

  return (
    <>
      <PageHeading title={t('uscc.issue.title')} description={t('uscc.issue.intro')} />
      <ErrorAlert error={error} />
      {issued ? (
        <IssuedCode issued={issued} onAnother={another} />
      ) : (
        <Card style={{ maxWidth: 560 }}>
          <Form<IssueUsccRequest>
            form={form}
            name="uscc-issue"
            layout="vertical"
            initialValues={{ authority: '9', entityType: '1', division: '500000' }}
            // A changed form is a new request: it gets a new key (the same key with other values would be refused).
            onValuesChange={() => setIdempotencyKey(randomUuid())}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item
              label={t('uscc.issue.authority')}
              name="authority"
              extra={t('uscc.issue.authorityHelp')}
              rules={[{ required: true, len: 1, message: t('uscc.issue.oneChar') }]}
            >
              <Input maxLength={1} style={{ width: 80 }} />
            </Form.Item>
            <Form.Item
              label={t('uscc.issue.entityType')}
              name="entityType"
              extra={t('uscc.issue.entityTypeHelp')}
              rules={[{ required: true, len: 1, message: t('uscc.issue.oneChar') }]}
            >
              <Input maxLength={1} style={{ width: 80 }} />
            </Form.Item>
            <Form.Item
              label={t('uscc.issue.division')}
              name="division"
              extra={t('uscc.issue.divisionHelp')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('uscc.issue.divisionInvalid') }]}
            >
              <AutoComplete options={divisionOptions} filterOption={(input, option) => (option?.label ?? '').includes(input)} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
              {t('uscc.issue.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
