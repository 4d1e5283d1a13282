import { useState } from 'react';
import { Button, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { AssessmentKindSchema, AssessmentListResponse, AssessmentSummary } from '../../../schemas/assessments.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { ASSESSMENT_KINDS, kindLabels, statusColors, statusLabels } from '../modules/assessments/labels.ts';
import { NewAssessmentForm } from '../modules/assessments/NewAssessmentForm.tsx';

const PAGE_SIZE = 20;

/** /assessments: the assessments within the reader's scope; the FTZ Office creates new ones. */
export function AssessmentsPage() {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { user } = useAuth();
  const mayCreate = user?.role === 'analyst';
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<AssessmentKindSchema | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useApi<AssessmentListResponse>('/api/assessments', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, kind });
  const area = (code: string) => {
    const id = areaLabelId(code);
    return id ? t(id) : code;
  };
  return (
    <>
      <PageHeading
        title={t('assessments.list.title')}
        description={t('assessments.list.intro')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('assessments.list.new')}
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Select<AssessmentKindSchema>
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('assessments.column.kind')}
          aria-label={t('assessments.column.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(kindLabels[k]) }))}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<AssessmentSummary>
        data-testid="assessments"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('assessments.list.empty') }}
        scroll={{ x: 960 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.table.total', { total }) }}
        columns={[
          { key: 'id', title: t('assessments.column.id'), render: (_, r) => <Link to={`/assessments/${r.id}`}>{r.id}</Link> },
          { key: 'kind', title: t('assessments.column.kind'), render: (_, r) => <Link to={`/assessments/${r.id}`}>{t(kindLabels[r.kind])}</Link> },
          { key: 'area', title: t('assessments.column.area'), render: (_, r) => area(r.areaCode) },
          { key: 'period', title: t('assessments.column.period'), dataIndex: 'period' },
          { key: 'template', title: t('assessments.column.template'), render: (_, r) => `${name(r.template.nameZh, r.template.nameEn)} v${r.template.version}` },
          { key: 'status', title: t('assessments.column.status'), render: (_, r) => <Tag color={statusColors[r.status]}>{t(statusLabels[r.status])}</Tag> },
          { key: 'assessor', title: t('assessments.column.assessor'), render: (_, r) => r.assessor?.displayName ?? '—' },
          { key: 'total', title: t('assessments.column.total'), render: (_, r) => (r.total === null ? '—' : r.total.toFixed(2)) },
          { key: 'grade', title: t('assessments.column.grade'), render: (_, r) => (r.grade ? name(r.grade.nameZh, r.grade.nameEn) : '—') },
          { key: 'openActions', title: t('assessments.column.openActions'), dataIndex: 'openActions' },
        ]}
      />
      {mayCreate && (
        <NewAssessmentForm
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(a) => {
            setCreating(false);
            navigate(`/assessments/${a.id}`);
          }}
        />
      )}
    </>
  );
}
