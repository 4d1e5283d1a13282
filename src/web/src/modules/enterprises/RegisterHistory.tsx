import { Card, Spin, Tag, Timeline, Typography } from 'antd';
import type { RegisterEntryListResponse } from '../../../../schemas/changes.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { entryKindTags, entryLines } from '../changes/changeLabels.ts';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** The register history (登记档案): establishment, changes, filings, deregistration, each with what it recorded. */
export function RegisterHistory({ uscc }: { uscc: string }) {
  const t = useT();
  const { data, error, loading, reload } = useApi<RegisterEntryListResponse>(`/api/enterprises/${encodeURIComponent(uscc)}/register-entries`);
  const items = data?.items ?? [];
  return (
    <Card title={heading(t('enterprise.history.heading'))} data-testid="register-history">
      <Typography.Paragraph type="secondary">{t('enterprise.history.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Spin />}
      {data && items.length === 0 && <Typography.Text type="secondary">{t('enterprise.history.empty')}</Typography.Text>}
      {items.length > 0 && (
        <Timeline
          items={items.map((entry) => {
            const tag = entryKindTags[entry.kind];
            return {
              key: entry.id,
              color: tag.color === 'default' ? 'gray' : tag.color,
              content: (
                <div data-testid="register-entry" data-kind={entry.kind}>
                  <Tag color={tag.color}>{t(tag.id)}</Tag>
                  <Typography.Text type="secondary">{formatDateTime(entry.recordedAt)}</Typography.Text>
                  {entryLines(entry, t).map((line, i) => (
                    <div key={i}>{line}</div>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
