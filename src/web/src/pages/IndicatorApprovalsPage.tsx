import { useState } from 'react';
import { Segmented, Space, Typography } from 'antd';
import type { CatalogueResponse } from '../../../schemas/indicators.ts';
import { useApi } from '../api/useApi.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { DecisionButtons } from '../modules/indicators/DecisionButtons.tsx';
import { SubmissionsTable } from '../modules/indicators/SubmissionsTable.tsx';

type Status = 'pending' | 'approved' | 'returned' | 'all';

/** /indicators/approvals: the FTZ Office's queue of submitted values, to approve or return with a reason. */
export function IndicatorApprovalsPage() {
  const t = useT();
  const name = useLocalName();
  const [status, setStatus] = useState<Status>('pending');
  const [version, setVersion] = useState(0);
  const { data } = useApi<CatalogueResponse>('/api/indicators');
  const names = new Map((data?.indicators ?? []).map((i) => [i.code, name(i.nameZh, i.nameEn)]));
  return (
    <>
      <PageHeading title={t('indicators.approvals.title')} description={t('indicators.approvals.intro')} />
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>{t('indicators.approvals.filter')}</Typography.Text>
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'pending', label: t('indicators.status.pending') },
            { value: 'approved', label: t('indicators.status.approved') },
            { value: 'returned', label: t('indicators.status.returned') },
            { value: 'all', label: t('indicators.approvals.all') },
          ]}
        />
      </Space>
      <SubmissionsTable
        key={`${status}-${version}`}
        query={status === 'all' ? {} : { status }}
        names={names}
        emptyText={t('indicators.approvals.empty')}
        actions={(s) => <DecisionButtons submission={s} onDecided={() => setVersion((v) => v + 1)} />}
      />
    </>
  );
}
