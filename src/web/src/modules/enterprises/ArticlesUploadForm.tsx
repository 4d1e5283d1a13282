import { useState } from 'react';
import { Button, Form, Input, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ArticlesFilingView, FileArticlesRequest } from '../../../../schemas/changes.ts';
import { api, ApiError } from '../../api/client.ts';
import { randomUuid } from '../../api/uuid.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { withServerDetail } from '../files/serverDetail.ts';
import { MAX_DOCUMENT_BYTES } from '../files/fileModel.ts';
import { documentMediaType, formatBytes, readAsBase64 } from '../files/readDocument.ts';

type Values = { file?: File; name?: string; adoptedOn?: string };
type FieldName = keyof Values;

/** The form field a server error names (the document's bytes and type are the chosen file), or undefined. */
function formField(field: string | undefined): FieldName | undefined {
  if (field === 'name' || field === 'adoptedOn') return field;
  if (field === 'mediaType' || field === 'contentBase64') return 'file';
  return undefined;
}

/** Today as YYYY-MM-DD in the browser's zone (the server checks against Shanghai's civil date). */
const today = () => new Date().toLocaleDateString('sv-SE');

/** A Form.Item control: picks one document, shown with its size; value and onChange. */
function DocumentPicker({ id, value, onChange }: { id?: string; value?: File; onChange?: (file: File | undefined) => void }) {
  const t = useT();
  return (
    <Space wrap>
      <Upload
        accept=".pdf,.ofd,.png,.jpg,.jpeg,application/pdf,application/ofd,image/png,image/jpeg"
        showUploadList={false}
        beforeUpload={(file) => {
          onChange?.(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button id={id} icon={<UploadOutlined />}>
          {value ? t('articles.form.fileAgain') : t('articles.form.fileChoose')}
        </Button>
      </Upload>
      {value && <Typography.Text data-testid="articles-chosen">{t('articles.form.chosen', { name: value.name, size: formatBytes(value.size) })}</Typography.Text>}
    </Space>
  );
}

export type ArticlesUploadFormProps = {
  uscc: string;
  onFiled: (filing: ArticlesFilingView) => void;
  onCancel: () => void;
};

/** 章程备案: the signed articles (or an amendment) as PDF, OFD, PNG or JPEG, at most 5 MB, and the day adopted. */
export function ArticlesUploadForm({ uscc, onFiled, onCancel }: ArticlesUploadFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const required = { required: true, message: t('articles.form.required') };

  const submit = async ({ file, name, adoptedOn }: Values) => {
    const mediaType = file ? documentMediaType(file) : undefined;
    if (busy || !file || !mediaType || !adoptedOn) return;
    setBusy(true);
    setError(undefined);
    try {
      const body: FileArticlesRequest = { name: (name ?? file.name).trim(), mediaType, contentBase64: await readAsBase64(file), adoptedOn };
      onFiled(await api.post<ArticlesFilingView>(`/api/enterprises/${encodeURIComponent(uscc)}/articles`, body, { 'Idempotency-Key': idempotencyKey }));
      form.resetFields();
    } catch (cause) {
      setIdempotencyKey(randomUuid());
      // A 400 naming a field of the form is shown on that field; any other refusal (403, 409) above the form.
      const field = cause instanceof ApiError && cause.status === 400 ? formField(cause.field) : undefined;
      if (field && cause instanceof ApiError) form.setFields([{ name: field, errors: [cause.message] }]);
      else setError(withServerDetail(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name={`articles-${uscc}`}
      layout="vertical"
      onValuesChange={(changed: Values) => {
        setIdempotencyKey(randomUuid());
        // The file's own name is the filing's name unless one was typed.
        if (changed.file && !form.getFieldValue('name')) form.setFieldValue('name', changed.file.name);
      }}
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 720 }}
      data-testid="articles-form"
    >
      <ErrorAlert error={error} />
      <Form.Item
        name="file"
        label={t('articles.form.file')}
        extra={t('articles.form.fileHelp')}
        rules={[
          required,
          {
            validator: async (_rule, file: File | undefined) => {
              if (!file) return;
              if (!documentMediaType(file)) throw new Error(t('articles.form.badType', { name: file.name }));
              if (file.size > MAX_DOCUMENT_BYTES) throw new Error(t('articles.form.tooLarge', { name: file.name }));
            },
          },
        ]}
      >
        <DocumentPicker />
      </Form.Item>
      <Form.Item name="name" label={t('articles.form.name')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="adoptedOn"
        label={t('articles.form.adoptedOn')}
        extra={t('articles.form.adoptedOnHelp')}
        rules={[
          required,
          {
            validator: async (_rule, day: string | undefined) => {
              if (day && day > today()) throw new Error(t('articles.form.adoptedOnFuture'));
            },
          },
        ]}
      >
        <Input type="date" max={today()} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
          {t('articles.form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.action.cancel')}</Button>
      </Space>
    </Form>
  );
}
