import { useState } from 'react';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { CreateFileRequest, FileView } from '../../../schemas/files.ts';
import { api } from '../api/client.ts';
import { randomUuid } from '../api/uuid.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ApplicantSelect } from '../modules/files/ApplicantSelect.tsx';
import { CommitmentFields } from '../modules/files/CommitmentFields.tsx';
import { CommitmentNotAvailable, isCommitmentNotAvailable } from '../modules/files/CommitmentNotAvailable.tsx';
import { FileFormFields } from '../modules/files/FileFormFields.tsx';
import { FileTypeChooser } from '../modules/files/FileTypeChooser.tsx';
import { isFileTypeCode, type FileTypeCode } from '../modules/files/fileModel.ts';
import { cleanForm, FIELDS_KEPT_FOR_ORDINARY, pickFilled, type NewFileFormValues } from '../modules/files/newFileRequest.ts';
import { useDepartments } from '../modules/files/useDepartments.ts';
import { useFileTypes } from '../modules/files/useFileTypes.ts';

type ApplicantValues = { applicantId?: number };

/**
 * /files/new: choose a procedure, fill in its form and submit it — the applicant for itself, or a window officer
 * at the counter (一窗受理) for the applicant account it picks. One Idempotency-Key per filled-in form, so a double
 * click or a retry after a lost answer opens one file, not two.
 */
export function NewFilePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useAuth();
  const atCounter = user?.role === 'window_officer';
  const [form] = Form.useForm<NewFileFormValues>();
  const [applicantForm] = Form.useForm<ApplicantValues>();
  const fileTypes = useFileTypes();
  const { departmentName } = useDepartments();
  const [type, setType] = useState<FileTypeCode | undefined>(undefined);
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const commitment = fileTypes.items.find((item) => item.code === type)?.commitment ?? null;

  const chooseType = (code: string, keep?: NewFileFormValues) => {
    if (!isFileTypeCode(code) || code === type) return;
    setType(code);
    setError(undefined);
    setIdempotencyKey(randomUuid());
    form.resetFields();
    if (keep) form.setFieldsValue(keep);
  };

  // TC-03: refused notification-commitment, the applicant applies under the ordinary procedure with the same data.
  const switchToOrdinary = () => chooseType('permit-single', pickFilled(form.getFieldsValue(true), FIELDS_KEPT_FOR_ORDINARY));

  const submit = async (values: NewFileFormValues) => {
    if (busy || !type) return;
    let applicantId: number | undefined;
    if (atCounter) {
      try {
        applicantId = (await applicantForm.validateFields()).applicantId;
      } catch {
        return; // the picker shows what is missing
      }
    }
    setBusy(true);
    setError(undefined);
    try {
      const body: CreateFileRequest = { type, form: cleanForm(values), ...(applicantId !== undefined ? { applicantId } : {}) };
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
      <PageHeading
        title={atCounter ? t('files.list.newAtCounter') : t('files.new.title')}
        description={atCounter ? t('files.new.introCounter') : t('files.new.intro')}
        extra={<Link to="/files">{t('files.new.back')}</Link>}
      />
      <ErrorAlert error={fileTypes.error} onRetry={fileTypes.reload} />
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 760 }}>
        {atCounter && (
          <section aria-labelledby="choose-applicant">
            <Typography.Title level={2} id="choose-applicant" style={{ fontSize: 18 }}>
              {t('files.new.applicantTitle')}
            </Typography.Title>
            <Form<ApplicantValues>
              form={applicantForm}
              name="new-file-applicant"
              layout="vertical"
              onValuesChange={() => setIdempotencyKey(randomUuid())}
            >
              <Form.Item
                name="applicantId"
                label={t('files.new.applicant')}
                extra={t('files.new.applicantHelp')}
                rules={[{ required: true, message: t('files.form.required') }]}
              >
                <ApplicantSelect />
              </Form.Item>
            </Form>
          </section>
        )}
        <section aria-labelledby="choose-type">
          <Typography.Title level={2} id="choose-type" style={{ fontSize: 18 }}>
            {t('files.new.chooseType')}
          </Typography.Title>
          <FileTypeChooser items={fileTypes.items} value={type} onChange={(code) => chooseType(code)} departmentName={departmentName} />
        </section>
        {type && (
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('files.new.formTitle', { type: fileTypes.typeName(type) })}</h2>}>
            {isCommitmentNotAvailable(error) ? <CommitmentNotAvailable error={error} onUseOrdinary={switchToOrdinary} /> : <ErrorAlert error={error} />}
            <Form<NewFileFormValues>
              form={form}
              name={`new-file-${type}`}
              layout="vertical"
              // A changed form is a new request: it gets a new key (the same key with other values would be refused).
              onValuesChange={() => setIdempotencyKey(randomUuid())}
              onFinish={(v) => void submit(v)}
            >
              <FileFormFields type={type} onEnterprisePicked={(areaCode) => form.setFieldValue('areaCode', areaCode)} />
              {commitment && <CommitmentFields commitment={commitment} />}
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
