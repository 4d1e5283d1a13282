import { useState } from 'react';
import { Tabs } from 'antd';
import type { z } from 'zod';
import { useSearchParams } from 'react-router-dom';
import type { FollowUpListResponse, FollowUpView } from '../../../schemas/registration.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { CompleteFollowUpModal } from '../modules/registration/CompleteFollowUpModal.tsx';
import { FollowUpsTable } from '../modules/registration/FollowUpsTable.tsx';

type Status = 'open' | 'done';

/**
 * /follow-ups: the signed-in department reviewer's follow-up tasks of new enterprises (公章刻制备案, 税务, 银行开户,
 * 社保, 公积金), open ones to complete (with an optional note) and the done ones.
 */
export function FollowUpsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const status: Status = params.get('status') === 'done' ? 'done' : 'open';
  const { data, error, loading, reload } = useApi<z.infer<typeof FollowUpListResponse>>('/api/follow-ups', { status });
  const [completing, setCompleting] = useState<FollowUpView | undefined>(undefined);
  return (
    <>
      <PageHeading title={t('registration.followUps.title')} description={t('registration.followUps.intro')} />
      <Tabs
        activeKey={status}
        onChange={(key) => setParams({ status: key }, { replace: true })}
        items={[
          { key: 'open', label: t('registration.followUps.open') },
          { key: 'done', label: t('registration.followUps.done') },
        ]}
      />
      <ErrorAlert error={error} onRetry={reload} />
      <div data-testid="follow-ups">
        <FollowUpsTable items={data?.items ?? []} loading={loading} showEnterprise onComplete={status === 'open' ? setCompleting : undefined} />
      </div>
      <CompleteFollowUpModal
        task={completing}
        onClose={() => setCompleting(undefined)}
        onDone={() => {
          setCompleting(undefined);
          reload();
        }}
      />
    </>
  );
}
