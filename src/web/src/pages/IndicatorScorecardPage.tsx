import { useState } from 'react';
import { Button, Checkbox, Input, Space, Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ScorecardCellView, ScorecardResponse } from '../../../schemas/indicators.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { formatNumber, lightColors, lightLabels, scopeLabel } from '../modules/indicators/labels.ts';

type Row = ScorecardResponse['rows'][number];

/** /indicators/scorecard: areas × indicators for a period, each cell coloured by its light with the reason on hover. */
export function IndicatorScorecardPage() {
  const t = useT();
  const name = useLocalName();
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [withTargets, setWithTargets] = useState(true);
  const { data, error, loading, reload } = useApi<ScorecardResponse>('/api/indicators/scorecard', { period });
  const rows = (data?.rows ?? []).filter((r) => !withTargets || r.targetId !== null);
  const cell = (c: ScorecardCellView | undefined) => {
    if (!c) return null;
    const reason = name(c.reasonZh, c.reasonEn);
    return (
      <Tooltip title={`${t(lightLabels[c.light])}：${reason}`}>
        <div style={{ background: lightColors[c.light].cell, padding: '4px 8px', textAlign: 'right' }} aria-label={`${formatNumber(c.value)}，${t(lightLabels[c.light])}：${reason}`}>
          {c.unavailable ? t('indicators.scorecard.unavailable') : formatNumber(c.value)}
          <div style={{ fontSize: 12, opacity: 0.75 }}>{t(lightLabels[c.light])}</div>
        </div>
      </Tooltip>
    );
  };
  return (
    <>
      <PageHeading title={t('indicators.scorecard.title')} description={t('indicators.scorecard.intro')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('indicators.scorecard.period')}</Typography.Text>
        <Input
          aria-label={t('indicators.scorecard.period')}
          placeholder={data?.period ?? '2020 / 2020-Q4 / 2020-12'}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={() => setPeriod(typed.trim() || undefined)}
          style={{ width: 180 }}
        />
        <Button onClick={() => setPeriod(typed.trim() || undefined)}>{t('indicators.scorecard.apply')}</Button>
        <Checkbox checked={withTargets} onChange={(e) => setWithTargets(e.target.checked)}>
          {t('indicators.scorecard.withTargets')}
        </Checkbox>
        {data && <Typography.Text strong>{data.period}</Typography.Text>}
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Row>
        data-testid="indicator-scorecard"
        rowKey="indicatorCode"
        size="small"
        bordered
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { key: 'target', title: t('indicators.column.target'), dataIndex: 'targetId', width: 70, fixed: 'left' },
          {
            key: 'indicator',
            title: t('indicators.column.indicator'),
            fixed: 'left',
            render: (_, r) => (
              <Link to={`/indicators/${r.indicatorCode}`}>
                {name(r.nameZh, r.nameEn)}（{name(r.unit.zh, r.unit.en)}）
              </Link>
            ),
          },
          ...(data?.scopes ?? []).map((scope) => ({
            key: scope,
            title: scopeLabel(scope, t),
            onCell: () => ({ style: { padding: 0 } }),
            render: (_: unknown, r: Row) => cell(r.cells.find((c) => c.scope === scope)),
          })),
        ]}
      />
    </>
  );
}
