import { useState } from 'react';
import { Card, Col, Row } from 'antd';
import { TagsOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Role } from '../../../schemas/auth.ts';
import type { NameCheckRequest, NameCheckResponse } from '../../../schemas/names.ts';
import { ACCESS } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { NameCheckForm } from '../modules/names/NameCheckForm.tsx';
import { NameCheckResult } from '../modules/names/NameCheckResult.tsx';
import type { ReservedName } from '../modules/names/nameLabels.ts';
import { ReserveNameCard } from '../modules/names/ReserveNameCard.tsx';
import { refusalCheck, ReserveOutcome } from '../modules/names/ReserveOutcome.tsx';

type Checked = { request: NameCheckRequest; result: NameCheckResponse };

/**
 * /names: anyone checks a proposed enterprise name against the naming rules and the register; a signed-in applicant
 * then self-declares an available one (名称自主申报, Art. 16), which keeps it for them.
 */
export function NameCheckPage() {
  const t = useT();
  const { user } = useAuth();
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [reserved, setReserved] = useState<ReservedName | undefined>(undefined);
  const [refusal, setRefusal] = useState<unknown>(undefined);
  const isApplicant = user !== null && (ACCESS.names as readonly Role[]).includes(user.role);

  return (
    <>
      <PageHeading
        title={t('names.page.title')}
        description={t('names.page.intro')}
        extra={
          isApplicant ? (
            <Link to="/names/mine">
              <TagsOutlined /> {t('names.page.myNamesLink')}
            </Link>
          ) : undefined
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={9}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('names.form.heading')}</h2>}>
            <NameCheckForm
              onSubmit={() => {
                setError(undefined);
                setChecked(undefined);
                setReserved(undefined);
                setRefusal(undefined);
              }}
              onResult={(result, request) => setChecked({ result, request })}
              onError={setError}
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <div aria-live="polite">
            <ErrorAlert error={error} />
            {checked && <ReserveOutcome name={checked.request.name} reserved={reserved} refusal={refusal} />}
            {checked && <NameCheckResult result={checked.result} />}
          </div>
          {checked && checked.result.verdict === 'available' && !reserved && (
            <ReserveNameCard
              request={checked.request}
              result={checked.result}
              onReserved={(response) => {
                setRefusal(undefined);
                setReserved(response);
                setChecked({ request: checked.request, result: response.check });
              }}
              onRefused={(cause) => {
                setRefusal(cause);
                // The register changed since the check (or the name was refused): show the check the refusal carries.
                const check = refusalCheck(cause);
                if (check) setChecked({ request: checked.request, result: check });
              }}
            />
          )}
        </Col>
      </Row>
    </>
  );
}
