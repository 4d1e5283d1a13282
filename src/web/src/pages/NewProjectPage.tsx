import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { ClassifyResponse } from '../../../schemas/clusters.ts';
import type { CreateProjectRequest, ProjectDetail } from '../../../schemas/projects.ts';
import type { ZoneUnitsResponse } from '../../../schemas/reference.ts';
import { api, ApiError } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { randomUuid } from '../api/uuid.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useAreaName } from '../modules/projects/AreaPicker.tsx';
import { ClusterFitCard } from '../modules/projects/ClusterFitCard.tsx';
import { directionLabels, investorLabels, landCategoryLabels, type LandCategory } from '../modules/projects/labels.ts';

type Values = Omit<CreateProjectRequest, 'areaCode'>;
const FIELDS = ['name', 'unitCode', 'investorName', 'investorCategory', 'direction', 'industryCode', 'totalInvestmentYuan', 'siteAreaM2', 'landCategories', 'negotiationStartedOn', 'note'];

/** /projects/new: an area officer registers a project of its area under negotiation (Plan V.(II)). */
export function NewProjectPage() {
  const t = useT();
  const localName = useLocalName();
  const areaName = useAreaName();
  const navigate = useNavigate();
  const { user } = useAuth();
  const areaCode = user?.areaCode ?? '';
  const [form] = Form.useForm<Values>();
  const industryCode = Form.useWatch('industryCode', form);
  const unitCode = Form.useWatch('unitCode', form);
  const units = useApi<ZoneUnitsResponse>('/api/reference/zone-units');
  const preview = useApi<ClassifyResponse>(/^\d{2,4}$/.test(industryCode ?? '') ? '/api/clusters/classify' : null, { industryCode, areaCode, unitCode });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [key, setKey] = useState(randomUuid);
  const required = [{ required: true, message: t('projects.form.required') }];
  const inArea = (units.data?.items ?? []).filter((u) => u.clusters.length > 0 && (u.parentCode === areaCode || (u.parentCode !== null && units.data?.items.find((p) => p.code === u.parentCode)?.parentCode === areaCode)));

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<ProjectDetail>('/api/projects', { ...v, areaCode, note: v.note || undefined }, { 'Idempotency-Key': key });
      navigate(`/projects/${created.id}`);
    } catch (cause) {
      const field = cause instanceof ApiError ? cause.field : undefined;
      if (field && FIELDS.includes(field)) form.setFields([{ name: field as keyof Values, errors: [(cause as ApiError).message] }]);
      else setError(cause);
      setKey(randomUuid());
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('projects.new.title', { area: areaName(areaCode) })} description={t('projects.new.intro')} extra={<Link to="/projects">{t('projects.detail.back')}</Link>} />
      <ErrorAlert error={error ?? units.error} />
      <Form<Values> form={form} name="new-project" layout="vertical" style={{ maxWidth: 640 }} initialValues={{ direction: 'bringing_in', investorCategory: 'private' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label={t('projects.column.name')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('projects.form.unit')} extra={t('projects.form.unitHelp')}>
          <Select allowClear options={inArea.map((u) => ({ value: u.code, label: `${u.code} ${localName(u.nameZh, u.nameEn)}` }))} />
        </Form.Item>
        <Form.Item name="investorName" label={t('projects.form.investorName')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="investorCategory" label={t('projects.form.investorCategory')} rules={required}>
          <Select options={Object.entries(investorLabels).map(([value, id]) => ({ value, label: t(id) }))} />
        </Form.Item>
        <Form.Item name="direction" label={t('projects.form.direction')} rules={required}>
          <Select options={Object.entries(directionLabels).map(([value, id]) => ({ value, label: t(id) }))} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('projects.column.industry')} extra={t('projects.form.industryHelp')} rules={[...required, { pattern: /^\d{2,4}$/, message: t('projects.form.industryHelp') }]}>
          <Input style={{ maxWidth: 160 }} />
        </Form.Item>
        {preview.data && <div style={{ marginBottom: 24 }}><ClusterFitCard classification={preview.data.classification} fit={preview.data.fit} /></div>}
        <Form.Item name="totalInvestmentYuan" label={t('projects.form.investment')} rules={required}>
          <InputNumber min={0} precision={0} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="siteAreaM2" label={t('projects.form.siteArea')} extra={t('projects.form.siteAreaHelp')}>
          <InputNumber min={1} precision={0} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="landCategories" label={t('projects.form.landCategories')}>
          <Select mode="multiple" options={(Object.keys(landCategoryLabels) as LandCategory[]).map((value) => ({ value, label: t(landCategoryLabels[value]) }))} />
        </Form.Item>
        <Form.Item name="negotiationStartedOn" label={t('projects.form.startedOn')} rules={required}>
          <Input type="date" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="note" label={t('projects.form.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('projects.new.submit')}
        </Button>
      </Form>
    </>
  );
}
