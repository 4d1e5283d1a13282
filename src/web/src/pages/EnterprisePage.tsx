import { useCallback, useState } from 'react';
import { Button, Col, Result, Row, Space, Spin } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Role } from '../../../schemas/auth.ts';
import type { ChangeView } from '../../../schemas/changes.ts';
import type { EnterpriseView } from '../../../schemas/enterprises.ts';
import { ApiError } from '../api/client.ts';
import { isForbidden } from '../api/errorText.ts';
import { useApi } from '../api/useApi.ts';
import { ACCESS } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ChangeResult } from '../modules/changes/ChangeResult.tsx';
import { ChangesCard } from '../modules/changes/ChangesCard.tsx';
import { useCurrentParticulars } from '../modules/changes/useCurrentParticulars.ts';
import { DeregistrationCard } from '../modules/deregistration/DeregistrationCard.tsx';
import { ArticlesCard } from '../modules/enterprises/ArticlesCard.tsx';
import { BeneficialOwnersCard } from '../modules/enterprises/BeneficialOwnersCard.tsx';
import { CurrentLicenceCard } from '../modules/enterprises/CurrentLicenceCard.tsx';
import { particularsFacts } from '../modules/enterprises/enterpriseParticulars.ts';
import { EnterpriseFacts } from '../modules/enterprises/EnterpriseFacts.tsx';
import { RegisterHistory } from '../modules/enterprises/RegisterHistory.tsx';
import { todayInShanghai } from '../modules/calendar/dates.ts';

/** The change just filed, handed over by the change page (router state). */
function filedChange(state: unknown, uscc: string): ChangeView | undefined {
  const change = (state as { change?: ChangeView } | null)?.change;
  return change && change.uscc === uscc ? change : undefined;
}

/**
 * /enterprises/:uscc: one enterprise for whoever may read it (the server answers 403 outside the reader's scope,
 * 404 for a code not on the register): its register facts, the licence in force, the register history; for its owner
 * applicant and the window also its articles of association (章程备案), its change applications (and change
 * registration) and summary deregistration; an individual business has neither articles nor changes here. The window
 * and the FTZ Office may ask for its beneficial owners (not public; each read logged).
 */
export function EnterprisePage() {
  const t = useT();
  const { uscc: param = '' } = useParams();
  const uscc = param.toUpperCase();
  const location = useLocation();
  const navigate = useNavigate();
  const changePath = `/enterprises/${encodeURIComponent(uscc)}/changes/new`;
  const { user } = useAuth();
  // The owner applicant (an applicant sees only its own) and the window act for the enterprise (ESTABLISHMENT_FILE);
  // changes need the particulars on zimao's register (null: registered before zimao, changed at the authority).
  const mayAct = user !== null && (ACCESS.establishments as readonly Role[]).includes(user.role);
  const mayReadOwners = user !== null && (ACCESS.beneficialOwners as readonly Role[]).includes(user.role);
  const { data: enterprise, error, loading, reload } = useApi<EnterpriseView>(`/api/enterprises/${encodeURIComponent(uscc)}`);
  const [version, setVersion] = useState(0);
  // A filing of the articles adds to the register history only: that card alone is read again.
  const [historyVersion, setHistoryVersion] = useState(0);
  const particulars = useCurrentParticulars(uscc, mayAct && enterprise !== undefined, version);
  const change = filedChange(location.state, uscc);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
    reload();
  }, [reload]);

  if (error instanceof ApiError && (error.status === 404 || isForbidden(error))) {
    const notFound = error.status === 404;
    return (
      <>
        <PageHeading title={uscc} extra={<Link to="/enterprises">{t('enterprise.page.back')}</Link>} />
        <Result
          status={notFound ? '404' : '403'}
          title={<h2 style={{ fontSize: 20, margin: 0 }}>{notFound ? t('enterprise.page.notFound') : t('enterprise.page.forbidden')}</h2>}
          subTitle={notFound ? t('enterprise.page.notFoundBody', { uscc }) : t('enterprise.page.forbiddenBody')}
        />
      </>
    );
  }

  // An individual business (its particulars name an operator, not investors) cannot change through zimao (the server
  // answers 409), has no articles, and deregisters with its operator's commitment (EXIT-01, EXIT-06).
  const { individual, investors } = particularsFacts(particulars);

  return (
    <>
      <PageHeading
        title={enterprise?.name ?? uscc}
        description={t('enterprise.page.subtitle', { uscc })}
        extra={
          <Space wrap>
            {mayAct && enterprise?.status === 'registered' && particulars.data !== null && individual === false && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                href={changePath}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(changePath);
                }}
              >
                {t('enterprise.action.change')}
              </Button>
            )}
            <Link to="/enterprises">{t('enterprise.page.back')}</Link>
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <ErrorAlert error={particulars.error} onRetry={refresh} />
      {change && <ChangeResult change={change} />}
      {loading && !enterprise && <Spin />}
      {enterprise && (
        <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1080 }} data-testid="enterprise">
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <EnterpriseFacts enterprise={enterprise} />
            </Col>
            <Col xs={24} lg={12}>
              <CurrentLicenceCard key={`licence-${version}`} uscc={uscc} />
            </Col>
          </Row>
          <RegisterHistory key={`history-${version}-${historyVersion}`} uscc={uscc} />
          {mayReadOwners && <BeneficialOwnersCard key={`owners-${version}`} uscc={uscc} today={todayInShanghai()} />}
          {mayAct && individual === false && (
            <ArticlesCard key={`articles-${version}`} uscc={uscc} mayFile={enterprise.status === 'registered'} onFiled={() => setHistoryVersion((v) => v + 1)} />
          )}
          {mayAct && <ChangesCard key={`changes-${version}`} uscc={uscc} mayRegister={user?.role === 'window_officer'} onRegistered={refresh} />}
          {mayAct && (
            <DeregistrationCard
              key={`deregistration-${version}`}
              uscc={uscc}
              enterpriseName={enterprise.name}
              status={enterprise.status}
              investors={investors}
              individual={individual === true}
              onDeregistered={refresh}
            />
          )}
        </Space>
      )}
    </>
  );
}
