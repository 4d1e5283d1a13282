import { useState } from 'react';
import { Result, Select, Space } from 'antd';
import type { EnterpriseListResponse } from '../../../schemas/enterprises.ts';
import { useApi } from '../api/useApi.ts';
import { isForbidden } from '../api/errorText.ts';
import { AREA_CODES, areaCodeLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { EnterprisesTable } from '../modules/enterprises/EnterprisesTable.tsx';

/** /enterprises: the register as the signed-in role may see it (the server filters). */
export function EnterprisesPage() {
  const t = useT();
  const { user } = useAuth();
  const [areaCode, setAreaCode] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const { data, error, loading, reload } = useApi<EnterpriseListResponse>('/api/enterprises', {
    areaCode,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const title = user?.role === 'applicant' ? t('nav.menu.myEnterprises') : t('nav.menu.enterprises');

  if (isForbidden(error)) {
    return (
      <>
        <PageHeading title={title} />
        <Result status="403" title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('enterprises.forbidden.title')}</h2>} subTitle={t('enterprises.forbidden.body')} />
      </>
    );
  }

  return (
    <>
      <PageHeading title={title} description={t('enterprises.page.intro')} />
      <Space style={{ marginBottom: 16 }} wrap>
        <label htmlFor="enterprise-area">{t('enterprises.filter.area')}</label>
        <Select<string>
          id="enterprise-area"
          allowClear
          value={areaCode}
          placeholder={t('enterprises.filter.allAreas')}
          style={{ minWidth: 180 }}
          onChange={(v) => {
            setAreaCode(v);
            setPage(1);
          }}
          options={AREA_CODES.map((code) => ({ value: code, label: t(areaCodeLabelId(code)) }))}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <EnterprisesTable
        items={data?.items ?? []}
        total={data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={loading}
        onPageChange={(p, size) => {
          setPage(size === pageSize ? p : 1);
          setPageSize(size);
        }}
      />
    </>
  );
}
