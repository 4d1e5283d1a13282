import { useState } from 'react';
import { App } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { NameReservationView } from '../../../schemas/names.ts';
import { api } from '../api/client.ts';
import { errorText } from '../api/errorText.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { ReservationsTable } from '../modules/names/ReservationsTable.tsx';

/** /names/mine: the names the applicant declared (and their enterprises' registered ones); held ones can be released. */
export function MyNamesPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<{ items: NameReservationView[] }>('/api/names/reservations');
  const [releasing, setReleasing] = useState<number | undefined>(undefined);

  const release = async (reservation: NameReservationView) => {
    setReleasing(reservation.id);
    try {
      const released = await api.post<NameReservationView>(`/api/names/reservations/${reservation.id}/release`);
      void message.success(t('names.mine.release.done', { name: released.name }));
      reload();
    } catch (cause) {
      void message.error(errorText(cause, locale, t));
      reload();
    } finally {
      setReleasing(undefined);
    }
  };

  return (
    <>
      <PageHeading
        title={t('names.mine.title')}
        description={t('names.mine.intro')}
        extra={
          <Link to="/names">
            <EditOutlined /> {t('names.mine.declareLink')}
          </Link>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <div data-testid="my-names">
        <ReservationsTable items={data?.items ?? []} loading={loading} releasing={releasing} onRelease={(r) => void release(r)} />
      </div>
    </>
  );
}
