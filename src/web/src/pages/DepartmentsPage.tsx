import { Table, Tag, type TableColumnsType } from 'antd';
import type { DepartmentView, DepartmentsResponse } from '../../../schemas/reference.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SourceNote } from '../components/SourceNote.tsx';
import { useT } from '../i18n/useT.ts';
import { useLocalName } from '../i18n/useLocalName.ts';

/** /reference/departments: the administrations working in the zone. */
export function DepartmentsPage() {
  const t = useT();
  const name = useLocalName();
  const { data, error, loading, reload } = useApi<DepartmentsResponse>('/api/reference/departments');

  const columns: TableColumnsType<DepartmentView> = [
    { title: t('reference.departments.column.code'), dataIndex: 'code', width: 120 },
    { title: t('reference.departments.column.name'), key: 'name', render: (_, d) => name(d.nameZh, d.nameEn) },
    { title: t('reference.departments.column.short'), dataIndex: 'shortZh', render: (s: string | null) => s ?? '—' },
    {
      title: t('reference.departments.column.vertical'),
      dataIndex: 'vertical',
      render: (v: boolean) =>
        v ? <Tag color="purple">{t('reference.departments.vertical.yes')}</Tag> : t('reference.departments.vertical.no'),
    },
    {
      title: t('reference.departments.column.responsibilities'),
      key: 'resp',
      render: (_, d) => name(d.responsibilitiesZh ?? '—', d.responsibilitiesEn),
    },
  ];

  return (
    <>
      <PageHeading title={t('reference.departments.title')} description={t('reference.departments.intro')} />
      <ErrorAlert error={error} onRetry={reload} />
      <Table<DepartmentView>
        rowKey="code"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        size="middle"
      />
      <SourceNote source={data?.source} />
    </>
  );
}
