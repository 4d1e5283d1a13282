import { useState } from 'react';
import type { z } from 'zod';
import type { NoticeListResponse, NoticeView } from '../../../schemas/deregistration.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { DepartmentObjectionModal } from '../modules/deregistration/DepartmentObjectionModal.tsx';
import { PushedCasesTable } from '../modules/deregistration/PushedCasesTable.tsx';

/**
 * /deregistration/pushed-cases: individual businesses' summary deregistrations pushed to the departments (EXIT-06).
 * There is no public notice: tax and social insurance have 10 days to object (unpaid taxes, contributions); with no
 * objection the business is deregistered directly. A reviewer of a department the case went to objects here.
 */
export function PushedCasesPage() {
  const t = useT();
  const { data, error, loading, reload } = useApi<z.infer<typeof NoticeListResponse>>('/api/deregistration/pushed-cases');
  const [objecting, setObjecting] = useState<NoticeView | undefined>(undefined);
  return (
    <>
      <PageHeading title={t('deregistration.pushed.title')} description={t('deregistration.pushed.intro')} />
      <ErrorAlert error={error} onRetry={reload} />
      <div data-testid="pushed-cases">
        <PushedCasesTable items={data?.items ?? []} loading={loading} onObject={setObjecting} />
      </div>
      <DepartmentObjectionModal
        notice={objecting}
        onClose={() => setObjecting(undefined)}
        onObjected={() => {
          setObjecting(undefined);
          reload();
        }}
      />
    </>
  );
}
