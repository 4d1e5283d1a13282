import { useState } from 'react';
import { App, Button, Card, Form, Input, List, Select, Steps, Tag, Typography } from 'antd';
import type { ReformTaskDetail, ReplicationStepRequest } from '../../../../schemas/reform.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { useT } from '../../i18n/useT.ts';
import { useDepartments } from './useDepartments.ts';

type Step = ReplicationStepRequest['step'];
type Values = Record<string, string | undefined>;

const stepLabels: Record<Step, MessageId> = {
  propose: 'reform.replication.propose',
  review: 'reform.replication.review',
  decide: 'reform.replication.decide',
  publish: 'reform.replication.publish',
};

/** Which step comes next in the replication procedure (复制推广), or null when none does. */
function nextStep(task: ReformTaskDetail): Step | null {
  const r = task.replication;
  if (task.status === 'evaluated') return task.evaluation?.risksControllable ? 'propose' : null;
  if (task.status !== 'proposed_for_replication' || !r) return null;
  if (!r.decision) return 'review';
  return r.decision.decision === 'approved' && !r.publication ? 'publish' : null;
}

/** The replication procedure: proposal, reviews, decision, publication, and — for the FTZ Office — the next step's form. */
export function ReplicationCard({ task, mayManage, onChanged }: { task: ReformTaskDetail; mayManage: boolean; onChanged: () => void }) {
  const t = useT();
  const name = useLocalName();
  const { message } = App.useApp();
  const departments = useDepartments();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState<Step | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const r = task.replication;
  const next = nextStep(task);
  // After at least one review the Office may also record the decision.
  const choices: Step[] = next === 'review' && (r?.reviews.length ?? 0) > 0 ? ['review', 'decide'] : next ? [next] : [];
  const current = step && choices.includes(step) ? step : choices[0];
  const required = [{ required: true, whitespace: true, message: t('reform.new.required') }];
  const scopeName = (key: string) => {
    const s = task.vocabularies.replicationScopes.find((x) => x.key === key);
    return s ? name(s.nameZh, s.nameEn) : key;
  };
  const stage = !r ? 0 : r.publication ? 4 : r.decision ? 3 : r.reviews.length > 0 ? 2 : 1;

  const submit = async (v: Values) => {
    if (!current) return;
    setBusy(true);
    setError(undefined);
    const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x.trim() !== ''));
    try {
      await api.post(`/api/reform/tasks/${task.id}/replication`, { step: current, ...clean });
      void message.success(t('reform.replication.done'));
      form.resetFields();
      onChanged();
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status === 400 ? cause.field : undefined;
      if (cause instanceof ApiError && field && field in v) form.setFields([{ name: field, errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reform.replication.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('reform.replication.intro')}</Typography.Paragraph>
      <Steps
        current={stage}
        size="small"
        items={[
          { title: t('reform.replication.propose'), content: r ? `${scopeName(r.scope)} · ${r.proposal.proposedOn}` : undefined },
          { title: t('reform.replication.review'), content: r && r.reviews.length > 0 ? String(r.reviews.length) : undefined },
          { title: t('reform.replication.decide'), content: r?.decision ? `${t(r.decision.decision === 'approved' ? 'reform.replication.approved' : 'reform.replication.rejected')} · ${r.decision.decidedOn}` : undefined },
          { title: t('reform.replication.publish'), content: r?.publication?.publishedOn },
        ]}
      />
      {r && (
        <div style={{ marginTop: 16 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.proposal.summary}</Typography.Paragraph>
          <List
            size="small"
            dataSource={r.reviews}
            renderItem={(rv, i) => (
              <List.Item key={i}>
                <Tag color={rv.opinion === 'supports' ? 'green' : 'red'}>{t(rv.opinion === 'supports' ? 'reform.replication.supports' : 'reform.replication.objects')}</Tag>
                {departments.nameOf(rv.departmentCode)} · {rv.reviewedOn} {rv.note && `· ${rv.note}`}
              </List.Item>
            )}
          />
          {r.decision && (
            <Typography.Paragraph>
              {`${t('reform.replication.decision')}：${t(r.decision.decision === 'approved' ? 'reform.replication.approved' : 'reform.replication.rejected')} · ${departments.nameOf(r.decision.decidedBy)} · ${r.decision.decidedOn}${r.decision.documentNo ? ` · ${r.decision.documentNo}` : ''}${r.decision.note ? ` · ${r.decision.note}` : ''}`}
            </Typography.Paragraph>
          )}
          {r.publication && <Typography.Paragraph>{r.publication.url ? <a href={r.publication.url}>{r.publication.title}</a> : r.publication.title}</Typography.Paragraph>}
        </div>
      )}
      {mayManage && current && (
        <Form<Values> form={form} name="replication-step" layout="vertical" onFinish={(v) => void submit(v)} style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
          {choices.length > 1 && (
            <Form.Item label={t('reform.move.to')}>
              <Select style={{ maxWidth: 240 }} value={current} onChange={setStep} options={choices.map((c) => ({ value: c, label: t(stepLabels[c]) }))} />
            </Form.Item>
          )}
          {current === 'propose' && (
            <>
              <Form.Item name="scope" label={t('reform.replication.scope')} rules={required}>
                <Select style={{ maxWidth: 280 }} options={task.vocabularies.replicationScopes.map((s) => ({ value: s.key, label: name(s.nameZh, s.nameEn) }))} />
              </Form.Item>
              <Form.Item name="summary" label={t('reform.replication.summary')} rules={required}>
                <Input.TextArea rows={3} maxLength={5000} />
              </Form.Item>
            </>
          )}
          {current === 'review' && (
            <>
              <Form.Item name="departmentCode" label={t('reform.replication.department')} rules={required}>
                <Select showSearch optionFilterProp="label" style={{ maxWidth: 360 }} options={departments.options} />
              </Form.Item>
              <Form.Item name="opinion" label={t('reform.replication.opinion')} rules={required}>
                <Select style={{ maxWidth: 200 }} options={[{ value: 'supports', label: t('reform.replication.supports') }, { value: 'objects', label: t('reform.replication.objects') }]} />
              </Form.Item>
              <Form.Item name="note" label={t('reform.move.note')}>
                <Input.TextArea rows={2} maxLength={5000} />
              </Form.Item>
            </>
          )}
          {current === 'decide' && (
            <>
              <Form.Item name="decision" label={t('reform.replication.decision')} rules={required}>
                <Select style={{ maxWidth: 240 }} options={[{ value: 'approved', label: t('reform.replication.approved') }, { value: 'rejected', label: t('reform.replication.rejected') }]} />
              </Form.Item>
              <Form.Item name="decidedBy" label={t('reform.replication.decidedBy')} rules={required}>
                <Select style={{ maxWidth: 360 }} options={task.vocabularies.decidingBodies.map((b) => ({ value: b.departmentCode, label: departments.nameOf(b.departmentCode), title: b.basis }))} />
              </Form.Item>
              <Form.Item name="documentNo" label={t('reform.replication.documentNo')}>
                <Input maxLength={120} style={{ maxWidth: 360 }} />
              </Form.Item>
              <Form.Item name="note" label={t('reform.move.note')}>
                <Input.TextArea rows={2} maxLength={5000} />
              </Form.Item>
            </>
          )}
          {current === 'publish' && (
            <>
              <Form.Item name="title" label={t('reform.replication.pubTitle')} rules={required}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name="url" label={t('reform.replication.url')} rules={[{ type: 'url' }]}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('reform.replication.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
