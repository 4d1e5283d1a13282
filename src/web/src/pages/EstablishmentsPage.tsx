import { Button, Space } from 'antd';
import { PlusOutlined, ShopOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import { useNavigate } from 'react-router-dom';
import type { EstablishmentListResponse } from '../../../schemas/registration.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { EstablishmentsTable } from '../modules/registration/EstablishmentsTable.tsx';

/**
 * /establishments: the applicant's own establishment applications (companies and individual businesses); all of them
 * for a window officer. New ones start from the one form or the individual business's form.
 */
export function EstablishmentsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const officer = user?.role === 'window_officer';
  const { data, error, loading, reload } = useApi<z.infer<typeof EstablishmentListResponse>>('/api/establishments');
  return (
    <>
      <PageHeading
        title={officer ? t('registration.list.title') : t('registration.list.titleApplicant')}
        description={officer ? t('registration.list.intro') : t('registration.list.introApplicant')}
        extra={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/establishments/new')}>
              {officer ? t('registration.list.newAtCounter') : t('registration.list.new')}
            </Button>
            <Button icon={<ShopOutlined />} onClick={() => navigate('/individual-businesses/new')} data-testid="new-individual-business">
              {officer ? t('registration.list.newIndividualAtCounter') : t('registration.list.newIndividual')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <div data-testid="establishments">
        <EstablishmentsTable items={data?.items ?? []} loading={loading} />
      </div>
    </>
  );
}
