import { useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseListResponse, InvestmentCaseView } from '../../../schemas/investment.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../components/formatDateTime.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { kindLabels, procedureLabels } from '../modules/investment/caseLabels.ts';

const PAGE_SIZE = 20;

/** /investment: the investment cases within the reader's scope; applicants and window officers may file new ones. */
export function InvestmentPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const mayFile = user?.role === 'applicant' || user?.role === 'window_officer';
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<CaseListResponse>('/api/investment/cases', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <>
      <PageHeading
        title={t('investment.list.title')}
        description={t('investment.list.intro')}
        extra={
          mayFile && (
            <Space wrap>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/investment/projects/new')}>
                {t('investment.list.newProject')}
              </Button>
              <Button icon={<GlobalOutlined />} onClick={() => navigate('/investment/outbound/new')}>
                {t('investment.list.newOutbound')}
              </Button>
            </Space>
          )
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <Table<InvestmentCaseView>
        data-testid="investment-cases"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('investment.list.empty') }}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.table.total', { total }) }}
        columns={[
          { key: 'id', title: t('investment.column.id'), dataIndex: 'id', render: (id: number) => <Link to={`/investment/cases/${id}`}>{id}</Link> },
          { key: 'kind', title: t('investment.column.kind'), render: (_, r) => t(kindLabels[r.kind]) },
          { key: 'name', title: t('investment.column.name'), render: (_, r) => <Link to={`/investment/cases/${r.id}`}>{r.name}</Link> },
          {
            key: 'area',
            title: t('investment.column.area'),
            render: (_, r) => {
              const id = areaLabelId(r.areaCode);
              return id ? t(id) : r.areaCode;
            },
          },
          { key: 'procedure', title: t('investment.column.procedure'), render: (_, r) => t(procedureLabels[r.procedure]) },
          {
            key: 'receipt',
            title: t('investment.column.receipt'),
            render: (_, r) =>
              r.recordationNo ?? (r.fileId !== null ? <Link to={`/files/${r.fileId}`}>{t('investment.file.link', { id: r.fileId })}</Link> : '—'),
          },
          { key: 'flagged', title: t('investment.column.flagged'), render: (_, r) => (r.flagged ? <Tag color="red">{t('investment.flagged')}</Tag> : null) },
          { key: 'createdAt', title: t('investment.column.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
        ]}
      />
    </>
  );
}
