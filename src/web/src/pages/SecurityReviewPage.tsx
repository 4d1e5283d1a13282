import { useState } from 'react';
import { Table } from 'antd';
import { Link } from 'react-router-dom';
import type { SecurityReviewListResponse } from '../../../schemas/investment.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../components/formatDateTime.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { SecurityGrounds } from '../modules/investment/CaseDetails.tsx';
import { procedureLabels } from '../modules/investment/caseLabels.ts';

const PAGE_SIZE = 20;
type Item = SecurityReviewListResponse['items'][number];

/** Where an item is read: the case page of a foreign project, the file page of an establishment (it has no case). */
const pageOf = (r: Item) => (r.kind === 'foreign_project' ? `/investment/cases/${r.id}` : `/files/${r.fileId}`);

/**
 * /investment/security-review: the FTZ Office's list of foreign projects and foreign-invested establishments
 * flagged for national security review at filing (Order No. 37 Art. 4).
 */
export function SecurityReviewPage() {
  const t = useT();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<SecurityReviewListResponse>('/api/investment/security-review', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <>
      <PageHeading title={t('investment.sr.pageTitle')} description={t('investment.sr.pageIntro')} />
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Item>
        data-testid="security-review-list"
        rowKey={(r) => (r.kind === 'foreign_project' ? `case-${r.id}` : `file-${r.fileId}`)}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('investment.sr.empty') }}
        scroll={{ x: 1000 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.table.total', { total }) }}
        columns={[
          { key: 'id', title: t('investment.column.id'), render: (_, r) => <Link to={pageOf(r)}>{r.kind === 'foreign_project' ? r.id : t('investment.file.link', { id: r.fileId })}</Link> },
          {
            key: 'kind',
            title: t('investment.column.kind'),
            render: (_, r) => (r.kind === 'foreign_project' ? t('investment.kind.foreign_project') : t('investment.sr.kind.establishment')),
          },
          { key: 'name', title: t('investment.column.name'), render: (_, r) => <Link to={pageOf(r)}>{r.name}</Link> },
          {
            key: 'area',
            title: t('investment.column.area'),
            render: (_, r) => {
              const id = areaLabelId(r.areaCode);
              return id ? t(id) : r.areaCode;
            },
          },
          { key: 'applicant', title: t('investment.column.applicant'), render: (_, r) => r.applicant.displayName },
          {
            key: 'procedure',
            title: t('investment.column.procedure'),
            render: (_, r) => (r.kind === 'foreign_project' ? t(procedureLabels[r.procedure]) : t('investment.sr.establishmentProcedure')),
          },
          {
            key: 'receipt',
            title: t('investment.column.receipt'),
            render: (_, r) =>
              r.kind === 'foreign_project' && r.recordationNo ? r.recordationNo : r.fileId !== null ? <Link to={`/files/${r.fileId}`}>{t('investment.file.link', { id: r.fileId })}</Link> : '—',
          },
          { key: 'grounds', title: t('investment.column.grounds'), render: (_, r) => <SecurityGrounds grounds={r.securityReview.grounds} /> },
          { key: 'createdAt', title: t('investment.column.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
        ]}
      />
    </>
  );
}
