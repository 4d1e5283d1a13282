import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { AssessmentDetail, CreateFindingRequest, FindingKindSchema } from '../../../../schemas/assessments.ts';
import { api, ApiError } from '../../api/client.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { ACCESS } from '../../auth/roles.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { FINDING_KINDS, findingLabels } from './labels.ts';

type Values = { kind: FindingKindSchema; text: string; criterionKey?: string; reformTaskId?: number };

/** The findings of an assessment, and — for the scorer or the FTZ Office — the form that records one. */
export function FindingsCard({ detail, mayRecord, onChanged }: { detail: AssessmentDetail; mayRecord: boolean; onChanged: () => void }) {
  const { user } = useAuth();
  const mayOpenReform = user !== null && (ACCESS.reform as readonly string[]).includes(user.role);
  const t = useT();
  const name = useLocalName();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const criteria = new Map(detail.template.criteria.map((c) => [c.key, name(c.nameZh, c.nameEn)]));

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: CreateFindingRequest = { kind: v.kind, text: v.text.trim(), ...(v.criterionKey ? { criterionKey: v.criterionKey } : {}), ...(v.reformTaskId ? { reformTaskId: v.reformTaskId } : {}) };
      await api.post(`/api/assessments/${detail.id}/findings`, body);
      void message.success(t('assessments.findings.added'));
      form.resetFields();
      onChanged();
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status === 400 ? cause.field : undefined;
      if (cause instanceof ApiError && (field === 'text' || field === 'criterionKey' || field === 'reformTaskId')) form.setFields([{ name: field, errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assessments.findings.title')}</h2>}>
      <List
        data-testid="assessment-findings"
        dataSource={detail.findings}
        locale={{ emptyText: t('assessments.findings.empty') }}
        renderItem={(f) => (
          <List.Item key={f.id}>
            <Space orientation="vertical" size={0}>
              <span>
                <Tag>{t(findingLabels[f.kind])}</Tag>
                {f.criterionKey && <Typography.Text type="secondary">{criteria.get(f.criterionKey) ?? f.criterionKey}</Typography.Text>}
                {f.reformTaskId !== null && (
                  // An outside assessor reads no reform tasks: it sees which task a finding cites, without a link.
                  mayOpenReform ? (
                    <Link style={{ marginLeft: 8 }} to={`/reform/${f.reformTaskId}`}>
                      {t('assessments.findings.reformLink', { id: f.reformTaskId })}
                    </Link>
                  ) : (
                    <Typography.Text style={{ marginLeft: 8 }}>{t('assessments.findings.reformLink', { id: f.reformTaskId })}</Typography.Text>
                  )
                )}
              </span>
              <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{f.text}</Typography.Paragraph>
              <Typography.Text type="secondary">{t('assessments.findings.by', { name: f.recordedBy.displayName, at: formatDateTime(f.recordedAt) })}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {mayRecord && (
        <Form<Values> form={form} name="assessment-finding" layout="vertical" initialValues={{ kind: 'problem' }} onFinish={(v) => void submit(v)} style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
          <Space wrap>
            <Form.Item name="kind" label={t('assessments.findings.kind')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 180 }} options={FINDING_KINDS.map((k) => ({ value: k, label: t(findingLabels[k]) }))} />
            </Form.Item>
            <Form.Item name="criterionKey" label={t('assessments.findings.criterion')}>
              <Select allowClear style={{ minWidth: 220 }} options={detail.template.criteria.map((c) => ({ value: c.key, label: name(c.nameZh, c.nameEn) }))} />
            </Form.Item>
            <Form.Item name="reformTaskId" label={t('assessments.findings.reformTask')}>
              <InputNumber min={1} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item name="text" label={t('assessments.findings.text')} rules={[{ required: true, whitespace: true, message: t('assessments.new.required') }]}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('assessments.findings.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
