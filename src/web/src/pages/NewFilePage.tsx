import { useState } from 'react';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { CreateFileRequest, FileView } from '../../../schemas/files.ts';
import { api } from '../api/client.ts';
import { randomUuid } from '../api/uuid.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { FileFormFields } from '../modules/files/FileFormFields.tsx';
import { FileTypeChooser } from '../modules/files/FileTypeChooser.tsx';
import { isFileTypeCode, type FileTypeCode } from '../modules/files/fileModel.ts';
import { useDepartments } from '../modules/files/useDepartments.ts';
import { useFileTypes } from '../modules/files/useFileTypes.ts';

type FormValues = Record<string, unknown>;

/** Drops empty optional fields and trims text, so the server's strict form schema sees only what was filled in. */
function cleanForm(values: FormValues): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    form[key] = typeof value === 'string' ? value.trim() : value;
  }
  return form;
}

/**
 * /files/new (applicant): choose a procedure, fill in its form and submit it. One Idempotency-Key per filled-in
 * form, so a double click or a retry after a lost answer opens one file, not two.
 */
export function NewFilePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const fileTypes = useFileTypes();
  const { departmentName } = useDepartments();
  const [type, setType] = useState<FileTypeCode | undefined>(undefined);
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const chooseType = (code: string) => {
    if (!isFileTypeCode(code) || code === type) return;
    setType(code);
    setError(undefined);
    setIdempotencyKey(randomUuid());
    form.resetFields();
  };

  const submit = async (values: FormValues) => {
    if (busy || !type) return;
    setBusy(true);
    setError(undefined);
    try {
      const body: CreateFileRequest = { type, form: cleanForm(values) };
      const file = await api.post<FileView>('/api/files', body, { 'Idempotency-Key': idempotencyKey });
      void message.success(t('files.new.submitted', { id: file.id }));
      navigate(`/files/${file.id}`);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('files.new.title')} description={t('files.new.intro')} extra={<Link to="/files">{t('files.new.back')}</Link>} />
      <ErrorAlert error={fileTypes.error} onRetry={fileTypes.reload} />
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 760 }}>
        <section aria-labelledby="choose-type">
          <Typography.Title level={2} id="choose-type" style={{ fontSize: 18 }}>
            {t('files.new.chooseType')}
          </Typography.Title>
          <FileTypeChooser items={fileTypes.items} value={type} onChange={chooseType} departmentName={departmentName} />
        </section>
        {type && (
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('files.new.formTitle', { type: fileTypes.typeName(type) })}</h2>}>
            <ErrorAlert error={error} />
            <Form<FormValues>
              form={form}
              name={`new-file-${type}`}
              layout="vertical"
              // A changed form is a new request: it gets a new key (the same key with other values would be refused).
              onValuesChange={() => setIdempotencyKey(randomUuid())}
              onFinish={(v) => void submit(v)}
            >
              <FileFormFields type={type} onEnterprisePicked={(areaCode) => form.setFieldValue('areaCode', areaCode)} />
              <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
                {t('files.new.submit')}
              </Button>
            </Form>
          </Card>
        )}
      </Space>
    </>
  );
}
