import { useState } from 'react';
import { Alert, Empty, Flex, Spin, Switch, Tag } from 'antd';
import type { EditionDiffResponse, EditionListItem } from '../../../../schemas/admission.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { changeTagColors, DiffEntryCard } from './DiffEntryCard.tsx';
import { EditionSelect } from './EditionSelect.tsx';

type Change = EditionDiffResponse['entries'][number]['change'];
const countLabels: Record<Change, MessageId> = {
  added: 'negativeLists.diff.count.added',
  removed: 'negativeLists.diff.count.removed',
  changed: 'negativeLists.diff.count.changed',
  unchanged: 'negativeLists.diff.count.unchanged',
};
const CHANGES: Change[] = ['added', 'removed', 'changed', 'unchanged'];

export type DiffViewProps = {
  items: readonly EditionListItem[];
  currentCode: string | undefined;
  from: string | undefined;
  to: string | undefined;
  onChange: (next: { from: string } | { to: string }) => void;
};

/** The differences between two editions (GET /api/negative-lists/diff), unchanged measures behind a switch. */
export function DiffView({ items, currentCode, from, to, onChange }: DiffViewProps) {
  const t = useT();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const ready = from !== undefined && to !== undefined && from !== to;
  const { data, error, loading, reload } = useApi<EditionDiffResponse>(ready ? '/api/negative-lists/diff' : null, { from, to });
  const current = data && data.from.code === from && data.to.code === to ? data : undefined;
  const entries = current?.entries.filter((e) => showUnchanged || e.change !== 'unchanged') ?? [];

  return (
    <section aria-label={t('negativeLists.tab.diff')}>
      <Flex gap="middle" align="center" wrap style={{ marginBottom: 16 }}>
        <Flex gap="small" align="center">
          <label htmlFor="diff-from">{t('negativeLists.diff.from')}</label>
          <EditionSelect id="diff-from" items={items} value={from} currentCode={currentCode} onChange={(code) => onChange({ from: code })} />
        </Flex>
        <Flex gap="small" align="center">
          <label htmlFor="diff-to">{t('negativeLists.diff.to')}</label>
          <EditionSelect id="diff-to" items={items} value={to} currentCode={currentCode} onChange={(code) => onChange({ to: code })} />
        </Flex>
      </Flex>
      {from !== undefined && from === to && <Alert type="info" showIcon title={t('negativeLists.diff.same')} style={{ marginBottom: 16 }} />}
      <ErrorAlert error={error} onRetry={reload} />
      {ready && !current && loading && (
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin aria-label={t('common.status.loading')} />
        </div>
      )}
      {current && (
        <>
          <Flex gap="middle" align="center" wrap justify="space-between" style={{ marginBottom: 16 }}>
            <Flex gap={4} wrap data-testid="diff-counts" role="status">
              {CHANGES.map((c) => (
                <Tag key={c} color={changeTagColors[c]}>
                  {t(countLabels[c], { count: current.counts[c] })}
                </Tag>
              ))}
            </Flex>
            <Flex gap="small" align="center">
              <Switch id="diff-unchanged" checked={showUnchanged} onChange={setShowUnchanged} size="small" />
              <label htmlFor="diff-unchanged">{t('negativeLists.diff.showUnchanged')}</label>
            </Flex>
          </Flex>
          {entries.length === 0 ? (
            <Empty description={t('negativeLists.diff.none')} />
          ) : (
            <div data-testid="diff-entries">
              {entries.map((entry, i) => (
                <DiffEntryCard key={`${entry.change}-${entry.from?.no ?? ''}-${entry.to?.no ?? ''}-${i}`} entry={entry} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
