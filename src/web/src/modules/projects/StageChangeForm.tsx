import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ProjectDetail, StageChangeRequest } from '../../../../schemas/projects.ts';
import { api, ApiError } from '../../api/client.ts';
import { randomUuid } from '../../api/uuid.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { documentMediaType, readAsBase64 } from '../files/readDocument.ts';

const MAX_BYTES = 2 * 1024 * 1024;
type Move = ProjectDetail['moves'][number];
type Values = { to: string; on: string; facts?: Record<string, string | number | undefined>; note?: string };

/** Moves the project to its next stage (or drops it) with the date and the evidence the stage needs (Plan V.(II)). */
export function StageChangeForm({ project, onMoved }: { project: ProjectDetail; onMoved: (p: ProjectDetail) => void }) {
  const t = useT();
  const localName = useLocalName();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const to = Form.useWatch('to', form) ?? project.moves[0]?.key;
  const move: Move | undefined = project.moves.find((m) => m.key === to);
  const [files, setFiles] = useState<Record<string, File>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [key, setKey] = useState(randomUuid);

  const submit = async (v: Values) => {
    setError(undefined);
    setBusy(true);
    try {
      const documents = [];
      for (const [kind, file] of Object.entries(files)) {
        if (kind !== 'other' && !move?.requiredDocuments.some((d) => d.key === kind)) continue;
        const mediaType = documentMediaType(file);
        if (!mediaType || file.size > MAX_BYTES) throw new Error(t('projects.move.badFile', { name: file.name }));
        documents.push({ kind, name: file.name, mediaType, contentBase64: await readAsBase64(file) });
      }
      const facts = Object.fromEntries(Object.entries(v.facts ?? {}).filter(([k, value]) => value !== undefined && value !== '' && move?.requiredFacts.some((f) => f.key === k))) as Record<string, string | number>;
      const body: StageChangeRequest = { to: v.to as StageChangeRequest['to'], on: v.on, ...(Object.keys(facts).length > 0 ? { facts } : {}), ...(documents.length > 0 ? { documents } : {}), ...(v.note ? { note: v.note } : {}) };
      const moved = await api.post<ProjectDetail>(`/api/projects/${project.id}/stage-changes`, body, { 'Idempotency-Key': key });
      void message.success(t('projects.move.done'));
      form.resetFields();
      setFiles({});
      setKey(randomUuid());
      onMoved(moved);
    } catch (cause) {
      const field = cause instanceof ApiError ? cause.field : undefined;
      if (field === 'on' || field === 'to') form.setFields([{ name: field, errors: [(cause as ApiError).message] }]);
      else if (field?.startsWith('facts.')) form.setFields([{ name: ['facts', field.slice(6)], errors: [(cause as ApiError).message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const picker = (kind: string, label: string, required: boolean) => (
    <Form.Item key={kind} label={label} required={required}>
      <Upload
        maxCount={1}
        accept=".pdf,.png,.jpg,.jpeg,.ofd"
        beforeUpload={(file) => {
          setFiles((f) => ({ ...f, [kind]: file }));
          return false;
        }}
        onRemove={() => setFiles(({ [kind]: _gone, ...rest }) => rest)}
        fileList={files[kind] ? [{ uid: kind, name: files[kind]!.name }] : []}
      >
        <Button icon={<UploadOutlined />}>{t('projects.move.choose')}</Button>
      </Upload>
    </Form.Item>
  );

  return (
    <Form<Values> form={form} name="stage-change" layout="vertical" initialValues={{ to: project.moves[0]?.key }} onValuesChange={() => setKey(randomUuid())} onFinish={(v) => void submit(v)} style={{ maxWidth: 560 }}>
      <ErrorAlert error={error} />
      <Form.Item name="to" label={t('projects.move.to')} rules={[{ required: true }]}>
        <Select options={project.moves.map((m) => ({ value: m.key, label: localName(m.nameZh, m.nameEn) }))} />
      </Form.Item>
      <Form.Item name="on" label={t('projects.move.on')} extra={t('projects.move.onHelp', { since: project.stageSince })} rules={[{ required: true, message: t('projects.form.required') }]}>
        <Input type="date" min={project.stageSince} />
      </Form.Item>
      {move?.requiredDocuments.map((d) => picker(d.key, localName(d.nameZh, d.nameEn), true))}
      {move?.requiredFacts.map((f) => (
        <Form.Item key={f.key} name={['facts', f.key]} label={localName(f.nameZh, f.nameEn)} rules={[{ required: true, message: t('projects.form.required') }]}>
          {f.type === 'text' ? <Input maxLength={500} /> : <InputNumber min={0} precision={0} style={{ width: 240 }} />}
        </Form.Item>
      ))}
      {picker('other', t('projects.move.other'), false)}
      <Form.Item name="note" label={t('projects.move.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('projects.move.submit')}
      </Button>
    </Form>
  );
}
