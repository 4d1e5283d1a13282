import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Spin, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AssessmentDetail, EvidenceDocumentUpload, PutScoresRequest } from '../../../schemas/assessments.ts';
import { api, ApiError } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';

const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/ofd'] as const;
type Row = { score?: number | null; evidence?: string };
type Values = Record<string, Row>;

async function toUpload(file: File): Promise<EvidenceDocumentUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const mediaType = (MEDIA_TYPES as readonly string[]).includes(file.type) ? (file.type as EvidenceDocumentUpload['mediaType']) : 'application/pdf';
  return { name: file.name, mediaType, contentBase64: btoa(binary) };
}

/** /assessments/:id/score: every criterion scored within its scale, in its steps, with evidence and optionally a document. */
export function ScoreAssessmentPage() {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const { data, error, loading } = useApi<AssessmentDetail>(valid ? `/api/assessments/${id}` : null);
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<Record<string, File>>({});
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);

  useEffect(() => {
    if (!data) return;
    form.setFieldsValue(Object.fromEntries(data.scores.map((s) => [s.criterionKey, { score: s.score, evidence: s.evidence }])));
  }, [data, form]);

  const submit = async (values: Values) => {
    if (!data) return;
    setBusy(true);
    setSaveError(undefined);
    const keys = data.template.criteria.map((c) => c.key).filter((k) => values[k]?.score !== undefined && values[k]?.score !== null);
    try {
      if (keys.length === 0) throw new ApiError(400, 'INVALID_REQUEST', t('assessments.score.nothing'), 'scores');
      const scores: PutScoresRequest['scores'] = [];
      for (const k of keys) {
        const file = files[k];
        scores.push({ criterionKey: k, score: values[k]!.score!, evidence: values[k]?.evidence?.trim() ?? '', ...(file ? { document: await toUpload(file) } : {}) });
      }
      await api.put(`/api/assessments/${id}/scores`, { scores });
      void message.success(t('assessments.score.saved'));
      navigate(`/assessments/${id}`);
    } catch (cause) {
      // scores.<i>.<field> names the entry sent: map it back to its criterion's form field.
      const m = cause instanceof ApiError ? /^scores\.(\d+)\.(score|evidence)/.exec(cause.field ?? '') : null;
      if (m && cause instanceof ApiError) form.setFields([{ name: [keys[Number(m[1])]!, m[2] as 'score' | 'evidence'], errors: [cause.message] }]);
      else setSaveError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('assessments.score.title', { id })} description={t('assessments.score.intro')} extra={<Link to={`/assessments/${id}`}>{t('assessments.detail.back')}</Link>} />
      <ErrorAlert error={error ?? saveError} />
      {loading && !data && <Spin />}
      {data && !data.may.score && <Alert type="warning" showIcon title={t('common.forbidden.body')} />}
      {data?.may.score && (
        <Form<Values> form={form} name="assessment-scores" layout="vertical" onFinish={(v) => void submit(v)}>
          <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
            {data.template.criteria.map((c) => {
              const stored = data.scores.find((s) => s.criterionKey === c.key)?.document;
              return (
                <Card key={c.key} size="small" title={`${name(c.nameZh, c.nameEn)} · ${c.weight}%`}>
                  <Typography.Paragraph type="secondary">{name(c.guidanceZh, c.guidanceEn)}</Typography.Paragraph>
                  <Form.Item name={[c.key, 'score']} label={`${t('assessments.detail.score')}（${t('assessments.detail.scaleValue', { min: c.scale.min, max: c.scale.max, step: c.scale.step })}）`}>
                    <InputNumber min={c.scale.min} max={c.scale.max} step={c.scale.step} />
                  </Form.Item>
                  <Form.Item
                    name={[c.key, 'evidence']}
                    label={t('assessments.detail.evidence')}
                    dependencies={[[c.key, 'score']]}
                    rules={[({ getFieldValue }) => ({ validator: (_, v: string | undefined) => (getFieldValue([c.key, 'score']) == null || (v ?? '').trim() !== '' ? Promise.resolve() : Promise.reject(new Error(t('assessments.score.evidenceRequired')))) })]}
                  >
                    <Input.TextArea rows={2} maxLength={5000} />
                  </Form.Item>
                  <Form.Item label={t('assessments.score.document')} extra={stored ? t('assessments.score.documentKept', { name: stored.name }) : undefined}>
                    <Upload
                      maxCount={1}
                      accept=".pdf,.png,.jpg,.jpeg,.ofd"
                      beforeUpload={(file) => {
                        if (file.size > MAX_DOCUMENT_BYTES) {
                          void message.error(t('assessments.score.tooLarge'));
                          return Upload.LIST_IGNORE;
                        }
                        setFiles((f) => ({ ...f, [c.key]: file }));
                        return false;
                      }}
                      onRemove={() => setFiles(({ [c.key]: _removed, ...rest }) => rest)}
                    >
                      <Button icon={<UploadOutlined />}>{t('assessments.score.choose')}</Button>
                    </Upload>
                  </Form.Item>
                </Card>
              );
            })}
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('assessments.score.save')}
            </Button>
          </Space>
        </Form>
      )}
    </>
  );
}
