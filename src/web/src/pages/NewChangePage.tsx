import { useMemo } from 'react';
import { Alert, Spin } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { EnterpriseView } from '../../../schemas/enterprises.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ChangeForm } from '../modules/changes/ChangeForm.tsx';
import { valuesFromParticulars } from '../modules/changes/changeForm.ts';
import { useCurrentParticulars } from '../modules/changes/useCurrentParticulars.ts';

/**
 * /enterprises/:uscc/changes/new: change registration (变更登记, MER Art. 24) by the owner applicant, or by a window
 * officer at the counter for the owner. The form starts from the particulars in force; the answer goes back to the
 * enterprise page, which shows what came of it (a new licence version, or the file an officer reviews).
 */
export function NewChangePage() {
  const t = useT();
  const navigate = useNavigate();
  const { uscc: param = '' } = useParams();
  const uscc = param.toUpperCase();
  const { user } = useAuth();
  const atCounter = user?.role === 'window_officer';
  const enterprise = useApi<EnterpriseView>(`/api/enterprises/${encodeURIComponent(uscc)}`);
  const particulars = useCurrentParticulars(uscc, true);
  const back = `/enterprises/${encodeURIComponent(uscc)}`;
  const ready = !particulars.loading && enterprise.data !== undefined && particulars.error === undefined;
  const initial = useMemo(
    () => (ready ? valuesFromParticulars(particulars.data?.form, atCounter ? (particulars.data?.applicantId ?? undefined) : undefined) : undefined),
    [ready, particulars.data, atCounter],
  );

  return (
    <>
      <PageHeading
        title={enterprise.data ? `${t('change.new.title')} · ${enterprise.data.name}` : t('change.new.title')}
        description={t('change.new.intro')}
        extra={<Link to={back}>{t('change.new.back')}</Link>}
      />
      <ErrorAlert error={enterprise.error} onRetry={enterprise.reload} />
      <ErrorAlert error={particulars.error} />
      {(particulars.loading || enterprise.loading) && <Spin description={t('change.new.loading')}><div style={{ minHeight: 120 }} /></Spin>}
      {ready && enterprise.data?.status !== 'registered' && <Alert type="warning" showIcon title={t('change.new.notActive')} style={{ marginBottom: 16 }} />}
      {ready && particulars.data === null && <Alert type="warning" showIcon title={t('change.new.noParticulars')} style={{ marginBottom: 16 }} />}
      {initial && (
        <ChangeForm
          uscc={uscc}
          initial={initial}
          atCounter={atCounter}
          onFiled={(change) => navigate(back, { state: { change } })}
        />
      )}
    </>
  );
}
