import { useState } from 'react';
import { Col, Row } from 'antd';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { CalendarLegend } from '../modules/calendar/CalendarLegend.tsx';
import { DueCalculator } from '../modules/calendar/DueCalculator.tsx';
import { MonthView } from '../modules/calendar/MonthView.tsx';
import { YearsList } from '../modules/calendar/YearsList.tsx';
import { monthOf, todayInShanghai } from '../modules/calendar/dates.ts';

/** /calendar: the working-day calendar of mainland China, the years' status and the due-date calculator. */
export function CalendarPage() {
  const t = useT();
  const [month, setMonth] = useState(() => monthOf(todayInShanghai()));
  return (
    <>
      <PageHeading title={t('calendar.page.title')} description={t('calendar.page.intro')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15}>
          <MonthView month={month} onMonthChange={setMonth} />
          <CalendarLegend />
        </Col>
        <Col xs={24} xl={9}>
          <DueCalculator onResult={(result) => setMonth(monthOf(result.due))} />
          <div style={{ marginTop: 24 }}>
            <YearsList />
          </div>
        </Col>
      </Row>
    </>
  );
}
