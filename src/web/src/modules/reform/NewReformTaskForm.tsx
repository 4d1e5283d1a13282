import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import type { CreateReformTaskRequest, ReformListResponse, ReformTaskDetail } from '../../../../schemas/reform.ts';
import { api, ApiError } from '../../api/client.ts';
import { AREA_CODES, areaCodeLabelId } from '../../auth/roles.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { useDepartments } from './useDepartments.ts';

type Values = Omit<CreateReformTaskRequest, 'description'> & { description?: string };
const FIELDS = ['title', 'titleEn', 'description', 'sourceKind', 'sourceReference', 'responsibleDepartmentCode', 'areaCode'] as const;

/** The FTZ Office creates a reform pilot task: its source, responsible department and, for an area's case, the area. */
export function NewReformTaskForm(props: { open: boolean; vocabularies: ReformListResponse['vocabularies'] | undefined; onClose: () => void; onCreated: (task: ReformTaskDetail) => void }) {
  const t = useT();
  const name = useLocalName();
  const { message } = App.useApp();
  const departments = useDepartments();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const required = [{ required: true, whitespace: true, message: t('reform.new.required') }];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: CreateReformTaskRequest = {
        title: v.title.trim(), sourceKind: v.sourceKind, sourceReference: v.sourceReference.trim(), responsibleDepartmentCode: v.responsibleDepartmentCode, description: v.description?.trim() ?? '',
        ...(v.titleEn?.trim() ? { titleEn: v.titleEn.trim() } : {}), ...(v.areaCode ? { areaCode: v.areaCode } : {}),
      };
      const created = await api.post<ReformTaskDetail>('/api/reform/tasks', body);
      void message.success(t('reform.new.created'));
      form.resetFields();
      props.onCreated(created);
    } catch (cause) {
      const field = cause instanceof ApiError && cause.status === 400 ? cause.field : undefined;
      if (cause instanceof ApiError && field && (FIELDS as readonly string[]).includes(field)) form.setFields([{ name: field as (typeof FIELDS)[number], errors: [cause.message] }]);
      else setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={props.open} title={t('reform.new.title')} okText={t('reform.new.submit')} cancelText={t('common.action.cancel')} confirmLoading={busy} onCancel={props.onClose} onOk={() => form.submit()} destroyOnHidden width={640}>
      <ErrorAlert error={error} />
      <Form<Values> form={form} name="new-reform-task" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="title" label={t('reform.new.titleField')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('reform.new.titleEn')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="sourceKind" label={t('reform.new.sourceKind')} rules={required}>
          <Select options={(props.vocabularies?.sourceKinds ?? []).map((k) => ({ value: k.key, label: name(k.nameZh, k.nameEn), title: k.instrument }))} />
        </Form.Item>
        <Form.Item name="sourceReference" label={t('reform.new.sourceReference')} extra={t('reform.new.sourceReferenceHelp')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="responsibleDepartmentCode" label={t('reform.new.department')} rules={required}>
          <Select showSearch optionFilterProp="label" options={departments.options} />
        </Form.Item>
        <Form.Item name="areaCode" label={t('reform.new.area')}>
          <Select allowClear options={AREA_CODES.map((c) => ({ value: c, label: t(areaCodeLabelId(c)) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('reform.new.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
