import { useState } from 'react';
import { Button, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { ReformListResponse, ReformStatusSchema, ReformTaskView } from '../../../schemas/reform.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../components/formatDateTime.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { REFORM_STATUSES, reformStatusColors, reformStatusLabels } from '../modules/reform/labels.ts';
import { NewReformTaskForm } from '../modules/reform/NewReformTaskForm.tsx';

const PAGE_SIZE = 20;

/** /reform: the register of reform pilot tasks and innovation cases; the FTZ Office creates new ones. */
export function ReformTasksPage() {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { user } = useAuth();
  const mayCreate = user?.role === 'analyst';
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<ReformStatusSchema | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useApi<ReformListResponse>('/api/reform/tasks', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, status });
  return (
    <>
      <PageHeading
        title={t('reform.list.title')}
        description={t('reform.list.intro')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reform.list.new')}
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Select<ReformStatusSchema>
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('reform.list.allStatuses')}
          aria-label={t('reform.column.status')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={REFORM_STATUSES.map((s) => ({ value: s, label: t(reformStatusLabels[s]) }))}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<ReformTaskView>
        data-testid="reform-tasks"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('reform.list.empty') }}
        scroll={{ x: 960 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.table.total', { total }) }}
        columns={[
          { key: 'id', title: t('reform.column.id'), render: (_, r) => <Link to={`/reform/${r.id}`}>{r.id}</Link> },
          { key: 'title', title: t('reform.column.title'), render: (_, r) => <Link to={`/reform/${r.id}`}>{name(r.title, r.titleEn)}</Link> },
          { key: 'source', title: t('reform.column.source'), render: (_, r) => `${name(r.source.nameZh, r.source.nameEn)} · ${r.source.reference}` },
          { key: 'department', title: t('reform.column.department'), render: (_, r) => name(r.responsibleDepartment.nameZh, r.responsibleDepartment.nameEn) },
          {
            key: 'area',
            title: t('reform.column.area'),
            render: (_, r) => {
              const id = r.areaCode ? areaLabelId(r.areaCode) : undefined;
              return r.areaCode ? (id ? t(id) : r.areaCode) : t('reform.zoneWide');
            },
          },
          { key: 'status', title: t('reform.column.status'), render: (_, r) => <Tag color={reformStatusColors[r.status]}>{t(reformStatusLabels[r.status])}</Tag> },
          { key: 'updatedAt', title: t('reform.column.updatedAt'), render: (_, r) => formatDateTime(r.updatedAt) },
        ]}
      />
      {mayCreate && (
        <NewReformTaskForm
          open={creating}
          vocabularies={data?.vocabularies}
          onClose={() => setCreating(false)}
          onCreated={(task) => {
            setCreating(false);
            navigate(`/reform/${task.id}`);
          }}
        />
      )}
    </>
  );
}
