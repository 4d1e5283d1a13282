import { useState } from 'react';
import { Alert, Tabs } from 'antd';
import type { z } from 'zod';
import { useSearchParams } from 'react-router-dom';
import type { RiskAlertListResponse, RiskAlertView } from '../../../schemas/risk.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { AlertActionModal, type PendingAction } from '../modules/risk/AlertActionModal.tsx';
import { AlertDrawer } from '../modules/risk/AlertDrawer.tsx';
import { AlertsTable } from '../modules/risk/AlertsTable.tsx';
import { RulesTable } from '../modules/risk/RulesTable.tsx';
import { RunRulesButton } from '../modules/risk/RunRulesButton.tsx';

type Tab = 'active' | 'closed' | 'rules';
const isTab = (value: string | null): value is Tab => value === 'active' || value === 'closed' || value === 'rules';

/**
 * /risk: the risk warnings within the reader's scope (issue 7; Plan V.(V)) — the ones in progress and the closed ones,
 * each with its history — and the rules. Owners acknowledge and handle; the FTZ Office closes, reopens and runs the rules.
 */
export function RiskPage() {
  const t = useT();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'active';
  const status = tab === 'closed' ? 'closed' : 'active';
  const alerts = useApi<z.infer<typeof RiskAlertListResponse>>(tab === 'rules' ? null : '/api/risk/alerts', { status });
  const [details, setDetails] = useState<RiskAlertView | undefined>(undefined);
  const [pending, setPending] = useState<PendingAction | undefined>(undefined);
  const [ran, setRan] = useState<{ opened: number; evaluated: number } | undefined>(undefined);
  const [runError, setRunError] = useState<unknown>(undefined);

  return (
    <>
      <PageHeading
        title={t('risk.page.title')}
        description={t('risk.page.intro')}
        extra={
          user?.role === 'analyst' && (
            <RunRulesButton
              onError={setRunError}
              onRan={(opened, evaluated) => {
                setRan({ opened, evaluated });
                alerts.reload();
              }}
            />
          )
        }
      />
      <ErrorAlert error={runError} title={t('risk.run.failed')} />
      {ran && (
        <Alert type="success" showIcon closable onClose={() => setRan(undefined)} title={t('risk.run.done', ran)} style={{ marginBottom: 16 }} data-testid="risk-run-result" />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'active', label: t('risk.tab.active') },
          { key: 'closed', label: t('risk.tab.closed') },
          { key: 'rules', label: t('risk.tab.rules') },
        ]}
      />
      {tab === 'rules' ? (
        <RulesTable />
      ) : (
        <>
          <ErrorAlert error={alerts.error} onRetry={alerts.reload} />
          <AlertsTable items={alerts.data?.items ?? []} loading={alerts.loading} onDetails={setDetails} onAction={(alert, action) => setPending({ alert, action })} />
        </>
      )}
      <AlertDrawer alert={details} onClose={() => setDetails(undefined)} />
      <AlertActionModal
        pending={pending}
        onClose={() => setPending(undefined)}
        onDone={(updated) => {
          setPending(undefined);
          if (details?.id === updated.id) setDetails(updated);
          alerts.reload();
        }}
      />
    </>
  );
}
