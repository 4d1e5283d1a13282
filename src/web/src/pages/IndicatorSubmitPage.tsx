import { useState } from 'react';
import { Space, Typography } from 'antd';
import type { CatalogueResponse } from '../../../schemas/indicators.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { ScopeSelect } from '../modules/indicators/ScopeSelect.tsx';
import { SubmissionsTable } from '../modules/indicators/SubmissionsTable.tsx';
import { UploadCard } from '../modules/indicators/UploadCard.tsx';
import { ValuesForm } from '../modules/indicators/ValuesForm.tsx';

/** /indicators/submit: an area authority reports its values by form or workbook; its submissions and their fate. */
export function IndicatorSubmitPage() {
  const t = useT();
  const name = useLocalName();
  const { user } = useAuth();
  const own = user?.role === 'area_officer' ? user.areaCode : null;
  const [areaCode, setAreaCode] = useState(own ?? 'LJ');
  const [version, setVersion] = useState(0);
  const { data, error, reload } = useApi<CatalogueResponse>('/api/indicators');
  const zone = areaCode === 'CQFTZ';
  // What this scope reports: raw indicators entered by the areas, or for the zone by the FTZ Office.
  const indicators = (data?.indicators ?? []).filter((i) => i.kind === 'raw' && (i.entry === 'zone') === zone);
  const names = new Map((data?.indicators ?? []).map((i) => [i.code, name(i.nameZh, i.nameEn)]));
  const submitted = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeading
        title={t('indicators.submit.title')}
        description={t('indicators.submit.intro')}
        extra={
          <Space>
            <Typography.Text>{t('indicators.submit.area')}</Typography.Text>
            <ScopeSelect value={areaCode} onChange={setAreaCode} zone={own === null} ariaLabel={t('indicators.submit.area')} />
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <ValuesForm key={areaCode} areaCode={areaCode} indicators={indicators} onSubmitted={submitted} />
      <UploadCard key={`upload-${areaCode}`} areaCode={areaCode} onSubmitted={submitted} />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('indicators.submit.mine')}
      </Typography.Title>
      <SubmissionsTable key={`${areaCode}-${version}`} query={{ areaCode }} names={names} />
    </>
  );
}
