import { Descriptions, Drawer, Timeline, Typography } from 'antd';
import type { RiskAlertView } from '../../../../schemas/risk.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { eventLabel, ownerLabels } from './riskLabels.ts';
import { areaText, LevelTag, StatusTag } from './RiskTags.tsx';

const eventColors: Record<string, string> = { opened: 'red', escalated: 'red', handled: 'green', closed: 'gray', reopened: 'orange' };

export type AlertDrawerProps = {
  alert: RiskAlertView | undefined;
  onClose: () => void;
};

/** One warning: its finding, the disposal, the basis of its rule, and its history (every step, with who and when). */
export function AlertDrawer({ alert, onClose }: AlertDrawerProps) {
  const t = useT();
  const localName = useLocalName();
  return (
    <Drawer open={alert !== undefined} onClose={onClose} size={600} title={alert ? t('risk.drawer.title', { id: alert.id, rule: localName(alert.ruleZh, alert.ruleEn) }) : ''}>
      {alert && (
        <div data-testid="risk-alert-details">
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'level', label: t('risk.column.level'), children: <LevelTag level={alert.level} /> },
              { key: 'status', label: t('risk.column.status'), children: <StatusTag status={alert.status} /> },
              { key: 'rule', label: t('risk.column.rule'), children: `${alert.ruleCode} ${localName(alert.ruleZh, alert.ruleEn)}` },
              { key: 'indicator', label: t('risk.drawer.indicator'), children: <code>{alert.indicatorCode}</code> },
              { key: 'area', label: t('risk.column.area'), children: areaText(alert.areaCode, t) },
              { key: 'period', label: t('risk.column.period'), children: alert.period },
              { key: 'owner', label: t('risk.drawer.owner'), children: t(ownerLabels[alert.owner]) },
              { key: 'finding', label: t('risk.column.finding'), children: localName(alert.finding.zh, alert.finding.en) },
              { key: 'observed', label: t('risk.drawer.observed'), children: alert.finding.observed },
              { key: 'compared', label: t('risk.drawer.compared'), children: alert.finding.compared ?? '—' },
              { key: 'escalations', label: t('risk.column.escalations'), children: alert.escalations },
              { key: 'disposal', label: t('risk.drawer.disposal'), children: alert.disposal ?? '—' },
              { key: 'basis', label: t('risk.drawer.basis'), children: alert.basis },
              { key: 'openedAt', label: t('risk.column.openedAt'), children: formatDateTime(alert.openedAt) },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            {t('risk.drawer.history')}
          </Typography.Title>
          <Timeline
            items={alert.events.map((event, index) => ({
              key: index,
              color: eventColors[event.kind] ?? 'blue',
              content: (
                <div data-testid="risk-alert-event">
                  <Typography.Text strong>{eventLabel(event.kind, t)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' · '}
                    {event.actor}
                    {' · '}
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </Typography.Text>
                  {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>{event.note}</div>}
                </div>
              ),
            }))}
          />
        </div>
      )}
    </Drawer>
  );
}
