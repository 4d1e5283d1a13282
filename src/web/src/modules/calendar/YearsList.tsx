import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { CalendarYearsResponse } from '../../../../schemas/calendar.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../i18n/useT.ts';

type Year = CalendarYearsResponse['years'][number];

/** The years the calendar knows, and whether each has its State Council notice. */
export function YearsList() {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, reload } = useApi<CalendarYearsResponse>('/api/calendar/years');
  const columns: TableColumnsType<Year> = [
    { title: t('calendar.years.column.year'), dataIndex: 'year', width: 80 },
    {
      title: t('calendar.years.column.status'),
      dataIndex: 'status',
      render: (status: Year['status']) =>
        status === 'published' ? (
          <Tag color="success">{t('calendar.years.status.published')}</Tag>
        ) : (
          <Tag color="warning">{t('calendar.years.status.provisional')} *</Tag>
        ),
    },
    {
      title: t('calendar.years.column.source'),
      key: 'source',
      render: (_, year) => {
        const source = locale === 'en' ? year.source : year.sourceZh;
        return year.noticeUrl ? (
          <Typography.Link href={year.noticeUrl} target="_blank" rel="noopener noreferrer">
            {source}
          </Typography.Link>
        ) : (
          source
        );
      },
    },
  ];
  return (
    <section aria-labelledby="calendar-years-heading">
      <Typography.Title level={2} id="calendar-years-heading" style={{ fontSize: 16 }}>
        {t('calendar.years.heading')}
      </Typography.Title>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Year>
        rowKey="year"
        size="small"
        columns={columns}
        dataSource={data?.years ?? []}
        loading={loading}
        pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
      />
    </section>
  );
}
