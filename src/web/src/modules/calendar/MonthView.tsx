import { Alert, Button, Flex, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { CalendarDaysResponse } from '../../../../schemas/calendar.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../i18n/useT.ts';
import { addMonths, monthGrid, monthLabel, monthOf, todayInShanghai, weekdayName } from './dates.ts';
import { DayCell } from './DayCell.tsx';

export type MonthViewProps = {
  /** `YYYY-MM` shown. */
  month: string;
  onMonthChange: (month: string) => void;
};

/** A month of working days, weekends, holidays and make-up days, Monday first. */
export function MonthView({ month, onMonthChange }: MonthViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const weeks = monthGrid(month);
  const from = weeks[0]?.[0] ?? `${month}-01`;
  const to = weeks[weeks.length - 1]?.[6] ?? `${month}-28`;
  const { data, error, loading, reload } = useApi<CalendarDaysResponse>('/api/calendar/days', { from, to });
  const byDate = new Map((data?.days ?? []).map((d) => [d.date, d]));
  const today = todayInShanghai();
  const label = monthLabel(month, locale);
  const provisional = (data?.days ?? []).some((d) => d.provisional && monthOf(d.date) === month);

  return (
    <section aria-labelledby="calendar-month-heading">
      <Flex align="center" justify="space-between" wrap gap="small" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} id="calendar-month-heading" style={{ fontSize: 18, margin: 0 }} aria-live="polite">
          {label}
        </Typography.Title>
        <Space>
          <Button icon={<LeftOutlined />} onClick={() => onMonthChange(addMonths(month, -1))} aria-label={t('calendar.month.previous')} />
          <Button onClick={() => onMonthChange(monthOf(today))}>{t('calendar.month.thisMonth')}</Button>
          <Button icon={<RightOutlined />} onClick={() => onMonthChange(addMonths(month, 1))} aria-label={t('calendar.month.next')} />
          {loading && <Spin size="small" aria-label={t('common.status.loading')} />}
        </Space>
      </Flex>
      <ErrorAlert error={error} onRetry={reload} />
      {provisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('calendar.provisional.title')}
          description={t('calendar.provisional.body')}
        />
      )}
      <div style={{ overflowX: 'auto' }}>
        <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', minWidth: 320 }}>
          <caption className="zimao-sr-only">{t('calendar.month.caption', { month: label })}</caption>
          <thead>
            <tr>
              {(weeks[0] ?? []).map((date) => (
                <th key={date} scope="col" abbr={weekdayName(date, locale)} style={{ padding: 4, fontWeight: 600, textAlign: 'start' }}>
                  {weekdayName(date, locale, 'short')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((date) => (
                  <DayCell key={date} date={date} day={byDate.get(date)} inMonth={monthOf(date) === month} today={date === today} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
