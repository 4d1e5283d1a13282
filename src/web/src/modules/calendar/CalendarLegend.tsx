import { Flex, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { DAY_KIND_ORDER, DAY_KINDS } from './kinds.ts';

/** What each colour and mark of the month view means. */
export function CalendarLegend() {
  const t = useT();
  return (
    <section aria-labelledby="calendar-legend-heading" style={{ marginTop: 12 }}>
      <Typography.Title level={2} id="calendar-legend-heading" style={{ fontSize: 14, marginBottom: 8 }}>
        {t('calendar.legend.heading')}
      </Typography.Title>
      <Flex wrap gap="small" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {DAY_KIND_ORDER.map((kind) => {
          const style = DAY_KINDS[kind];
          return (
            <li key={kind} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  minWidth: 28,
                  height: 22,
                  paddingInline: 4,
                  borderRadius: 4,
                  background: style.background,
                  border: `1px solid ${style.border}`,
                  color: style.text,
                  fontSize: 12,
                }}
              >
                {style.markId ? t(style.markId) : ''}
              </span>
              <span>{t(style.labelId)}</span>
            </li>
          );
        })}
        <li style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <span
            aria-hidden="true"
            style={{ minWidth: 28, height: 22, borderRadius: 4, border: '1px dashed #595959', textAlign: 'center', fontWeight: 700 }}
          >
            *
          </span>
          <span>{t('calendar.legend.provisional')}</span>
        </li>
      </Flex>
    </section>
  );
}
