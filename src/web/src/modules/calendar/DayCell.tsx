import type { CalendarDay } from '../../../../schemas/calendar.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { weekdayName } from './dates.ts';
import { DAY_KINDS } from './kinds.ts';

export type DayCellProps = {
  date: string;
  day: CalendarDay | undefined;
  inMonth: boolean;
  today: boolean;
};

/** One day of the month grid: number, mark, holiday name and the provisional star, with a full spoken label. */
export function DayCell({ date, day, inMonth, today }: DayCellProps) {
  const t = useT();
  const { locale } = useLocale();
  const style = day ? DAY_KINDS[day.kind] : undefined;
  const name = day ? (locale === 'en' ? (day.name ?? day.nameZh) : (day.nameZh ?? day.name)) : undefined;
  const spoken = [
    date,
    weekdayName(date, locale),
    style ? t(style.labelId) : '',
    name ?? '',
    day?.provisional ? t('calendar.legend.provisional') : '',
    today ? t('calendar.month.today') : '',
  ]
    .filter((part) => part !== '')
    .join(locale === 'en' ? ', ' : '，');

  return (
    <td
      aria-label={spoken}
      title={spoken}
      data-date={date}
      data-kind={day?.kind}
      style={{
        verticalAlign: 'top',
        height: 64,
        padding: 4,
        background: style?.background ?? '#ffffff',
        color: style?.text ?? '#1f1f1f',
        border: `1px ${day?.provisional ? 'dashed' : 'solid'} ${style?.border ?? '#d9d9d9'}`,
        outline: today ? '2px solid #0b57d0' : undefined,
        outlineOffset: -3,
        opacity: inMonth ? 1 : 0.55,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 2 }}>
        <span style={{ fontWeight: today ? 700 : 500 }}>{Number(date.slice(8))}</span>
        <span style={{ fontSize: 12, fontWeight: 600 }}>
          {style?.markId ? t(style.markId) : ''}
          {day?.provisional ? '*' : ''}
        </span>
      </div>
      {name && (
        <div className="zimao-hide-narrow" style={{ fontSize: 12, lineHeight: 1.3, marginTop: 2, wordBreak: 'break-word' }}>
          {name}
        </div>
      )}
    </td>
  );
}
